/** Editors check scenarios as they are typed: every bundled file names its schema, and VS Code maps them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const scenarioFiles = readdirSync(join(root, 'scenarios')).filter((name) => name.endsWith('.json'));

describe('editor support', () => {
  it.each(scenarioFiles)('scenarios/%s declares a $schema that exists', (name) => {
    const file = join(root, 'scenarios', name);
    const { $schema } = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string };
    const expected = name === 'codex.json' ? 'codex.schema.json' : 'scenario.schema.json';
    expect($schema).toBe(`./schema/${expected}`);
    expect(existsSync(join(dirname(file), $schema ?? ''))).toBe(true);
  });

  it('maps the scenario and codex schemas in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as {
      'json.schemas': { fileMatch: string[]; url: string }[];
    };
    const urlFor = (path: string): string | undefined =>
      settings['json.schemas'].find((s) => s.fileMatch.includes(path))?.url;
    expect(urlFor('/scenarios/*.json')).toBe('./scenarios/schema/scenario.schema.json');
    expect(urlFor('/scenarios/codex.json')).toBe('./scenarios/schema/codex.schema.json');
    for (const entry of settings['json.schemas'])
      expect(existsSync(join(root, entry.url)), entry.url).toBe(true);
  });
});
