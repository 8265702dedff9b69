/**
 * The fast first pass of the locating parser: the same grammar, limits and key rules as
 * `parseLocatedJson`, but it records no positions and builds no JSON Pointers. It gives up (returns
 * `undefined`) at the first thing the locating parser would report — a syntax error, too deep a nesting,
 * a duplicate or forbidden key, a number too large to hold — so the caller can run the locating parser, which then reports it.
 * Positions are thus computed only for files that have a problem, or when someone asks for them.
 */

/** Keys never written into a parsed object (the locating parser reports them). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const HEX4 = /^[0-9a-fA-F]{4}$/;

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Thrown to give up; never escapes this module. */
class GiveUp {}
const GIVE_UP = new GiveUp();

const isNumberChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 101 || c === 69;

/**
 * Parses JSON text exactly as the locating parser would when it finds no problem. Returns `{ value }`,
 * or `undefined` when the locating parser would report something (or anything unexpected happens).
 */
export function parseJsonFast(text: string, maxDepth: number): { value: unknown } | undefined {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = text.length;

  const skip = (): void => {
    while (pos < length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 9 || c === 13) pos++;
      else break;
    }
  };

  const parseString = (): string => {
    if (text.charCodeAt(pos) !== 34) throw GIVE_UP;
    pos++;
    const start = pos;
    // The common case: no escape, one slice.
    for (;;) {
      if (pos >= length) throw GIVE_UP;
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos++;
        return text.slice(start, pos - 1);
      }
      if (c < 32) throw GIVE_UP;
      if (c === 92) break;
      pos++;
    }
    let out = text.slice(start, pos);
    let chunk = pos;
    for (;;) {
      if (pos >= length) throw GIVE_UP;
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunk, pos);
        pos++;
        return out;
      }
      if (c < 32) throw GIVE_UP;
      if (c === 92) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1] ?? '';
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!HEX4.test(hex)) throw GIVE_UP;
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else {
          const mapped = ESCAPES[e];
          if (mapped === undefined) throw GIVE_UP;
          out += mapped;
          pos += 2;
        }
        chunk = pos;
      } else pos++;
    }
  };

  const parseValue = (depth: number): unknown => {
    skip();
    const c = text.charCodeAt(pos);
    if (c === 123 || c === 91) {
      if (depth >= maxDepth) throw GIVE_UP;
      return c === 123 ? parseObject(depth + 1) : parseArray(depth + 1);
    }
    if (c === 34) return parseString();
    if (c === 116 && text.startsWith('true', pos)) {
      pos += 4;
      return true;
    }
    if (c === 102 && text.startsWith('false', pos)) {
      pos += 5;
      return false;
    }
    if (c === 110 && text.startsWith('null', pos)) {
      pos += 4;
      return null;
    }
    let end = pos;
    while (end < length && isNumberChar(text.charCodeAt(end))) end++;
    const literal = text.slice(pos, end);
    if (!NUMBER.test(literal)) throw GIVE_UP;
    pos = end;
    const value = Number(literal);
    // Too large for a number (1e309 is Infinity): the locating parser reports it.
    if (!Number.isFinite(value)) throw GIVE_UP;
    return value;
  };

  const parseArray = (depth: number): unknown[] => {
    pos++;
    const out: unknown[] = [];
    skip();
    if (text.charCodeAt(pos) === 93) {
      pos++;
      return out;
    }
    for (;;) {
      out.push(parseValue(depth));
      skip();
      const next = text.charCodeAt(pos);
      if (next === 44) pos++;
      else if (next === 93) {
        pos++;
        return out;
      } else throw GIVE_UP;
    }
  };

  const parseObject = (depth: number): Record<string, unknown> => {
    pos++;
    const out: Record<string, unknown> = {};
    skip();
    if (text.charCodeAt(pos) === 125) {
      pos++;
      return out;
    }
    for (;;) {
      skip();
      const key = parseString();
      skip();
      if (text.charCodeAt(pos) !== 58) throw GIVE_UP;
      pos++;
      const value = parseValue(depth);
      if (FORBIDDEN.has(key) || Object.hasOwn(out, key)) throw GIVE_UP;
      out[key] = value;
      skip();
      const next = text.charCodeAt(pos);
      if (next === 44) pos++;
      else if (next === 125) {
        pos++;
        return out;
      } else throw GIVE_UP;
    }
  };

  try {
    const value = parseValue(0);
    skip();
    if (pos < length) return undefined;
    return { value };
  } catch {
    return undefined;
  }
}
