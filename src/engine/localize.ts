import type { Language, LocalizedText } from '../scenario/format';

/** The text in a language, falling back to French (the source language). */
export function localize(text: LocalizedText | undefined, lang: Language): string {
  if (text === undefined) return '';
  return text[lang] ?? text.fr;
}
