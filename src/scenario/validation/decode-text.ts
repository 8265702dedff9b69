/**
 * The one rule for reading a scenario file's bytes as text, shared by the command line and the game
 * (single files and archives alike): UTF-8, with or without a byte-order mark; anything else is refused
 * with a problem that names the encoding and where it goes wrong (UTF-16 or UTF-32, an image or archive
 * renamed `.json`, a byte that is not UTF-8 — often a file saved as Latin-1 or Windows-1252). Invalid bytes
 * are never silently turned into "�".
 */

/** Why bytes are not a scenario's text, and where (1-based line and column, in characters). */
export interface EncodingProblem {
  code: 'encoding-utf16' | 'encoding-utf32' | 'encoding-binary' | 'encoding-invalid';
  line: number;
  column: number;
  params: Record<string, string>;
}

/** The text, or the encoding problem. */
export type DecodedText = { ok: true; text: string } | { ok: false; problem: EncodingProblem };

const starts = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

/** Files that are not text at all, by their first bytes. */
const BINARY: readonly [string, readonly number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['WebP', [0x52, 0x49, 0x46, 0x46]],
];

/** The offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (in characters) of a byte offset in UTF-8 bytes. */
function place(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) {
      line++;
      column = 1;
    } else if ((b & 0xc0) !== 0x80) column++;
  }
  return { line, column };
}

const hex = (byte: number): string => byte.toString(16).toUpperCase().padStart(2, '0');

/** Reads a scenario file's bytes as text by the rule above. Never throws. */
export function decodeScenarioBytes(bytes: Uint8Array): DecodedText {
  const at = (code: EncodingProblem['code'], params: Record<string, string> = {}): DecodedText => ({
    ok: false,
    problem: { code, line: 1, column: 1, params },
  });
  if (starts(bytes, [0xff, 0xfe, 0x00, 0x00]) || starts(bytes, [0x00, 0x00, 0xfe, 0xff]))
    return at('encoding-utf32');
  if (starts(bytes, [0xff, 0xfe])) return at('encoding-utf16', { order: 'LE' });
  if (starts(bytes, [0xfe, 0xff])) return at('encoding-utf16', { order: 'BE' });
  // UTF-16 without a byte-order mark: text whose every other byte is zero.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return at('encoding-utf16', { order: 'LE' });
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return at('encoding-utf16', { order: 'BE' });
  for (const [format, signature] of BINARY)
    if (starts(bytes, signature)) return at('encoding-binary', { format });
  const body = starts(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const { line, column } = place(body, bad);
    return {
      ok: false,
      problem: { code: 'encoding-invalid', line, column, params: { byte: hex(body[bad] ?? 0) } },
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(body) };
}
