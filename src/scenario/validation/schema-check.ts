/**
 * A small interpreter for the subset of JSON Schema (2020-12) the scenario schema uses. It walks the
 * schema as data and never compiles code (no `new Function`), so it runs under a strict
 * Content-Security-Policy. Supported: type, properties, required, additionalProperties (boolean),
 * items, enum, const, minimum, maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern, minItems,
 * maxItems, uniqueItems, anyOf/oneOf (reported as "one of these shapes") and $ref to `#/$defs/…` or
 * `<other-id>#/$defs/…`.
 */
import { pointerSegment } from './json-locate';

/** The part of a JSON Schema this interpreter understands. */
export interface JsonSchema {
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

/** A rule of the schema that a value breaks. */
export interface SchemaIssue {
  code: string;
  /** JSON Pointer of the value (or of the offending key, for `schema-additional`). */
  path: string;
  params: Record<string, string | number>;
}

/** Where each `$ref` target was used, by definition name (e.g. every `localizedText`). */
export type RefUses = Map<string, string[]>;

interface Walk {
  issues: SchemaIssue[];
  refs: RefUses;
}

/** What decides whether an object can match an alternative before visiting it. */
interface Shape {
  required: readonly string[];
  consts: readonly [string, unknown][];
}

const kindOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  // JSON has no infinity or NaN: such a value is no number at all (as Ajv's strictNumbers says).
  if (typeof value === 'number')
    return !Number.isFinite(value) ? 'infinite' : Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

/** Characters as JSON Schema counts them: code points, so "😀" is one, not two UTF-16 units. */
const lengthOf = (text: string): number => {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
};

/** The schema's pattern for a text that must not be blank (whitespace only counts as empty). */
export const NOT_BLANK = '\\S';

const typeMatches = (expected: string, value: unknown): boolean => {
  const actual = kindOf(value);
  return actual === expected || (expected === 'number' && actual === 'integer');
};

const show = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));

/** A compiled-free validator bound to a set of schemas (by `$id`). */
export class SchemaChecker {
  private readonly byId = new Map<string, JsonSchema>();
  private readonly patterns = new Map<string, RegExp>();

  constructor(schemas: readonly JsonSchema[]) {
    for (const schema of schemas) this.byId.set(schema.$id ?? '', schema);
  }

  /** Checks a value against the schema of the given `$id`; every broken rule is reported. */
  check(schemaId: string, value: unknown): { issues: SchemaIssue[]; refs: RefUses } {
    const root = this.byId.get(schemaId);
    const walk: Walk = { issues: [], refs: new Map() };
    if (root) this.visit(root, root, value, '', walk);
    return walk;
  }

  /** Resolved references by base schema, then by `$ref` (no key string built per lookup). */
  private readonly resolved = new Map<
    JsonSchema,
    Map<string, { schema: JsonSchema; root: JsonSchema; name: string } | null>
  >();

  private resolve(
    ref: string,
    base: JsonSchema,
  ): { schema: JsonSchema; root: JsonSchema; name: string } | null {
    let byRef = this.resolved.get(base);
    if (!byRef) {
      byRef = new Map();
      this.resolved.set(base, byRef);
    }
    const cached = byRef.get(ref);
    if (cached !== undefined) return cached;
    const found = this.resolveUncached(ref, base);
    byRef.set(ref, found);
    return found;
  }

  private resolveUncached(
    ref: string,
    base: JsonSchema,
  ): { schema: JsonSchema; root: JsonSchema; name: string } | null {
    const [file = '', fragment = ''] = ref.split('#');
    const root = file === '' ? base : this.byId.get(file);
    if (!root) return null;
    const name = fragment.replace(/^\/\$defs\//, '');
    const schema = root.$defs?.[name];
    return schema ? { schema, root, name } : null;
  }

  private visit(schema: JsonSchema, root: JsonSchema, value: unknown, path: string, walk: Walk): void {
    if (schema.$ref !== undefined) {
      const target = this.resolve(schema.$ref, root);
      if (target) {
        const uses = walk.refs.get(target.name);
        if (uses) uses.push(path);
        else walk.refs.set(target.name, [path]);
        this.visit(target.schema, target.root, value, path, walk);
      }
    }
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) this.visitAlternatives(alternatives, root, value, path, walk);
    if (schema.type !== undefined && !typeMatches(schema.type, value)) {
      walk.issues.push({
        code: 'schema-type',
        path,
        params: { expected: schema.type, actual: kindOf(value) },
      });
      return;
    }
    if (schema.const !== undefined && value !== schema.const) {
      walk.issues.push({
        code: 'schema-const',
        path,
        params: { value: show(value), expected: show(schema.const) },
      });
    }
    if (schema.enum !== undefined && !schema.enum.includes(value)) {
      walk.issues.push({
        code: 'schema-enum',
        path,
        params: { value: show(value), allowed: schema.enum.map(show).join(', ') },
      });
    }
    if (typeof value === 'number') this.checkNumber(schema, value, path, walk);
    else if (typeof value === 'string') this.checkString(schema, value, path, walk);
    else if (Array.isArray(value)) this.checkArray(schema, root, value, path, walk);
    else if (value !== null && typeof value === 'object') {
      this.checkObject(schema, root, value as Record<string, unknown>, path, walk);
    }
  }

