import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../src/adapters/i18n';
import { countsText } from '../../../../src/ui/evenement/woven-card';

const fr = createI18n('fr');
const en = createI18n('en');
const counts = (newThreads: number, crossFamily: number, initiatives: number) => ({
  newThreads,
  crossFamily,
  initiatives,
});

describe('the woven card headline ("Ce que vous avez tissé")', () => {
  it('puts each noun in the singular or plural as French wants (0 and 1 singular)', () => {
    expect(countsText(fr.t, 'fr', counts(7, 6, 2))).toBe(
      '7 nouveaux fils, dont 6 entre familles différentes\u202f; 2 initiatives lancées.',
    );
    expect(countsText(fr.t, 'fr', counts(1, 1, 1))).toBe(
      '1 nouveau fil, dont 1 entre deux familles différentes\u202f; 1 initiative lancée.',
    );
    expect(countsText(fr.t, 'fr', counts(0, 0, 0))).toBe('0 nouveau fil\u202f; 0 initiative lancée.');
  });

  it('follows English rules (0 plural) and leaves out "of them" when no new thread joins two families', () => {
    expect(countsText(en.t, 'en', counts(0, 0, 0))).toBe('0 new threads; 0 initiatives started.');
    expect(countsText(en.t, 'en', counts(3, 0, 1))).toBe('3 new threads; 1 initiative started.');
    expect(countsText(en.t, 'en', counts(2, 2, 3))).toBe(
      '2 new threads, 2 of them between different families; 3 initiatives started.',
    );
  });
});
