/**
 * Pseudo-localisation (`?pseudo` in the URL): every string of the interface catalogs is rendered
 * accented, bracketed and about 30 % longer ("Jouer" → "[Ĵóúéŕ ~~]"), so text that does not come from the
 * catalogs (hard-coded, untranslated) stands out, and layouts are tried with longer words.
 * Interpolation tokens (`{{name}}`) and nesting (`$t(key)`) are kept as they are.
 */

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTS = [...'áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'];
const ACCENTED = new Map([...PLAIN].map((ch, i) => [ch, ACCENTS[i] ?? ch]));

/** Tokens left untouched: interpolations and nested translations. */
const TOKEN = /({{[^}]*}}|\$t\([^)]*\))/;

/** The pseudo-localised form of one string. */
export function pseudoLocalize(text: string): string {
  if (text === '') return text;
  const accented = text
    .split(TOKEN)
    .map((part) => (TOKEN.test(part) ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTED.get(ch) ?? ch)))
    .join('');
  const visible = text.replace(new RegExp(TOKEN.source, 'g'), '').length;
  return `[${accented} ${'~'.repeat(Math.max(1, Math.ceil(visible * 0.3)))}]`;
}

/** A catalog with every string pseudo-localised (same keys, same nesting). */
export function pseudoCatalog<T>(catalog: T): T {
  if (typeof catalog === 'string') return pseudoLocalize(catalog) as T;
  if (typeof catalog !== 'object' || catalog === null) return catalog;
  if (Array.isArray(catalog)) return catalog.map((item: unknown) => pseudoCatalog(item)) as T;
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [key, pseudoCatalog(value as unknown)]),
  ) as T;
}
