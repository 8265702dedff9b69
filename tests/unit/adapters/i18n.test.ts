import { describe, expect, it } from 'vitest';
import { createI18n, resolveLanguage } from '../../../src/adapters/i18n';

describe('resolveLanguage', () => {
  it('prefers the URL, then the browser, then French', () => {
    expect(resolveLanguage('en', ['fr-FR'])).toBe('en');
    expect(resolveLanguage(null, ['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(resolveLanguage(null, ['de', 'es'])).toBe('fr');
    expect(resolveLanguage(null, [])).toBe('fr');
  });
});

describe('createI18n', () => {
  it('translates synchronously, interpolates, and switches language', () => {
    const i18n = createI18n('fr');
    expect(i18n.t('title.play')).toBe('Jouer');
    expect(i18n.t('phase.step', { number: 2, count: 3 })).toBe('Étape 2 sur 3');
    i18n.setLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('title.play')).toBe('Play');
  });

  it('gives independent instances (no global)', () => {
    const a = createI18n('fr');
    const b = createI18n('en');
    expect(a.t('ending.replay')).toBe('Rejouer');
    expect(b.t('ending.replay')).toBe('Play again');
  });
});
