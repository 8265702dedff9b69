/**
 * The one decoder of what the game keeps in the browser's storage (save slots, the facilitation of a
 * training session, the player's settings): stored text → JSON → a versioned envelope checked by a
 * Valibot schema. Reading never throws; every failure is a typed reason, and the first problem is named
 * by its dotted path (`session.seed`, `history.0.votes`).
 */
import * as v from 'valibot';

/** Why stored text is not data at all. */
export type StoredTextError = { kind: 'empty' } | { kind: 'not-json' };

/** Parses stored text (null: nothing stored) as JSON. */
export function parseStoredText(
  text: string | null,
): { ok: true; data: unknown } | { ok: false; error: StoredTextError } {
  if (text === null || text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
}

/** Why an envelope's header is not one this version of the game reads. */
export type EnvelopeError =
  { kind: 'foreign' } | { kind: 'too-new'; version: number } | { kind: 'invalid'; field: string };

/**
 * Reads an envelope's header: the `format` tag, then its whole-number version (at `versionKey`), which
 * must not be newer than `current`.
 */
export function envelopeVersion(
  data: unknown,
  format: string,
  versionKey: string,
  current: number,
): { ok: true; version: number } | { ok: false; error: EnvelopeError } {
  const header = v.safeParse(v.looseObject({ format: v.literal(format) }), data);
  if (!header.success) return { ok: false, error: { kind: 'foreign' } };
  const version = (data as Record<string, unknown>)[versionKey];
  if (typeof version !== 'number' || !Number.isSafeInteger(version))
    return { ok: false, error: { kind: 'invalid', field: versionKey } };
  if (version > current) return { ok: false, error: { kind: 'too-new', version } };
  return { ok: true, version };
}

/** Checks data against a schema: its output, or the dotted path of the first problem. */
export function check<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; field: string } {
  const result = v.safeParse(schema, data, { abortEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, field: v.getDotPath(result.issues[0]) ?? '' };
}

/** A whole number (a safe integer). */
export const whole = v.pipe(v.number(), v.safeInteger());

/** A JSON object (Valibot's `object` alone also takes arrays). */
export const jsonObject = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);
