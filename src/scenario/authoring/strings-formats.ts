/**
 * Translator files as CSV (columns id, source_fr, translation, status, source_hash), the format the
 * inspector and the CLI share; the CLI also writes gettext PO (src/cli/strings-po.ts).
 */
import { readCsv, writeCsv } from '../csv';
import type { StringEntry } from './strings-collect';

/** A row read back from a translator file. */
export interface TranslationRow {
  id: string;
  source: string;
  translation: string;
  /** The hash of the French source at export time ('' if absent). */
  sourceHash: string;
}

/** The status of a string at export: translated or still to do. */
export const statusOf = (entry: StringEntry): string => (entry.translation === '' ? 'missing' : 'translated');

/** Writes the CSV export (one line per string, formulas neutralised: src/scenario/csv.ts). */
export function toCsv(entries: readonly StringEntry[], lang: string): string {
  const header = ['id', 'source_fr', `translation_${lang}`, 'status', 'source_hash'];
  const rows = entries.map((e) => [e.id, e.source, e.translation, statusOf(e), e.sourceHash]);
  return writeCsv([header, ...rows], { newline: '\n' });
}

/** Reads a CSV export back. */
export function fromCsv(text: string): TranslationRow[] {
  const [header, ...rows] = readCsv(text);
  const col = (name: string): number => header?.findIndex((h) => h.startsWith(name)) ?? -1;
  const [id, source, translation, hash] = [col('id'), col('source'), col('translation'), col('source_hash')];
  return rows.map((r) => ({
    id: r[id] ?? '',
    source: r[source] ?? '',
    translation: r[translation] ?? '',
    sourceHash: hash < 0 ? '' : (r[hash] ?? ''),
  }));
}
