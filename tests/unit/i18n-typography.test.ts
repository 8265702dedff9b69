/**
 * French typography in the interface's strings (issue #18): a narrow no-break space (U+202F) before
 * « ; : ! ? » and inside the guillemets, so a colon never starts a line and the spacing is the one
 * French print uses. Checked over every string of fr.json, so that a later edit cannot undo it, and over
 * the French guides' quotes (« … »: the interface's words as the guide quotes them); English keeps its
 * own rules (no space before the mark).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en.json';
import fr from '../../src/locales/fr.json';

const NARROW = '\u202f';

/** Every string of a catalogue, with its key path. */
function strings(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (tree && typeof tree === 'object')
    return Object.entries(tree).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
}

/** What is wrong with a French string's spacing, as `key: the place`; empty when right. */
function frenchSpacingProblems(key: string, text: string): string[] {
  const problems: string[] = [];
  const around = (at: number): string => text.slice(Math.max(0, at - 8), at + 8);
  for (const match of text.matchAll(/[;:!?»]/g)) {
    const at = match.index;
    const before = text[at - 1];
    // "(?)": a mark alone in brackets has nothing to be spaced from.
    if (before !== NARROW && !(before === '(' && match[0] === '?'))
      problems.push(`${key}: no narrow no-break space before "${match[0]}" in "${around(at)}"`);
  }
  for (const match of text.matchAll(/«/g))
    if (text[match.index + 1] !== NARROW)
      problems.push(`${key}: no narrow no-break space after "«" in "${around(match.index)}"`);
  return problems;
}

describe('French typography in the interface', () => {
  const french = strings(fr);

  it('has a narrow no-break space before ; : ! ? » and after « in every French string', () => {
    expect(french.length).toBeGreaterThan(500);
    expect(french.flatMap(([key, text]) => frenchSpacingProblems(key, text))).toEqual([]);
  });

  it('catches a plain or no-break space, or none, where the narrow one belongs', () => {
    expect(frenchSpacingProblems('k', 'Code : {{code}}')).toHaveLength(1);
    expect(frenchSpacingProblems('k', 'Prêt\u00a0?')).toHaveLength(1);
    expect(frenchSpacingProblems('k', 'Prêt?')).toHaveLength(1);
    expect(frenchSpacingProblems('k', '« Jouer\u202f»')).toHaveLength(1);
    expect(frenchSpacingProblems('k', '«\u202fJouer\u202f» (?)\u202f: {{code}}\u202f; oui\u202f!')).toEqual(
      [],
    );
  });

  it('keeps the placeholders as English has them, and English without the French spacing', () => {
    const english = new Map(strings(en));
    const names = (text: string): string[] => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[0]).sort();
    for (const [key, text] of french) {
      const other = english.get(key);
      if (other !== undefined) expect(names(text), key).toEqual(names(other));
    }
    expect(strings(en).filter(([, text]) => text.includes(NARROW))).toEqual([]);
  });

  it('spaces the French guides’ quotes of the interface the same way', () => {
    const guides = ['guide-animation', 'demarrage-solo', 'guide-evenement'];
    const problems = guides.flatMap((guide) => {
      const text = readFileSync(`docs/guides/${guide}.fr.md`, 'utf8');
      const quotes = [...text.matchAll(/«[^«»]*»/g)].map((m) => m[0]);
      expect(quotes.length, guide).toBeGreaterThan(5);
      return quotes.flatMap((quote) => frenchSpacingProblems(guide, quote));
    });
    expect(problems).toEqual([]);
  });
});
