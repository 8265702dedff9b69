/**
 * Translator files: CSV (columns id, source_fr, translation, status, source_hash; RFC 4180 quoting)
 * and gettext PO (msgctxt = id, msgid = French, msgstr = translation, `#. source-hash:` comment).
 */
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
const statusOf = (entry: StringEntry): string => (entry.translation === '' ? 'missing' : 'translated');

const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** Writes the CSV export. */
export function toCsv(entries: readonly StringEntry[], lang: string): string {
  const lines = [`id,source_fr,translation_${lang},status,source_hash`];
  for (const e of entries)
    lines.push([e.id, e.source, e.translation, statusOf(e), e.sourceHash].map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}

/** Reads CSV text into records of fields (RFC 4180: quoted fields may hold commas, quotes, newlines). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Reads a CSV export back. */
export function fromCsv(text: string): TranslationRow[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const col = (name: string): number => header?.findIndex((h) => h.startsWith(name)) ?? -1;
  const [id, source, translation, hash] = [col('id'), col('source'), col('translation'), col('source_hash')];
  return rows.map((r) => ({
    id: r[id] ?? '',
    source: r[source] ?? '',
    translation: r[translation] ?? '',
    sourceHash: hash < 0 ? '' : (r[hash] ?? ''),
  }));
}

const poString = (value: string): string =>
  `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;

/** Writes the PO export. */
export function toPo(entries: readonly StringEntry[], lang: string): string {
  const out = [
    'msgid ""',
    'msgstr ""',
    `"Language: ${lang}\\n"`,
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '',
  ];
  for (const e of entries) {
    out.push(`#. source-hash: ${e.sourceHash}`);
    if (e.translation === '') out.push('#, fuzzy');
    out.push(
      `msgctxt ${poString(e.id)}`,
      `msgid ${poString(e.source)}`,
      `msgstr ${poString(e.translation)}`,
      '',
    );
  }
  return out.join('\n');
}

const unquote = (line: string): string => {
  const inner = line.trim().replace(/^"/, '').replace(/"$/, '');
  return inner.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', '"': '"', '\\': '\\' })[c] ?? c);
};

/** Reads a PO export back. */
export function fromPo(text: string): TranslationRow[] {
  const rows: TranslationRow[] = [];
  let current: Partial<TranslationRow> & { field?: 'id' | 'source' | 'translation' } = {};
  const flush = (): void => {
    if (current.id !== undefined && current.id !== '') {
      rows.push({
        id: current.id,
        source: current.source ?? '',
        translation: current.translation ?? '',
        sourceHash: current.sourceHash ?? '',
      });
    }
    current = {};
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const hash = /^#\.\s*source-hash:\s*(\S+)/.exec(line);
    if (hash) current.sourceHash = hash[1] ?? '';
    else if (line.startsWith('#')) continue;
    else if (line.startsWith('msgctxt ')) [current.field, current.id] = ['id', unquote(line.slice(8))];
    else if (line.startsWith('msgid ')) [current.field, current.source] = ['source', unquote(line.slice(6))];
    else if (line.startsWith('msgstr '))
      [current.field, current.translation] = ['translation', unquote(line.slice(7))];
    else if (line.startsWith('"') && current.field)
      current[current.field] = (current[current.field] ?? '') + unquote(line);
  }
  flush();
  return rows;
}
