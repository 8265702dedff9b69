/**
 * A small JSON parser that remembers where every value and key sits in the text (line, column, offsets),
 * indexed by JSON Pointer. It is hostile-input safe: a size limit is checked before parsing, nesting is
 * bounded, duplicate keys are reported, and keys that could reach an object's prototype (`__proto__`,
 * `constructor`, `prototype`) are reported and dropped, never assigned.
 */

import { parseJsonFast } from './json-fast';

/** A place in the text: 1-based line and column, and the 0-based offsets of the value's first and past-last characters. */
export interface JsonSpan {
  line: number;
  column: number;
  start: number;
  end: number;
}

/** A problem found while reading the text, before any schema rule. */
export interface ParseIssue {
  code:
    | 'json-syntax'
    | 'json-too-large'
    | 'json-too-deep'
    | 'json-duplicate-key'
    | 'json-forbidden-key'
    | 'json-number-not-finite';
  path: string;
  line: number;
  column: number;
  params: Record<string, string | number>;
}

/** What the parser hands back. `value` is absent when the text is not JSON at all. */
export interface LocatedJson {
  value?: unknown;
  /** Span of each value, by JSON Pointer (`''` is the root). */
  values: Map<string, JsonSpan>;
  /** Span of each object key, by the JSON Pointer of its value. */
  keys: Map<string, JsonSpan>;
  issues: ParseIssue[];
}

/** Limits applied to untrusted text. */
export interface ParseLimits {
  /** Largest accepted text, in characters. Default 5 MB. */
  maxChars: number;
  /** Deepest accepted nesting of arrays and objects. Default 64. */
  maxDepth: number;
}

/** The default limits: 5 MB and 64 levels. */
export const DEFAULT_LIMITS: ParseLimits = { maxChars: 5 * 1024 * 1024, maxDepth: 64 };

/** Keys never written into a parsed object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Escapes one JSON Pointer segment (RFC 6901). */
export const pointerSegment = (key: string | number): string => {
  const text = String(key);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
};

