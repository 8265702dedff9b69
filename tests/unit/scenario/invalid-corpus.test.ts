import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateScenarioText } from '../../../src/scenario/validation';

const DIR = join(import.meta.dirname, '../../invalid-scenarios');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  { code: string; path: string; includes: string; line?: number }
>;
/** The concepts premiers-pas cites (normally from the shared codex). */
const KNOWN_CONCEPTS = [
  'besoins-non-couverts',
  'diagnostic-partage',
  'modele-diffusionniste',
  'non-concurrence',
  'economie-territorialisee',
  'coconstruction',
  'cooperation-territoriale',
  'animation-territoriale',
];

describe('invalid scenario corpus', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'expected.json');

  it('has at least 30 files, each with an expected message', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
  });

  it.each(files)('%s is refused with the expected, located message', (file) => {
    const want = expected[file];
    const text = readFileSync(join(DIR, file), 'utf8');
    const result = validateScenarioText(text, file, { lang: 'en', knownConcepts: KNOWN_CONCEPTS });
    expect(result.scenario).toBeUndefined();
    const hit = result.problems.find((p) => p.code === want?.code && p.path === want.path);
    expect(hit, result.problems.map((p) => formatProblem(p)).join('\n')).toBeDefined();
    expect(hit?.message).toContain(want?.includes);
    expect(hit?.severity).toBe('error');
    if (want?.line !== undefined) expect(hit?.line).toBe(want.line);
    expect(formatProblem(hit!)).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+:\\d+  /`));
    // The French catalog has a message for the same problem.
    const fr = validateScenarioText(text, file, { lang: 'fr', knownConcepts: KNOWN_CONCEPTS });
    const frHit = fr.problems.find((p) => p.code === want?.code && p.path === want.path);
    expect(frHit?.message).not.toBe(hit?.message);
  });

  it('refuses a 50 MB file before parsing it, with a clear message', () => {
    const huge = `{"formatVersion": 1, "padding": "${'x'.repeat(50 * 1024 * 1024)}"}`;
    const started = performance.now();
    const result = validateScenarioText(huge, 'huge.json');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.code).toBe('json-too-large');
    expect(result.problems[0]?.message).toMatch(/too large \(52428\d+ characters; the limit is 5242880\)/);
  });

  it('never pollutes prototypes', () => {
    const text = readFileSync(join(DIR, 'proto-key.json'), 'utf8');
    validateScenarioText(text, 'proto-key.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
