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
import { frenchSpacingProblems, NARROW } from '../fixtures/french-typography';

/** Every string of a catalogue, with its key path. */
function strings(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (tree && typeof tree === 'object')
    return Object.entries(tree).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
  return [];
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
