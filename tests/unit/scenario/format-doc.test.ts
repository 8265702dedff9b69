import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDoc } from '../../../src/cli/generate-format-doc';
import { SCENARIO_SCHEMA } from '../../../src/scenario/validation';

describe('docs/scenario-format.md', () => {
  it('is up to date with the schema (run `npm run docs:scenario-format` when this fails)', async () => {
    const committed = readFileSync(join(import.meta.dirname, '../../../docs/scenario-format.md'), 'utf8');
    expect(committed).toBe(await formatDoc());
  });

  it('documents every definition and every field of the schema', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/scenario-format.md'), 'utf8');
    for (const [name, def] of Object.entries(SCENARIO_SCHEMA.$defs ?? {})) {
      expect(doc).toContain(`## ${name}`);
      for (const key of Object.keys(def.properties ?? {})) expect(doc).toContain(`\`${key}\``);
    }
  });
});
