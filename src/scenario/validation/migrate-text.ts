/**
 * Migration of a scenario file's text to the current format version, keeping the author's layout: the
 * key order, the indentation, the objects written on one line, the comments-free JSON as it was. For a
 * v1 file it is two edits in place (`"formatVersion": 1` → `2`, the key `choicePreview` → `preview`);
 * an older file (the v0 draft) is converted by the data migrations and written out with 2-space JSON.
 */
import { FORMAT_VERSION } from '../format';
import { DEFAULT_LIMITS, parseLocatedJson } from './json-locate';
import { migrate, type MigrationResult } from './migrate';

/** The migrated text, or why the file cannot be migrated. */
export type TextMigration =
  | { ok: true; text: string; from: number | null }
  | {
      ok: false;
      code: 'not-json' | Extract<MigrationResult, { ok: false }>['code'];
      params: Record<string, string | number>;
    };

/** Brings a scenario text to the current format version (a current file comes back unchanged). */
export function migrateText(text: string): TextMigration {
  const parsed = parseLocatedJson(text, DEFAULT_LIMITS);
  if (parsed.value === undefined || parsed.issues.some((issue) => issue.code !== 'json-duplicate-key'))
    return { ok: false, code: 'not-json', params: {} };
  const migrated = migrate(parsed.value);
  if (!migrated.ok) return { ok: false, code: migrated.code, params: migrated.params };
  if (migrated.from === null) return { ok: true, text, from: null };
  if (migrated.from !== 1 || FORMAT_VERSION !== 2)
    return { ok: true, text: `${JSON.stringify(migrated.value, null, 2)}\n`, from: migrated.from };
  // Edits from the end of the text backwards, so earlier offsets stay valid.
  const edits: { start: number; end: number; text: string }[] = [];
  const version = parsed.values.get('/formatVersion');
  if (version) edits.push({ start: version.start, end: version.end, text: String(FORMAT_VERSION) });
  const renamed = parsed.keys.get('/meta/choicePreview');
  if (renamed) edits.push({ start: renamed.start, end: renamed.end, text: '"preview"' });
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { ok: true, text: out, from: 1 };
}
