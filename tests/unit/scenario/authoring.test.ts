import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { renderGraph } from '../../../src/scenario/authoring/graph';
import { collectStrings } from '../../../src/scenario/authoring/strings-collect';
import { fromPo, toPo } from '../../../src/cli/strings-po';
import { fromCsv, toCsv } from '../../../src/scenario/authoring/strings-formats';
import { importTranslations } from '../../../src/scenario/authoring/strings-import';
import type { Scenario } from '../../../src/scenario/format';
import { validateScenarioText } from '../../../src/scenario/validation';

const path = join(import.meta.dirname, '../../../scenarios/premiers-pas.json');
const text = readFileSync(path, 'utf8');
const scenario = JSON.parse(text) as Scenario;

/** The scenario text with every English text removed (as a French-only draft would be). */
const withoutEnglish = text
  .replace(/, "en": "(?:[^"\\]|\\.)*"/g, '')
  .replace(/,\n\s*"en": "(?:[^"\\]|\\.)*"/g, '');

describe('strings', () => {
  it('gives stable ids from entity ids, in story order', () => {
    const ids = collectStrings(scenario, 'en').map((e) => e.id);
    expect(ids.slice(0, 2)).toEqual(['meta.title', 'meta.summary']);
    expect(ids).toContain('card.halle-vide.choice.ecouter.feedback');
    expect(ids).toContain('phase.diagnostic.intro');
    expect(ids).toContain('ending.halle-partagee.debrief.0');
    // Story order: the first phase's texts come before its card, which comes before the next phase.
    expect(ids.indexOf('phase.diagnostic.intro')).toBeLessThan(ids.indexOf('card.halle-vide.text'));
    expect(ids.indexOf('card.halle-vide.text')).toBeLessThan(ids.indexOf('phase.mobilisation.intro'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(['csv', 'po'] as const)(
    'round-trips through %s: an import restores the removed translations exactly',
    (format) => {
      const exported =
        format === 'csv'
          ? toCsv(collectStrings(scenario, 'en'), 'en')
          : toPo(collectStrings(scenario, 'en'), 'en');
      const rows = format === 'csv' ? fromCsv(exported) : fromPo(exported);
      expect(rows.length).toBe(collectStrings(scenario, 'en').length);
      const draft = validateScenarioText(withoutEnglish, 'd.json', { lang: 'en' });
      expect(draft.problems.filter((p) => p.code === 'translation-missing').length).toBe(rows.length);
      const draftScenario = JSON.parse(withoutEnglish) as Scenario;
      const result = importTranslations(withoutEnglish, draftScenario, rows, 'en');
      expect(result.stale).toEqual([]);
      expect(result.applied.length).toBe(rows.length);
      expect(JSON.parse(result.text)).toEqual(scenario);
      expect(
        validateScenarioText(result.text, 'r.json').problems.filter((p) => p.severity === 'error'),
      ).toEqual([]);
    },
  );

  it('keeps the layout of untouched lines and flags stale rows', () => {
    const rows = fromCsv(toCsv(collectStrings(scenario, 'en'), 'en'));
    const changed = text.replace('Maire du bourg', 'Maire de la commune');
    const edited = rows.map((r) => (r.id === 'actor.maire.role' ? { ...r, translation: 'Mayor' } : r));
    const result = importTranslations(changed, JSON.parse(changed) as Scenario, edited, 'en');
    expect(result.stale).toEqual(['actor.maire.role']);
    expect(result.applied).toEqual(['actor.maire.role']);
    const before = changed.split('\n');
    const after = result.text.split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((line, i) => line !== before[i])).toHaveLength(1);
  });
});

describe('graph', () => {
  it('shows phases, cards, chains and flag readers in Mermaid and DOT', () => {
    const chained = structuredClone(scenario);
    chained.cards[0]!.choices[1]!.next = 'commerces-inquiets';
    const mermaid = renderGraph(chained, 'mermaid');
    expect(mermaid).toMatch(/^flowchart TD/);
    expect(mermaid).toContain('card_halle_vide -->|investisseur| card_commerces_inquiets');
    expect(mermaid).toContain('card_halle_vide ==>|ecouter| flag_besoins_reperes');
    expect(mermaid).toContain('flag_besoins_reperes -.->|collectif| card_conseil_municipal');
    const dot = renderGraph(chained, 'dot');
    expect(dot).toContain('"card:halle-vide" -> "card:commerces-inquiets" [label="investisseur"];');
    expect(dot.trim().endsWith('}')).toBe(true);
  });
});

describe('CLI', () => {
  const run = runCli;

  it('validates: 0 on a good file, 1 with located errors, 2 on usage errors', () => {
    expect(run('validate', path, '--lang', 'en').code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, text.replace('"speaker": "maire"', '"speaker": "x"'));
    const result = run('validate', bad, '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /bad\.json:\d+:\d+ {2}\/cards\/0\/speaker {2}Card "halle-vide" refers to the actor "x"/,
    );
    expect(run('validate').code).toBe(2);
    expect(run('frobnicate').code).toBe(2);
    expect(run('simulate', path, '--runs', 'many').code).toBe(2);
  });

  it('has help for every verb in both languages', () => {
    for (const verb of ['validate', 'simulate', 'explore', 'graph', 'strings', 'new']) {
      expect(run(verb, '--help', '--lang', 'en').out).toMatch(/^Usage/);
      // For `strings`, --lang names the target language; its help follows LANG instead.
      if (verb !== 'strings') expect(run(verb, '--help', '--lang', 'fr').out).toMatch(/^Usage :/);
    }
  });

  it('simulates and explores with JSON output', () => {
    const sim = run('simulate', path, '--runs', '50', '--seed', '3', '--json');
    expect(sim.code).toBe(0);
    expect(JSON.parse(sim.out).runs).toBe(50);
    const exp = run('explore', path, '--json');
    expect(exp.code).toBe(0);
    expect(JSON.parse(exp.out).complete).toBe(true);
  });

  it('writes a starter scenario that validates, and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    expect(run('new', 'mon-essai', '--dir', dir).code).toBe(0);
    expect(run('validate', join(dir, 'mon-essai.json')).code).toBe(0);
    expect(run('explore', join(dir, 'mon-essai.json')).code).toBe(0);
    expect(run('new', 'mon-essai', '--dir', dir).code).toBe(1);
    expect(run('new', 'Mauvais Id').code).toBe(2);
  });
});
