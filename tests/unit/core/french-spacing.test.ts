/** French typography set when a text is shown (src/core/french-spacing.ts). */
import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../src/core/french-spacing';
import { localize } from '../../../src/core/vocabulary';
import { frenchSpacingProblems } from '../../fixtures/french-typography';

const N = '\u202f';

describe('frenchSpacing', () => {
  it('sets a narrow no-break space before ; : ! ? and inside « », replacing a plain or no-break one', () => {
    expect(frenchSpacing('Deux options : attendre ou agir ; vite !')).toBe(
      `Deux options${N}: attendre ou agir${N}; vite${N}!`,
    );
    expect(frenchSpacing('Pourquoi?')).toBe(`Pourquoi${N}?`);
    expect(frenchSpacing('Vraiment\u00a0?!')).toBe(`Vraiment${N}?!`);
    expect(frenchSpacing('Elle dit «Bonjour» puis « Quoi ? »')).toBe(
      `Elle dit «${N}Bonjour${N}» puis «${N}Quoi${N}?${N}»`,
    );
    expect(frenchSpacing('« Et après… ? »')).toBe(`«${N}Et après…${N}?${N}»`);
  });

  it('leaves marks inside words and numbers, after a bracket, and at the start', () => {
    for (const text of [
      'Voir https://exemple.org.',
      'À 10:30 ce soir.',
      'Un risque (?) connu.',
      ': seul',
      'Aucun signe',
    ])
      expect(frenchSpacing(text)).toBe(text);
  });

  it('is idempotent and leaves no problem the typography check finds', () => {
    const texts = ['Bilan : «bon» ? Oui ; enfin !', 'Deux mots: «a»', `Déjà${N}: bien`];
    for (const text of texts) {
      const once = frenchSpacing(text);
      expect(frenchSpacing(once)).toBe(once);
      expect(frenchSpacingProblems('t', once)).toEqual([]);
    }
  });

  it('is what a French text becomes when localized; English is left as written', () => {
    const text = { fr: 'Le choix : agir ?', en: 'The choice: act?' };
    expect(localize(text, 'fr')).toBe(`Le choix${N}: agir${N}?`);
    expect(localize(text, 'en')).toBe('The choice: act?');
    expect(localize({ fr: 'Seul : le français' }, 'en')).toBe(`Seul${N}: le français`);
  });
});
