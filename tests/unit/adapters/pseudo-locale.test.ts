import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/adapters/i18n';
import { pseudoCatalog, pseudoLocalize } from '../../../src/adapters/pseudo-locale';
import fr from '../../../src/locales/fr.json';

describe('pseudo-localisation', () => {
  it('accents, brackets and lengthens a string by about 30 %', () => {
    expect(pseudoLocalize('Jouer')).toBe('[Ĵóúéŕ ~~]');
    const long = 'Choisir un territoire';
    const out = pseudoLocalize(long);
    expect(out.length).toBeGreaterThanOrEqual(Math.ceil(long.length * 1.3));
    expect(out).not.toMatch(/[a-zA-Z]/);
  });

  it('keeps interpolations and nested keys usable', () => {
    expect(pseudoLocalize('{{name}} pèse {{size}} Mo')).toMatch(/^\[{{name}} þèšé {{size}} Ṁó ~+\]$/);
    expect(pseudoLocalize('voir $t(app.name)')).toContain('$t(app.name)');
  });

  it('maps a whole catalog with the same keys', () => {
    const pseudo = pseudoCatalog(fr);
    expect(Object.keys(pseudo)).toEqual(Object.keys(fr));
    expect(pseudo.app.name).toBe(pseudoLocalize(fr.app.name));
  });

  it('is applied by the i18n adapter with ?pseudo, interpolated values left as they are', () => {
    const plain = createI18n('fr');
    const pseudo = createI18n('fr', { pseudo: true });
    expect(pseudo.t('app.name')).toBe(pseudoLocalize(plain.t('app.name')));
    const text = pseudo.t('authoring.last', { name: 'mon-fichier.json' });
    expect(text).toContain('mon-fichier.json');
    expect(text.startsWith('[')).toBe(true);
    expect(plain.t('authoring.last', { name: 'x' })).not.toContain('[');
  });
});
