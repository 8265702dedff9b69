/** The French interface catalog, as the components get it (i18next's `t` with interpolation). */
import fr from '../../src/locales/fr.json';

const lookup = (key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], fr);

/** Translates a key with `{{name}}` values; an unknown key comes back as itself (and fails the test that reads it). */
export function t(key: string, values: Record<string, unknown> = {}): string {
  const text = lookup(key);
  const found = typeof text === 'string' ? text : key;
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
