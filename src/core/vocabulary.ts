import type { Language, LocalizedText } from '../scenario/format';
import { frenchSpacing } from './french-spacing';

/**
 * The format's closed lists that the rules (src/core) read as values as well as the format's types
 * (src/scenario/format.ts re-exports them and derives its unions from them): here so that the core
 * imports no values from the format module. Plain data, and how a localized text is read: the
 * shell may import these values too (eslint.config.js).
 */

/** The four families of actors, with fixed ids. Each has a trust meter of the same id. */
export const FAMILIES = ['elus', 'habitants', 'entreprises', 'associations'] as const;

/** The steps of the method, in order. A phase names the step it belongs to. */
export const METHOD_STEPS = [
  'diagnostic',
  'mobilisation',
  'coconstruction',
  'experimentation',
  'evaluation',
] as const;

/** States an initiative goes through. `failed` is reached only by its fail condition or an effect. */
export const INITIATIVE_STATES = ['idea', 'emerging', 'running', 'consolidated', 'failed'] as const;

/** The dimensions an ending is evaluated on. */
export const DIMENSIONS = ['cooperation', 'powerToAct', 'needsMet', 'durability'] as const;

/**
 * The text in a language, falling back to French (the source language). A French text comes with French
 * typography (narrow no-break spaces before « ; : ! ? » and inside « », src/core/french-spacing.ts).
 */
export function localize(text: LocalizedText | undefined, lang: Language): string {
  if (text === undefined) return '';
  const own = text[lang];
  return own !== undefined && lang !== 'fr' ? own : frenchSpacing(own ?? text.fr);
}
