/**
 * The schema checker (src/scenario/validation/schema-check.ts) against the JSON Schema reference, Ajv
 * (draft 2020-12, numbers finite as JSON has them): on 12,000 mutated copies of the bundled scenarios,
 * both must say the same thing (valid or not). A disagreement means an editor using the schema and the
 * game would not agree with each other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { CODEX_SCHEMA, SCENARIO_SCHEMA } from '../../../src/scenario/validation';
import { SchemaChecker } from '../../../src/scenario/validation/schema-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DIR = join(import.meta.dirname, '../../../scenarios');
const bases = readdirSync(DIR)
  .filter((name) => ['premiers-pas.json', 'evenement-monnaie-locale.json'].includes(name))
  .map((name) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Json);

const ajv = new Ajv2020({ strict: false, strictNumbers: true, allErrors: false });
ajv.addSchema(CODEX_SCHEMA as object);
const reference = ajv.compile(SCENARIO_SCHEMA as object);
const checker = new SchemaChecker([SCENARIO_SCHEMA, CODEX_SCHEMA]);

/** A small seeded generator (the test must give the same corpus every time). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every container (object or array) of a value with its path, for picking where to mutate. */
function containers(value: Json, out: { node: Json[] | Record<string, Json>; key: string | number }[] = []) {
  if (Array.isArray(value))
    value.forEach((item, i) => {
      out.push({ node: value, key: i });
      containers(item, out);
    });
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      out.push({ node: value, key });
      containers(item, out);
    }
  return out;
}

const REPLACEMENTS: ((random: () => number, old: Json) => Json)[] = [
  () => '   ',
  () => '',
  () => '\t\n',
  () => 'é'.repeat(70),
  () => '😀'.repeat(50),
  () => '😀'.repeat(81),
  () => 'a'.repeat(81),
  () => 'x'.repeat(65),
  () => Infinity,
  () => -Infinity,
  () => 1e308,
  () => 0,
  () => -1,
  () => 1.5,
  () => 101,
  () => 'Mauvais Id',
  () => null,
  () => true,
  () => [],
  () => ({}),
  (random) => Math.round(random() * 200 - 50),
  (_, old) => (typeof old === 'string' ? ` ${old} ` : old),
  (_, old) => (typeof old === 'string' ? old.toUpperCase() : old),
  (_, old) => (Array.isArray(old) ? [...old, ...old] : old),
  (_, old) => (Array.isArray(old) ? old.slice(1) : old),
];

function mutate(base: Json, random: () => number): Json {
  const copy = structuredClone(base);
  const count = 1 + Math.floor(random() * 3);
  for (let m = 0; m < count; m++) {
    const places = containers(copy);
    const place = places[Math.floor(random() * places.length)];
    if (!place) continue;
    const { node, key } = place;
    const old = (node as Record<string | number, Json>)[key] ?? null;
    const roll = random();
    if (roll < 0.1 && !Array.isArray(node)) delete (node as Record<string, Json>)[key as string];
    else if (roll < 0.15 && !Array.isArray(node)) (node as Record<string, Json>)[`champ${m}`] = 1;
    else {
      const replace = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)];
      if (replace) (node as Record<string | number, Json>)[key] = replace(random, old);
    }
  }
  return copy;
}

describe('the schema checker agrees with Ajv (draft 2020-12)', () => {
  // About 13 s on a quiet machine; the timeout leaves room for a loaded one.
  it('on 12,000 mutated scenarios', { timeout: 300_000 }, () => {
    const random = generator(20_261_207);
    const disagreements: string[] = [];
    let invalid = 0;
    for (let i = 0; i < 12_000; i++) {
      const base = bases[i % bases.length] ?? null;
      const value = mutate(base, random);
      const ajvSays = reference(value);
      const ours = checker.check('scenario.schema.json', value).issues;
      if (!ajvSays) invalid++;
      if (ajvSays !== (ours.length === 0) && disagreements.length < 10)
        disagreements.push(
          `#${i}: Ajv ${ajvSays ? 'valid' : JSON.stringify(reference.errors?.[0])}; checker ${JSON.stringify(ours[0] ?? 'valid')}`,
        );
    }
    expect(disagreements).toEqual([]);
    // The corpus exercises both verdicts.
    expect(invalid).toBeGreaterThan(3_000);
    expect(invalid).toBeLessThan(12_000);
  });

  it('whitespace-only text, long emoji text and infinite numbers, one by one', () => {
    const base = structuredClone(bases[0]) as { meta: { title: { fr: string } }; actors: { name: string }[] };
    const cases: [string, (value: typeof base) => void][] = [
      ['blank title', (v) => (v.meta.title.fr = '   ')],
      ['80 emoji name', (v) => (v.actors[0]!.name = '😀'.repeat(80))],
      ['81 emoji name', (v) => (v.actors[0]!.name = '😀'.repeat(81))],
      [
        'infinite position',
        (v) => ((v.actors[0] as unknown as { position: { x: number } }).position.x = Infinity),
      ],
    ];
    for (const [name, change] of cases) {
      const value = structuredClone(base);
      change(value);
      expect(checker.check('scenario.schema.json', value).issues.length === 0, name).toBe(reference(value));
    }
  });
});
