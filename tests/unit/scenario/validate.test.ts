import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  migrate,
  validateCodexText,
  validateScenarioText,
} from '../../../src/scenario/validation';
import { migrateText } from '../../../src/scenario/validation/migrate-text';

const SCENARIOS = join(import.meta.dirname, '../../../scenarios');
const read = (name: string): string => readFileSync(join(SCENARIOS, name), 'utf8');
/** premiers-pas in the current format (its text migrated, as `scenario migrate` writes it). */
const current = migrateText(read('premiers-pas.json'));
const base = current.ok ? current.text : '';
const codexText = read('codex.json');
const codex = validateCodexText(codexText, 'codex.json');
const knownConcepts = codex.codex?.concepts.map((c) => c.id) ?? [];

describe('validateScenarioText', () => {
  it('accepts the shared codex', () => {
    expect(codex.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(knownConcepts.length).toBeGreaterThan(0);
  });

  it.each(readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'codex.json'))(
    'accepts the bundled scenario %s against the codex',
    (file) => {
      const result = validateScenarioText(read(file), file, { knownConcepts });
      expect(result.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
      expect(result.scenario?.meta.id).toBe(file.replace(/\.json$/, ''));
    },
  );

  it('reports every problem at once, sorted by place, in file:line:column  /path  message form', () => {
    const text = base
      .replace('"speaker": "maire"', '"speaker": "personne"')
      .replace('"delta": 15 },', '"delta": "beaucoup" },')
      .replace('"template": "vallee"', '"template": "lune"');
    const result = validateScenarioText(text, 'x.json', { knownConcepts });
    expect(result.scenario).toBeUndefined();
    const lines = result.problems.map((p) => formatProblem(p));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^x\.json:\d+:\d+ {2}\/map\/template {2}Map, "template": "lune" is not allowed/);
    expect(
      lines.some((l) => /\/cards\/0\/speaker {2}Card "halle-vide" refers to the actor "personne"/.test(l)),
    ).toBe(true);
    const sorted = [...result.problems].sort((a, b) => a.line - b.line || a.column - b.column);
    expect(result.problems).toEqual(sorted);
    // The line of the speaker problem is the line where "personne" is written.
    const speaker = result.problems.find((p) => p.path === '/cards/0/speaker');
    const lineOf = text.slice(0, text.indexOf('"personne"')).split('\n').length;
    expect(speaker?.line).toBe(lineOf);
    expect(text.split('\n')[lineOf - 1]?.slice((speaker?.column ?? 1) - 1)).toMatch(/^"personne"/);
  });

  it('speaks French when asked, in plain words', () => {
    const text = base.replace('"speaker": "maire"', '"speaker": "personne"');
    const [problem] = validateScenarioText(text, 'x.json', { lang: 'fr', knownConcepts }).problems;
    expect(problem?.message).toBe(
      "La carte « halle-vide » cite l'acteur « personne », qui n'existe pas. Connus : maire, collectif, boulangere, ressourcerie.",
    );
  });

  it('warns about flags read but never set, and set but never read, without refusing the file', () => {
    const text = base.replace(
      '{ "type": "flag", "flag": "besoins-reperes" }',
      '{ "type": "flag", "flag": "autre-marqueur" }',
    );
    const result = validateScenarioText(text, 'x.json', { knownConcepts });
    expect(result.scenario).toBeDefined();
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual(
      expect.arrayContaining([
        ['flag-never-set', 'warning'],
        ['flag-never-read', 'warning'],
      ]),
    );
  });

  it('warns when every choice of a card is gated', () => {
    const text = base.replace(
      '"id": "expert",',
      '"id": "expert",\n          "when": { "meter": "elus", "atLeast": 0 },',
    );
    const result = validateScenarioText(text, 'x.json', { knownConcepts });
    expect(result.problems.find((p) => p.code === 'card-all-gated')?.path).toBe('/cards/2/choices');
  });

  it('does not check concepts when no codex is given, and checks them when one is', () => {
    expect(validateScenarioText(base, 'x.json').scenario).toBeDefined();
    const result = validateScenarioText(base, 'x.json', { knownConcepts: [] });
    expect(result.problems.filter((p) => p.code === 'unknown-ref').length).toBeGreaterThan(0);
  });
});

