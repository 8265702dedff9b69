/**
 * Migration of older scenario files to the current format version.
 *
 * Version 0 is the draft format used before version 1 was frozen (a plausible shape kept to prove the
 * mechanism): the four family trust meters were not listed in `meters` but given as a `trust` object of
 * starting values, `{ "elus": 50, "habitants": 40, … }`, on a 0–100 scale; `meters` held only the
 * scenario's extra meters. Migrating turns each `trust` entry into a meter `{ id, min: 0, max: 100,
 * initial }` placed first.
 *
 * Version 1 → 2 renames `meta.choicePreview` to `meta.preview` (same values, same place among the
 * keys) and nothing else: none of the new mechanics is added, so a migrated file plays exactly as
 * before (tests/unit/scenario/v1-corpus.test.ts). The text form, which keeps an author's layout, is
 * src/scenario/validation/migrate-text.ts.
 */
import { FAMILIES, FORMAT_VERSION } from '../format';

type Raw = Record<string, unknown>;

/** One step: from version `n` to `n + 1`. Steps never mutate their input. */
export const MIGRATIONS: Readonly<Record<number, (raw: Raw) => Raw>> = {
  0: (raw) => {
    const { trust, meters, ...rest } = raw;
    const start = trust !== null && typeof trust === 'object' ? (trust as Record<string, unknown>) : {};
    const trustMeters = FAMILIES.filter((id) => typeof start[id] === 'number').map((id) => ({
      id,
      min: 0,
      max: 100,
      initial: start[id] as number,
    }));
    return { ...rest, formatVersion: 1, meters: [...trustMeters, ...(Array.isArray(meters) ? meters : [])] };
  },
  1: (raw) => {
    const out: Raw = {};
    for (const [key, value] of Object.entries(raw))
      out[key] = key === 'formatVersion' ? 2 : key === 'meta' ? renamedPreview(value) : value;
    return out;
  },
};

/** `meta` with `choicePreview` renamed `preview`, in the same place among its keys. */
function renamedPreview(meta: unknown): unknown {
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return meta;
  const out: Raw = {};
  for (const [key, value] of Object.entries(meta)) out[key === 'choicePreview' ? 'preview' : key] = value;
  return out;
}

/** What migration did. */
export type MigrationResult =
  | { ok: true; value: unknown; from: number | null }
  | {
      ok: false;
      code: 'format-newer' | 'format-invalid' | 'format-unknown-old';
      params: Record<string, string | number>;
    };

/**
 * Brings a parsed file to the current format version (`target`: the codex file has its own, 1). A
 * missing `formatVersion` is left for the validator to report; a newer version is refused; an older one
 * is migrated step by step.
 */
export function migrate(raw: unknown, target: number = FORMAT_VERSION): MigrationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: true, value: raw, from: null };
  const version = (raw as Raw).formatVersion;
  if (version === undefined) return { ok: true, value: raw, from: null };
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      code: 'format-invalid',
      params: { value: JSON.stringify(version) ?? String(version) },
    };
  }
  if (version > target) return { ok: false, code: 'format-newer', params: { version, current: target } };
  if (version === target) return { ok: true, value: raw, from: null };
  let value = raw as Raw;
  for (let v = version; v < target; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, code: 'format-unknown-old', params: { version } };
    value = step(value);
  }
  return { ok: true, value, from: version };
}
