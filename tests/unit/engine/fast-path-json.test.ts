/**
 * The validator's fast JSON pass must accept exactly the texts on which the locating parser reports
 * nothing, and give the same value; positions must still be there when asked for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonFast } from '../../../src/scenario/validation/json-fast';
import { DEFAULT_LIMITS, locateAll, parseLocatedJson } from '../../../src/scenario/validation/json-locate';

const root = join(import.meta.dirname, '../../..');
const read = (dir: string): { name: string; text: string }[] =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, text: readFileSync(join(root, dir, name), 'utf8') }));

const bundled = read('scenarios');
const invalid = read('tests/invalid-scenarios').filter((f) => f.name !== 'expected.json');
const premiers = bundled.find((f) => f.name === 'premiers-pas.json')!.text;

/** The locating parser's own verdict (without the fast pass). */
const locatingIssues = (text: string): number => locateAll(text).issues.length;

describe('fast JSON pass', () => {
  it('parses every bundled file to the value the locating parser gives, with positions on demand', () => {
    for (const { name, text } of bundled) {
      const fast = parseJsonFast(text, DEFAULT_LIMITS.maxDepth);
      expect(fast, name).toBeDefined();
      expect(fast!.value).toEqual(locateAll(text).value);
      const located = parseLocatedJson(text);
      expect(located.issues).toEqual([]);
      expect(located.values.get('')).toMatchObject({ line: 1, column: 1, start: 0 });
      expect(located.values.size).toBeGreaterThan(10);
      expect(located.keys.has('/meta') || located.keys.has('/concepts')).toBe(true);
      // Windows line ends, tabs between tokens and a byte order mark parse the same.
      const crlf = `\ufeff${text.replace(/\n/g, '\r\n').replace(/^( +)/gm, '\t$1')}`;
      expect(locateAll(crlf).issues).toEqual([]);
      expect(parseJsonFast(crlf, DEFAULT_LIMITS.maxDepth)?.value).toEqual(locateAll(crlf).value);
    }
  });

  it('gives up on every file of the invalid corpus the locating parser reports a JSON problem in', () => {
    let jsonProblems = 0;
    for (const { name, text } of invalid) {
      const issues = locatingIssues(text);
      if (issues > 0) jsonProblems++;
      expect(parseJsonFast(text, DEFAULT_LIMITS.maxDepth) === undefined, name).toBe(issues > 0);
    }
    expect(jsonProblems).toBeGreaterThanOrEqual(8);
  });

  it('accepts a mutated text exactly when the locating parser reports nothing, with the same value', () => {
    const edits = fc.record({
      at: fc.nat({ max: premiers.length - 1 }),
      cut: fc.nat({ max: 3 }),
      insert: fc.constantFrom(
        '',
        '"',
        ',',
        '{',
        '}',
        '[',
        ']',
        ':',
        '\\',
        '1',
        '-',
        'e',
        ' ',
        '\n',
        '"a":1,',
      ),
    });
    fc.assert(
      fc.property(fc.array(edits, { minLength: 1, maxLength: 3 }), (list) => {
        let text = premiers;
        for (const e of list) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.cut);
        const fast = parseJsonFast(text, DEFAULT_LIMITS.maxDepth);
        const issues = locatingIssues(text);
        expect(fast === undefined).toBe(issues > 0);
        if (fast) expect(fast.value).toEqual(locateAll(text).value);
      }),
      { numRuns: 400 },
    );
  });

  it('gives up on duplicate and forbidden keys and on nesting past the limit', () => {
    expect(parseJsonFast('{"a":1,"a":2}', 64)).toBeUndefined();
    expect(parseJsonFast('{"__proto__":{}}', 64)).toBeUndefined();
    expect(parseJsonFast('{"constructor":1}', 64)).toBeUndefined();
    expect(parseJsonFast('[[[1]]]', 2)).toBeUndefined();
    expect(parseJsonFast('[[[1]]]', 3)).toEqual({ value: [[[1]]] });
    expect(parseJsonFast('"a\\u0041\\n"', 64)).toEqual({ value: 'aA\n' });
  });
});
