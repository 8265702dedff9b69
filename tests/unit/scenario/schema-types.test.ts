import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as format from '../../../src/scenario/format';
import { CODEX_SCHEMA, SCENARIO_SCHEMA } from '../../../src/scenario/validation';
import type { JsonSchema } from '../../../src/scenario/validation/schema-check';

const source = ts.createSourceFile(
  'format.ts',
  readFileSync(join(import.meta.dirname, '../../../src/scenario/format.ts'), 'utf8'),
  ts.ScriptTarget.ES2022,
  true,
);

type Shape = Map<string, boolean>; // property → required

function membersOf(node: ts.Node): Shape {
  const shape: Shape = new Map();
  const add = (members: ts.NodeArray<ts.TypeElement>): void => {
    for (const m of members)
      if (ts.isPropertySignature(m)) shape.set(m.name.getText(source).replace(/'/g, ''), !m.questionToken);
  };
  if (ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node)) add(node.members);
  else if (ts.isIntersectionTypeNode(node))
    for (const t of node.types) for (const [k, v] of membersOf(resolveType(t))) shape.set(k, v);
  return shape;
}

function declaration(name: string): ts.Node {
  let found: ts.Node | undefined;
  source.forEachChild((node) => {
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name.text === name)
      found = node;
  });
  if (!found) throw new Error(`no declaration ${name}`);
  return ts.isTypeAliasDeclaration(found) ? found.type : found;
}

function resolveType(node: ts.TypeNode): ts.Node {
  if (ts.isParenthesizedTypeNode(node)) return resolveType(node.type);
  return ts.isTypeReferenceNode(node) ? declaration(node.typeName.getText(source)) : node;
}

const schemaShape = (schema: JsonSchema): Shape =>
  new Map(Object.keys(schema.properties ?? {}).map((k) => [k, (schema.required ?? []).includes(k)]));
const defs = SCENARIO_SCHEMA.$defs ?? {};
const def = (name: string): JsonSchema => defs[name] ?? {};

describe('the JSON Schema and the TypeScript types are in step', () => {
  const pairs: [string, JsonSchema][] = [
    ['Scenario', SCENARIO_SCHEMA],
    ['Codex', CODEX_SCHEMA],
    ['ScenarioMeta', def('meta')],
    ['Actor', def('actor')],
    ['MeterDef', def('meter')],
    ['InitialLink', def('initialLink')],
    ['MapDef', def('map')],
    ['Phase', def('phase')],
    ['Choice', def('choice')],
    ['Card', def('card')],
    ['Initiative', def('initiative')],
    ['Ending', def('ending')],
    ['Voice', def('voice')],
    ['Concept', def('concept')],
    ['Range', def('range')],
    ['Outcome', def('outcome')],
    ['Risk', def('risk')],
    ['DriftRule', def('drift')],
    ['Ceiling', def('ceiling')],
  ];
  it.each(pairs)('%s has the same fields, required alike', (name, schema) => {
    expect(Object.fromEntries(membersOf(declaration(name)))).toEqual(Object.fromEntries(schemaShape(schema)));
  });

  it.each([
    ['Condition', 'condition'],
    ['Effect', 'effect'],
    ['EvaluationTerm', 'evaluationTerm'],
    ['LandingEffect', 'landingEffect'],
  ])('the union %s has one schema alternative per member, with the same fields', (name, schemaName) => {
    const union = declaration(name);
    if (!ts.isUnionTypeNode(union)) throw new Error('not a union');
    const fromTs = union.types
      .map((t) => Object.fromEntries(membersOf(resolveType(t))))
      .map((s) => JSON.stringify(Object.entries(s).sort()));
    const fromSchema = (def(schemaName).anyOf ?? []).map((s) => JSON.stringify([...schemaShape(s)].sort()));
    expect(fromSchema.sort()).toEqual(fromTs.sort());
  });

  it('the closed vocabularies match the schema enums', () => {
    const enumOf = (schema: JsonSchema | undefined): unknown[] => schema?.enum ?? schema?.items?.enum ?? [];
    expect(enumOf(def('actor').properties?.family)).toEqual([...format.FAMILIES]);
    expect(enumOf(def('phase').properties?.step)).toEqual([...format.METHOD_STEPS]);
    expect(enumOf(def('meta').properties?.audiences)).toEqual([...format.AUDIENCES]);
    expect(enumOf(def('meta').properties?.territory)).toEqual([...format.TERRITORY_KINDS]);
    expect(enumOf(def('meta').properties?.languages)).toEqual([...format.LANGUAGES]);
    expect(enumOf(def('meta').properties?.preview)).toEqual([...format.PREVIEWS]);
    expect(enumOf(def('map').properties?.template)).toEqual([...format.MAP_TEMPLATES]);
    expect(enumOf(def('posture'))).toEqual([...format.POSTURES]);
    expect(enumOf(def('initiativeState'))).toEqual([...format.INITIATIVE_STATES]);
    expect(enumOf(def('ending').properties?.kind)).toEqual([...format.ENDING_KINDS]);
    expect(Object.keys(def('evaluation').properties ?? {})).toEqual([...format.DIMENSIONS]);
    expect(Object.keys(def('localizedText').properties ?? {})).toEqual([...format.LANGUAGES]);
    const effectTypes = (def('effect').anyOf ?? []).map((s) => s.properties?.type?.const);
    expect(effectTypes).toEqual([...format.EFFECT_TYPES]);
    const landing = (def('landingEffect').anyOf ?? []).map((s) => s.properties?.type?.const);
    expect(landing).toEqual(format.EFFECT_TYPES.filter((t) => t !== 'cost' && t !== 'delayed'));
    const families = def('condition').anyOf?.find((s) => s.properties?.leftOut)?.properties?.leftOut;
    expect(enumOf(families)).toEqual([...format.FAMILIES]);
    expect(enumOf(def('choice').properties?.involves)).toEqual([...format.FAMILIES]);
    const cues = (def('effect').anyOf ?? []).find((s) => s.properties?.type?.const === 'sound')?.properties
      ?.cue?.enum;
    expect(cues).toEqual([...format.SOUND_CUES]);
    expect(SCENARIO_SCHEMA.properties?.formatVersion?.const).toBe(format.FORMAT_VERSION);
  });

  it('every property of the schema has a description for editors', () => {
    const missing: string[] = [];
    const walk = (schema: JsonSchema, path: string): void => {
      for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        const target = sub.$ref?.startsWith('#/$defs/') ? defs[sub.$ref.slice(8)] : undefined;
        if (!sub.description && !target?.description && !['atLeast', 'atMost', 'type', 'state'].includes(key))
          missing.push(`${path}/${key}`);
        walk(sub, `${path}/${key}`);
      }
      (schema.anyOf ?? []).forEach((s, i) => walk(s, `${path}/anyOf/${i}`));
    };
    walk(SCENARIO_SCHEMA, '');
    for (const [name, schema] of Object.entries(defs)) walk(schema, `$defs/${name}`);
    expect(missing).toEqual([]);
  });
});