class SyntaxFailure {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

class DepthFailure {
  constructor(
    readonly offset: number,
    readonly path: string,
  ) {}
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const NUMBER_CHARS = new Set([...'0123456789+-.eE'].map((c) => c.charCodeAt(0)));

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

/**
 * Parses JSON text and records where everything is. Never throws. A fast pass parses the text first;
 * when it finds nothing to report, the positions (`values`, `keys`) are computed only when first read.
 */
export function parseLocatedJson(text: string, limits: ParseLimits = DEFAULT_LIMITS): LocatedJson {
  if (text.length <= limits.maxChars) {
    const fast = parseJsonFast(text, limits.maxDepth);
    if (fast) {
      let full: LocatedJson | undefined;
      const located = (): LocatedJson => (full ??= locateAll(text, limits));
      return {
        value: fast.value,
        issues: [],
        get values() {
          return located().values;
        },
        get keys() {
          return located().keys;
        },
      };
    }
  }
  return locateAll(text, limits);
}

/** The locating parse alone (no fast pass): every value's and key's position, and every problem. */
export function locateAll(text: string, limits: ParseLimits = DEFAULT_LIMITS): LocatedJson {
  const values = new Map<string, JsonSpan>();
  const keys = new Map<string, JsonSpan>();
  const issues: ParseIssue[] = [];
  if (text.length > limits.maxChars) {
    issues.push({
      code: 'json-too-large',
      path: '',
      line: 1,
      column: 1,
      params: { size: text.length, max: limits.maxChars },
    });
    return { values, keys, issues };
  }
  // Newlines only occur in whitespace (never inside a JSON string), so the line is tracked while skipping.
  let line = 1;
  let lineStart = 0;
  const where = (offset: number): { line: number; column: number } => {
    let l = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      l++;
      start = i + 1;
    }
    return { line: l, column: offset - start + 1 };
  };
  /** The span of a value that started at `start` on the current line (values never span a skipped newline before them). */
  const span = (start: number, startLine: number, startColumn: number, end: number): JsonSpan => ({
    line: startLine,
    column: startColumn,
    start,
    end,
  });

  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skip = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 10) {
        pos++;
        line++;
        lineStart = pos;
      } else if (c === 32 || c === 9 || c === 13) pos++;
      else break;
    }
  };
  const fail = (expected: string): never => {
    throw new SyntaxFailure(pos, expected);
  };

  const parseString = (): string => {
    if (text.charCodeAt(pos) !== 34) fail('string');
    pos++;
    let out = '';
    let chunk = pos;
    for (;;) {
      if (pos >= text.length) fail('closing-quote');
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(chunk, pos);
        pos++;
        return out;
      }
      if (c < 32) fail('no-control');
      if (c === 92) {
        out += text.slice(chunk, pos);
        const e = text[pos + 1] ?? '';
        if (e === 'u') {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('unicode-escape');
          out += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else {
          const mapped = ESCAPES[e];
          if (mapped === undefined) fail('escape');
          out += mapped;
          pos += 2;
        }
        chunk = pos;
      } else pos++;
    }
  };

  const parseValue = (path: string, depth: number): unknown => {
    skip();
    const start = pos;
    const startLine = line;
    const startColumn = pos - lineStart + 1;
    const c = text.charCodeAt(pos);
    let value: unknown;
    if (c === 123 || c === 91) {
      if (depth >= limits.maxDepth) throw new DepthFailure(pos, path);
      value = c === 123 ? parseObject(path, depth + 1) : parseArray(path, depth + 1);
    } else if (c === 34) value = parseString();
    else if (c === 116 && text.startsWith('true', pos)) {
      pos += 4;
      value = true;
    } else if (c === 102 && text.startsWith('false', pos)) {
      pos += 5;
      value = false;
    } else if (c === 110 && text.startsWith('null', pos)) {
      pos += 4;
      value = null;
    } else {
      let end = pos;
      while (end < text.length && NUMBER_CHARS.has(text.charCodeAt(end))) end++;
      const literal = text.slice(pos, end);
      if (!NUMBER.test(literal)) fail('value');
      pos = end;
      value = Number(literal);
      // JSON has no infinity: a number beyond what a program can hold (1e309) would become "Infinity".
      if (!Number.isFinite(value))
        issues.push({
          code: 'json-number-not-finite',
          path,
          line: startLine,
          column: startColumn,
          params: { value: literal.length > 40 ? `${literal.slice(0, 40)}…` : literal },
        });
    }
    values.set(path, span(start, startLine, startColumn, pos));
    return value;
  };

  const parseArray = (path: string, depth: number): unknown[] => {
    pos++;
    const out: unknown[] = [];
    skip();
    if (text.charCodeAt(pos) === 93) {
      pos++;
      return out;
    }
    for (;;) {
      out.push(parseValue(`${path}/${out.length}`, depth));
      skip();
      const next = text.charCodeAt(pos);
      if (next === 44) pos++;
      else if (next === 93) {
        pos++;
        return out;
      } else fail('comma-or-bracket');
    }
  };

  const parseObject = (path: string, depth: number): Record<string, unknown> => {
    pos++;
    const out: Record<string, unknown> = {};
    skip();
    if (text.charCodeAt(pos) === 125) {
      pos++;
      return out;
    }
    for (;;) {
      skip();
      const keyStart = pos;
      const keyLine = line;
      const keyColumn = pos - lineStart + 1;
      const key = parseString();
      const child = `${path}/${pointerSegment(key)}`;
      const keySpan = span(keyStart, keyLine, keyColumn, pos);
      skip();
      if (text.charCodeAt(pos) !== 58) fail('colon');
      pos++;
      const value = parseValue(child, depth);
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push({
          code: 'json-forbidden-key',
          path: child,
          line: keyLine,
          column: keyColumn,
          params: { key },
        });
      } else if (Object.hasOwn(out, key)) {
        issues.push({
          code: 'json-duplicate-key',
          path: child,
          line: keyLine,
          column: keyColumn,
          params: { key },
        });
      } else {
        out[key] = value;
        keys.set(child, keySpan);
      }
      skip();
      const next = text.charCodeAt(pos);
      if (next === 44) pos++;
      else if (next === 125) {
        pos++;
        return out;
      } else fail('comma-or-brace');
    }
  };

  try {
    const value = parseValue('', 0);
    skip();
    if (pos < text.length) fail('end');
    return { value, values, keys, issues };
  } catch (error) {
    if (error instanceof DepthFailure) {
      issues.push({
        code: 'json-too-deep',
        path: error.path,
        ...where(error.offset),
        params: { max: limits.maxDepth },
      });
    } else if (error instanceof SyntaxFailure) {
      const found = error.offset >= text.length ? '' : (text[error.offset] ?? '');
      issues.push({
        code: 'json-syntax',
        path: '',
        ...where(error.offset),
        params: { expected: error.expected, found },
      });
    } else throw error;
    return { values, keys, issues };
  }
}
