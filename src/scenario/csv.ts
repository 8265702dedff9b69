/**
 * Spreadsheet files (CSV), written and read by Papa Parse, with the one guard every export goes through:
 * a text cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return, after any apostrophes) gets a leading apostrophe, which `readCsv` takes off again, so a file
 * exported and read back gives every text exactly as it was. Used by the translators' strings export
 * (src/scenario/authoring/strings-formats.ts) and the training report (src/engine/modes/formation/report.ts).
 */
import Papa from 'papaparse';

/** A cell: text, a number (written as it is; not finite: empty), or nothing. */
export type CsvCell = string | number | null;

/** How a file is laid out. */
export interface CsvLayout {
  /** `,` by default (RFC 4180); `;` is what Excel expects in French locales. */
  separator?: ',' | ';';
  /** `\r\n` by default (RFC 4180). */
  newline?: '\r\n' | '\n';
  /** Prefix the UTF-8 byte order mark (so Excel reads accents right). Default false. */
  bom?: boolean;
  /** How numbers are written: `.` by default; `,` for French spreadsheets (`0,5`). */
  decimal?: '.' | ',';
}

/** Text a spreadsheet would run as a formula, behind any apostrophes the guard already added. */
const FORMULA = /^'*[=+\-@\t\r]/;
/** A guarded cell, as read back. */
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * The text of a cell as written: numbers in the layout's decimal mark (never guarded: `-0,5` is a
 * number), text a formula would run from behind an apostrophe.
 */
const cellValue = (cell: CsvCell, decimal: '.' | ','): string => {
  if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) return '';
  if (typeof cell === 'number') return decimal === ',' ? String(cell).replace('.', ',') : String(cell);
  return FORMULA.test(cell) ? `'${cell}` : cell;
};

/** Writes rows as CSV; every line, the last one included, ends with the newline. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], layout: CsvLayout = {}): string {
  const newline = layout.newline ?? '\r\n';
  // The guard is applied here rather than by Papa Parse's `escapeFormulae`, which would take a negative
  // number written with a decimal comma (`-0,5`) for text; a guarded cell is always quoted.
  const body = Papa.unparse(
    rows.map((row) => row.map((cell) => cellValue(cell, layout.decimal ?? '.'))),
    { delimiter: layout.separator ?? ',', newline, quotes: (value: unknown) => GUARDED.test(String(value)) },
  );
  return `${layout.bom ? '\uFEFF' : ''}${body}${newline}`;
}

/** Reads CSV text (a byte order mark tolerated; `,` unless told) into rows of text. */
export function readCsv(text: string, separator: ',' | ';' = ','): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: separator,
    skipEmptyLines: true,
  });
  return result.data.map((row) => row.map((cell) => (GUARDED.test(cell) ? cell.slice(1) : cell)));
}