describe('format versions', () => {
  /** premiers-pas as version 1 wrote it: `choicePreview`. */
  const v1 = (): Record<string, unknown> & { meters: { id: string; initial: number }[] } => {
    const data = JSON.parse(base) as Record<string, unknown> & {
      meta: Record<string, unknown>;
      meters: { id: string; initial: number }[];
    };
    const { preview, ...meta } = data.meta;
    return { ...data, formatVersion: 1, meta: { ...meta, choicePreview: preview } };
  };
  const v0 = (): Record<string, unknown> => {
    const old = v1();
    const trust = Object.fromEntries(
      old.meters.filter((m) => m.id !== 'cooperation').map((m) => [m.id, m.initial]),
    );
    return { ...old, formatVersion: 0, trust, meters: old.meters.filter((m) => m.id === 'cooperation') };
  };

  it('migrates a version 1 file: choicePreview becomes preview, nothing else changes, and warns', () => {
    const result = validateScenarioText(JSON.stringify(v1(), null, 2), 'v1.json', { knownConcepts });
    expect(result.migratedFrom).toBe(1);
    expect(result.scenario).toEqual(JSON.parse(base));
    expect(Object.keys(result.scenario?.meta ?? {})).toEqual(Object.keys(JSON.parse(base).meta));
    expect(result.problems.map((p) => `${p.code} ${p.message}`)).toEqual([
      'format-migrated This file uses the old format version 1; it was converted to version 2. Save the converted file to silence this.',
    ]);
  });

  it('refuses choicePreview in a version 2 file, on the key, with a located "renamed" message', () => {
    const text = base.replace('"preview":', '"choicePreview":');
    for (const lang of ['en', 'fr'] as const) {
      const result = validateScenarioText(text, 'v2.json', { knownConcepts, lang });
      expect(result.scenario).toBeUndefined();
      expect(result.problems).toHaveLength(1);
      const [problem] = result.problems;
      expect(problem).toMatchObject({
        code: 'field-renamed',
        path: '/meta/choicePreview',
        severity: 'error',
      });
      expect(problem?.line).toBe(text.slice(0, text.indexOf('"choicePreview"')).split('\n').length);
      expect(problem?.message).toBe(
        lang === 'en'
          ? '"choicePreview" was renamed in format version 2: use "preview".'
          : '« choicePreview » a été renommé dans la version 2 du format : utilisez « preview ».',
      );
    }
  });

  it('migrates a version 0 file (trust object) to version 2, and warns', () => {
    const result = validateScenarioText(JSON.stringify(v0(), null, 2), 'old.json', { knownConcepts });
    expect(result.migratedFrom).toBe(0);
    expect(result.scenario?.formatVersion).toBe(2);
    expect(result.scenario?.meta.preview).toBe('which');
    expect(result.scenario?.meters.map((m) => [m.id, m.initial])).toEqual([
      ['elus', 50],
      ['habitants', 40],
      ['entreprises', 40],
      ['associations', 50],
      ['cooperation', 10],
    ]);
    expect(result.problems.map((p) => p.code)).toEqual(['format-migrated']);
  });

  it('migrate() leaves its input unchanged', () => {
    const input = v0();
    const copy = structuredClone(input);
    const result = migrate(input);
    expect(input).toEqual(copy);
    expect(result.ok && (result.value as { trust?: unknown }).trust).toBeUndefined();
  });

  it('refuses a newer version with a clear message and nothing else', () => {
    const result = validateScenarioText(base.replace('"formatVersion": 2', '"formatVersion": 3'), 'new.json');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toContain(
      'format version 3, newer than this version of the game understands (2)',
    );
  });
});

describe('validateCodexText', () => {
  it('reports duplicate concepts and schema errors in the codex', () => {
    const parsed = JSON.parse(codexText) as { concepts: unknown[] };
    const dup = JSON.stringify(
      { ...parsed, concepts: [...parsed.concepts, parsed.concepts[0], { id: 'x' }] },
      null,
      2,
    );
    const result = validateCodexText(dup, 'codex.json');
    expect(result.codex).toBeUndefined();
    expect(result.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['schema-required']));
    const onlyDup = JSON.stringify(
      { ...parsed, concepts: [...parsed.concepts, parsed.concepts[0]] },
      null,
      2,
    );
    expect(validateCodexText(onlyDup, 'codex.json').problems.map((p) => p.code)).toEqual(['duplicate-id']);
  });
});