  private checkNumber(schema: JsonSchema, value: number, path: string, walk: Walk): void {
    if (schema.minimum !== undefined && value < schema.minimum) {
      walk.issues.push({ code: 'schema-minimum', path, params: { value, limit: schema.minimum } });
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      walk.issues.push({ code: 'schema-maximum', path, params: { value, limit: schema.maximum } });
    }
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) {
      walk.issues.push({
        code: 'schema-exclusive-minimum',
        path,
        params: { value, limit: schema.exclusiveMinimum },
      });
    }
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) {
      walk.issues.push({
        code: 'schema-exclusive-maximum',
        path,
        params: { value, limit: schema.exclusiveMaximum },
      });
    }
  }

  private checkString(schema: JsonSchema, value: string, path: string, walk: Walk): void {
    const length = schema.minLength !== undefined || schema.maxLength !== undefined ? lengthOf(value) : 0;
    const tooShort = schema.minLength !== undefined && length < schema.minLength;
    if (tooShort)
      walk.issues.push({ code: 'schema-min-length', path, params: { limit: schema.minLength ?? 0 } });
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      walk.issues.push({ code: 'schema-max-length', path, params: { limit: schema.maxLength, length } });
    }
    if (schema.pattern !== undefined) {
      let regex = this.patterns.get(schema.pattern);
      if (!regex) {
        regex = new RegExp(schema.pattern, 'u');
        this.patterns.set(schema.pattern, regex);
      }
      // A blank text breaks the "not blank" pattern: said as an empty text (once, if also too short).
      if (!regex.test(value) && schema.pattern === NOT_BLANK) {
        if (!tooShort) walk.issues.push({ code: 'schema-min-length', path, params: { limit: 1 } });
      } else if (!regex.test(value)) walk.issues.push({ code: 'schema-pattern', path, params: { value } });
    }
  }

  private checkArray(schema: JsonSchema, root: JsonSchema, value: unknown[], path: string, walk: Walk): void {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      walk.issues.push({
        code: 'schema-min-items',
        path,
        params: { limit: schema.minItems, count: value.length },
      });
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      walk.issues.push({
        code: 'schema-max-items',
        path,
        params: { limit: schema.maxItems, count: value.length },
      });
    }
    if (schema.uniqueItems) {
      const seen = new Set<string>();
      value.forEach((item, i) => {
        const key = JSON.stringify(item) ?? '';
        if (seen.has(key))
          walk.issues.push({
            code: 'schema-unique-items',
            path: `${path}/${i}`,
            params: { value: show(item) },
          });
        seen.add(key);
      });
    }
    if (schema.items) {
      for (let i = 0; i < value.length; i++) this.visit(schema.items, root, value[i], `${path}/${i}`, walk);
    }
  }

  private checkObject(
    schema: JsonSchema,
    root: JsonSchema,
    value: Record<string, unknown>,
    path: string,
    walk: Walk,
  ): void {
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(value, key)) walk.issues.push({ code: 'schema-required', path, params: { key } });
    }
    const properties = schema.properties ?? {};
    for (const key of Object.keys(value)) {
      const child = `${path}/${pointerSegment(key)}`;
      const sub = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (sub) this.visit(sub, root, value[key], child, walk);
      else if (schema.additionalProperties === false) {
        walk.issues.push({
          code: 'schema-additional',
          path: child,
          params: { key, allowed: Object.keys(properties).join(', ') },
        });
      }
    }
  }

  /**
   * Checks the alternatives of `anyOf`. When one passes, nothing is reported. Otherwise the
   * alternatives whose required keys are present and whose constant keys match are the candidates;
   * the errors of the closest candidate are reported, or, with no candidate, one message listing the
   * accepted shapes.
   */
  private visitAlternatives(
    options: JsonSchema[],
    root: JsonSchema,
    value: unknown,
    path: string,
    walk: Walk,
  ): void {
    // Fast path: only the alternatives whose required keys are present and constants match can pass.
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      const plausible = options.filter((option) => {
        const shape = this.shapeOf(option, root);
        if (shape === null) return true;
        for (const key of shape.required) if (!Object.hasOwn(record, key)) return false;
        for (const [key, constant] of shape.consts) if (record[key] !== constant) return false;
        return true;
      });
      if (plausible.length === 1 && plausible[0]) {
        const sub: Walk = { issues: [], refs: walk.refs };
        this.visit(plausible[0], root, value, path, sub);
        walk.issues.push(...sub.issues);
        return;
      }
    }
    const tries = options.map((option) => {
      const sub: Walk = { issues: [], refs: new Map() };
      this.visit(option, root, value, path, sub);
      return { option: this.deref(option, root), sub };
    });
    const passed = tries.find((t) => t.sub.issues.length === 0);
    const merge = (chosen: Walk): void => {
      walk.issues.push(...chosen.issues);
      for (const [name, uses] of chosen.refs) {
        const mine = walk.refs.get(name);
        if (mine) mine.push(...uses);
        else walk.refs.set(name, [...uses]);
      }
    };
    if (passed) return merge(passed.sub);
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    const record = isObject ? (value as Record<string, unknown>) : {};
    const constsMatch = (option: JsonSchema): boolean =>
      Object.entries(option.properties ?? {}).every(
        ([key, sub]) => sub.const === undefined || record[key] === sub.const,
      );
    const hasConst = (option: JsonSchema): boolean =>
      Object.values(option.properties ?? {}).some((sub) => sub.const !== undefined);
    const objects = isObject ? tries.filter(({ option }) => option.type === 'object') : [];
    // A branch named by its constant (an effect's "type") is the one meant, even with fields missing.
    let candidates = objects.filter(({ option }) => hasConst(option) && constsMatch(option));
    if (candidates.length === 0) {
      candidates = objects.filter(
        ({ option }) =>
          constsMatch(option) && (option.required ?? []).every((key) => Object.hasOwn(record, key)),
      );
    }
    if (candidates.length > 0) {
      const best = candidates.reduce((a, b) => (b.sub.issues.length < a.sub.issues.length ? b : a));
      return merge(best.sub);
    }
    const discriminator = isObject ? this.discriminator(tries.map((t) => t.option)) : null;
    if (discriminator !== null && Object.hasOwn(record, discriminator)) {
      walk.issues.push({
        code: 'schema-kind',
        path: `${path}/${pointerSegment(discriminator)}`,
        params: {
          key: discriminator,
          value: show(record[discriminator]),
          allowed: tries.map((t) => show(t.option.properties?.[discriminator]?.const)).join(', '),
        },
      });
      return;
    }
    const shapes = tries.map(({ option }) =>
      option.type === 'object' ? (option.required ?? []).join('+') : (option.type ?? '?'),
    );
    walk.issues.push({
      code: 'schema-any-of',
      path,
      params: {
        options: shapes.join(', '),
        actual: isObject ? Object.keys(record).join(', ') : kindOf(value),
      },
    });
  }

  /** Per root, each alternative's object shape: required keys and constant properties (null: not an object schema). */
  private readonly shapes = new Map<JsonSchema, Map<JsonSchema, Shape | null>>();

  private shapeOf(option: JsonSchema, root: JsonSchema): Shape | null {
    let byOption = this.shapes.get(root);
    if (!byOption) {
      byOption = new Map();
      this.shapes.set(root, byOption);
    }
    let shape = byOption.get(option);
    if (shape === undefined) {
      const target = this.deref(option, root);
      shape = null;
      if (target.type === 'object') {
        const consts: [string, unknown][] = [];
        for (const key in target.properties ?? {}) {
          const sub = target.properties?.[key];
          if (sub?.const !== undefined) consts.push([key, sub.const]);
        }
        shape = { required: target.required ?? [], consts };
      }
      byOption.set(option, shape);
    }
    return shape;
  }

  private deref(schema: JsonSchema, root: JsonSchema): JsonSchema {
    return schema.$ref !== undefined ? (this.resolve(schema.$ref, root)?.schema ?? schema) : schema;
  }

  /** The key every alternative fixes with a `const` (like an effect's `type`), if any. */
  private discriminator(options: JsonSchema[]): string | null {
    const first = options[0]?.properties ?? {};
    for (const key of Object.keys(first)) {
      if (options.every((o) => o.properties?.[key]?.const !== undefined)) return key;
    }
    return null;
  }
}
