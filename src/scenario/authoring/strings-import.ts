/**
 * Writes translations back into a scenario's text. Only the changed strings are touched, in place, so
 * the file keeps its key order, indentation and layout. Rows whose French source changed since the
 * export (their hash differs) are written but reported as stale.
 */
import type { Scenario } from '../format';
import { parseLocatedJson, pointerSegment } from '../validation/json-locate';
import { collectStrings } from './strings-collect';
import type { TranslationRow } from './strings-formats';

/** What an import did. */
export interface ImportResult {
  text: string;
  /** Ids written. */
  applied: string[];
  /** Ids whose French source changed since the export. */
  stale: string[];
  /** Ids in the file that the scenario does not have. */
  unknown: string[];
}

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Applies translation rows for `lang` to the text of a valid scenario. */
export function importTranslations(
  text: string,
  scenario: Scenario,
  rows: readonly TranslationRow[],
  lang: string,
): ImportResult {
  const parsed = parseLocatedJson(text);
  const entries = new Map(collectStrings(scenario, lang).map((e) => [e.id, e]));
  const result: ImportResult = { text, applied: [], stale: [], unknown: [] };
  const edits: Edit[] = [];
  for (const row of rows) {
    const entry = entries.get(row.id);
    if (!entry) {
      result.unknown.push(row.id);
      continue;
    }
    if (row.translation === '' || row.translation === entry.translation) continue;
    if (row.sourceHash !== '' && row.sourceHash !== entry.sourceHash) result.stale.push(row.id);
    const value = JSON.stringify(row.translation);
    const existing = parsed.values.get(`${entry.path}/${pointerSegment(lang)}`);
    if (existing) {
      edits.push({ start: existing.start, end: existing.end, insert: value });
    } else {
      const object = parsed.values.get(entry.path);
      let node: unknown = parsed.value;
      for (const part of entry.path.split('/').slice(1)) node = (node as Record<string, unknown>)[part];
      const lastKey = Object.keys(node as object).pop() ?? 'fr';
      const last = parsed.values.get(`${entry.path}/${pointerSegment(lastKey)}`);
      const lastKeySpan = parsed.keys.get(`${entry.path}/${pointerSegment(lastKey)}`);
      if (!object || !last || !lastKeySpan) continue;
      const multiline = text.slice(object.start, object.end).includes('\n');
      const lineStart = text.lastIndexOf('\n', lastKeySpan.start) + 1;
      const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
      const sep = multiline ? `,\n${indent}` : ', ';
      edits.push({ start: last.end, end: last.end, insert: `${sep}${JSON.stringify(lang)}: ${value}` });
    }
    result.applied.push(row.id);
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  result.text = out;
  return result;
}
