import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, Session } from '../../../src/engine/api';
import { parseLocatedJson, validateScenarioText } from '../../../src/scenario/validation';

/** The valid files mutated: premiers-pas (format 1 content) and the fixture using every v2 mechanic. */
const BASES = ['scenarios/premiers-pas.json', 'tests/fixtures/v2/dilemmes.json'].map((file) => ({
  file,
  base: readFileSync(join(import.meta.dirname, '../../..', file), 'utf8'),
}));

/** A scenario the validator accepted plays without throwing, to an end or within its bounds. */
function playsThrough(scenario: NonNullable<ReturnType<typeof validateScenarioText>['scenario']>): void {
  const session = Session.start(loadScenario(scenario), { seed: 7 });
  const limit = 4 * (scenario.phases.reduce((sum, p) => sum + p.maxTurns, 0) + scenario.cards.length) + 20;
  for (let step = 0; step < limit && session.screen !== 'ended'; step++) {
    if (session.screen !== 'card') session.continue();
    else if (!session.choices().some((c) => c.available && session.choose(c.id))) break;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every JSON Pointer of a value, with the value. */
function pointers(value: Json, path = ''): string[] {
  const out = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointers(v, `${path}/${i}`)));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pointers(v, `${path}/${k}`));
  }
  return out;
}

function setAt(root: Json, path: string, replace: (old: Json) => Json | undefined): Json {
  const copy = structuredClone(root);
  const parts = path.split('/').slice(1);
  if (parts.length === 0) return replace(copy) ?? null;
  let node = copy as Record<string, Json>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, Json>;
  const last = parts[parts.length - 1] ?? '';
  const next = replace(node[last] ?? null);
  if (next === undefined) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = next;
  return copy;
}

const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'maire', 'halle-vide', 'cooperation', ''),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ __proto__: 1 } as unknown as Json),
);

describe.each(BASES)(
  'property on $file: the validator never throws and always locates the problem',
  ({ base }) => {
    const valid = JSON.parse(base) as unknown;
    const allPaths = pointers(valid as Json).filter((p) => p !== '');
    const mutation = fc.record({
      path: fc.constantFrom(...allPaths),
      action: fc.constantFrom('replace', 'delete'),
      value: junk,
    });

    it('on structural mutations of a valid scenario (an accepted one still plays)', () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          let doc = valid as Json;
          for (const m of mutations) {
            if (!pointers(doc).includes(m.path)) continue;
            doc = setAt(doc, m.path, () => (m.action === 'delete' ? undefined : m.value));
          }
          const text = JSON.stringify(doc, null, 2);
          const parsed = parseLocatedJson(text);
          const result = validateScenarioText(text, 'm.json');
          const lines = text.split('\n');
          for (const problem of result.problems) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(lines.length);
            expect(problem.column).toBeGreaterThanOrEqual(1);
            expect(problem.message.length).toBeGreaterThan(10);
            expect(problem.message).not.toMatch(/\{\w+\}|undefined/);
            // The path names a value of the file, or an object the missing part belongs to.
            let path = problem.path;
            while (path !== '' && !parsed.values.has(path)) path = path.slice(0, path.lastIndexOf('/'));
            expect(parsed.values.has(path)).toBe(true);
          }
          if (result.scenario === undefined)
            expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
          else playsThrough(result.scenario);
        }),
        { numRuns: 300 },
      );
    });

    it('on arbitrary text edits (insertions and deletions of characters)', () => {
      fc.assert(
        fc.property(
          fc.nat({ max: base.length - 1 }),
          fc.nat({ max: 5 }),
          fc.string({
            maxLength: 4,
            unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'x', '1', ' ', '\n'),
          }),
          (at, remove, insert) => {
            const text = base.slice(0, at) + insert + base.slice(at + remove);
            const result = validateScenarioText(text, 'e.json');
            const lineCount = text.split('\n').length;
            for (const p of result.problems) {
              expect(p.line).toBeGreaterThanOrEqual(1);
              expect(p.line).toBeLessThanOrEqual(lineCount);
            }
            if (text !== base && result.scenario === undefined)
              expect(result.problems.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 300 },
      );
    });
  },
);

describe('property: the validator refuses what is not a scenario', () => {
  it('on random JSON documents', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = validateScenarioText(JSON.stringify(value), 'r.json');
        expect(result.scenario).toBeUndefined();
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
