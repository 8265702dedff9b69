/** `scenario migrate` converts a file to format 2, keeping its layout, and the result plays as before. */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from '../../../src/scenario/validation';
import { runCli } from '../helpers/run-cli';

const CORPUS = join(import.meta.dirname, '../../v1-corpus/scenarios');

describe('scenario migrate', () => {
  it('prints a v1 file in format 2, changed in two places only, that validates to the migrated scenario', () => {
    const file = join(CORPUS, 'jardins-du-coteau.json');
    const before = readFileSync(file, 'utf8');
    const { code, out } = runCli('migrate', file);
    expect(code).toBe(0);
    const changed = before
      .split('\n')
      .map((line, i) => [line, `${out}\n`.split('\n')[i]])
      .filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      ['  "formatVersion": 1,', '  "formatVersion": 2,'],
      ['    "choicePreview": "direction"', '    "preview": "direction"'],
    ]);
    const migrated = validateScenarioText(out, 'x.json');
    expect(migrated.problems).toEqual([]);
    expect(migrated.scenario).toEqual(validateScenarioText(before, 'x.json').scenario);
  });

  it('rewrites the file with --write, and leaves a current file unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrate-'));
    const file = join(dir, 'premiers-pas.json');
    copyFileSync(join(CORPUS, 'premiers-pas.json'), file);
    expect(runCli('migrate', file, '--write').code).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('"formatVersion": 2');
    expect(written).toContain('"preview": "which"');
    expect(runCli('migrate', file, '--write').code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });

  it('converts a format 0 draft, and refuses a file that is not JSON', () => {
    const { code, out } = runCli('migrate', join(CORPUS, 'tiers-lieu-ancien-format.json'));
    expect(code).toBe(0);
    expect(JSON.parse(out).formatVersion).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'migrate-'));
    const bad = join(dir, 'bad.json');
    copyFileSync(join(import.meta.dirname, '../../invalid-scenarios/syntax-truncated.json'), bad);
    expect(runCli('migrate', bad).code).toBe(1);
  });
});
