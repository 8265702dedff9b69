import { createInstance, type i18n as I18next } from 'i18next';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import { pseudoCatalog } from './pseudo-locale';

/** Languages of the interface. French is the source language and the default. */
export const UI_LANGUAGES = ['fr', 'en'] as const;

/** A language of the interface. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Translates a key of src/locales/*.json, with interpolation values. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The translation service the UI receives: no global instance, one per game. */
export interface I18n {
  readonly t: Translate;
  readonly language: UiLanguage;
  setLanguage(lang: UiLanguage): void;
}

/** The language to use: the URL's, else the first supported browser language, else French. */
export function resolveLanguage(asked: UiLanguage | null, browser: readonly string[]): UiLanguage {
  if (asked) return asked;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    const found = UI_LANGUAGES.find((lang) => lang === base);
    if (found) return found;
  }
  return 'fr';
}

/**
 * Creates an i18next instance with the bundled catalogs, synchronously ready. With `pseudo`, every
 * catalog string is pseudo-localised (src/adapters/pseudo-locale.ts) so text outside the catalogs stands out.
 */
export function createI18n(lang: UiLanguage, options: { pseudo?: boolean } = {}): I18n {
  const catalog = <T>(value: T): T => (options.pseudo ? pseudoCatalog(value) : value);
  const instance: I18next = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'fr',
    supportedLngs: [...UI_LANGUAGES],
    resources: { fr: { translation: catalog(fr) }, en: { translation: catalog(en) } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  let current = lang;
  return {
    t: (key, values) => instance.t(key, values ?? {}),
    get language() {
      return current;
    },
    setLanguage(next) {
      current = next;
      void instance.changeLanguage(next);
    },
  };
}
