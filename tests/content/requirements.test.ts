/**
 * The content requirements of the issue, checked on the bundled files: the codex (≥ 25 concepts, each
 * naming a source), every card's feedback linked to a known concept, and the shape of each full
 * scenario (cards, phases in method order, endings, actors, initiatives, debriefs, discussion prompts,
 * its own map) and of the event scenario (short).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Codex, Scenario } from '../../src/scenario/format';
import { bundledScenarios } from './bundled-scenarios';

const codex = JSON.parse(readFileSync('scenarios/codex.json', 'utf8')) as Codex;
const conceptIds = new Set(codex.concepts.map((c) => c.id));
const METHOD = ['diagnostic', 'mobilisation', 'coconstruction', 'experimentation', 'evaluation'];
const FAMILIES = ['elus', 'habitants', 'entreprises', 'associations'];
const MINUTES_PER_TURN = 1.2;

const all = bundledScenarios();
const full = all.filter(({ scenario }) => scenario.phases.length >= 5);
/** Event scenarios are named evenement-*.json (premiers-pas, the tutorial, is also shown at events). */
const event = all.filter(({ file }) => /(^|\/)evenement-[^/]*\.json$/.test(file));

describe('codex', () => {
  it('has at least 25 concepts, each naming a source', () => {
    expect(codex.concepts.length).toBeGreaterThanOrEqual(25);
    for (const concept of codex.concepts) expect(concept.source?.trim(), concept.id).toBeTruthy();
  });
});

describe.each(all)('$file (every scenario)', ({ scenario }) => {
  it('links every choice’s feedback to at least one concept of the codex (shared or its own)', () => {
    // Format 2: a scenario may define its own concepts beside the shared codex (scenario.concepts).
    const known = new Set([...conceptIds, ...(scenario.concepts ?? []).map((c) => c.id)]);
    for (const card of scenario.cards) {
      for (const choice of card.choices) {
        const where = `${card.id}/${choice.id}`;
        expect(choice.concepts.length, where).toBeGreaterThan(0);
        for (const id of choice.concepts) expect(known.has(id), `${where}: ${id}`).toBe(true);
      }
    }
  });
});

const checkFull = (scenario: Scenario): void => {
  expect(scenario.cards.length).toBeGreaterThanOrEqual(40);
  expect(scenario.phases.map((p) => p.step)).toEqual(METHOD);
  expect(scenario.endings.length).toBeGreaterThanOrEqual(5);
  expect(scenario.endings.filter((e) => e.kind === 'failure').length).toBeGreaterThanOrEqual(2);
  expect(scenario.actors.length).toBeGreaterThanOrEqual(8);
  expect(new Set(scenario.actors.map((a) => a.family))).toEqual(new Set(FAMILIES));
  expect(scenario.initiatives?.length ?? 0).toBeGreaterThanOrEqual(3);
  for (const phase of scenario.phases) {
    expect(phase.debrief?.length ?? 0, `debrief of ${phase.id}`).toBeGreaterThan(0);
    const prompted = scenario.cards.filter(
      (c) => c.key === true && phase.cards.includes(c.id) && c.choices.some((ch) => ch.discussion),
    );
    expect(prompted.length, `key card with a discussion prompt in ${phase.id}`).toBeGreaterThan(0);
  }
  const turns = scenario.phases.reduce((sum, p) => sum + p.maxTurns, 0);
  expect(turns * MINUTES_PER_TURN).toBeGreaterThanOrEqual(25);
  expect(scenario.meta.durationMinutes).toBeGreaterThanOrEqual(30);
  expect(scenario.meta.durationMinutes).toBeLessThanOrEqual(60);
};

describe('full scenarios', () => {
  it('exist (at least three) and each has its own map template', () => {
    expect(full.length).toBeGreaterThanOrEqual(3);
    const templates = full.map(({ scenario }) => scenario.map.template);
    expect(new Set(templates).size).toBe(full.length);
  });
  it.each(full)('$file meets the full-scenario requirements', ({ scenario }) => checkFull(scenario));
});

describe('event scenario', () => {
  it('exists', () => expect(event.length).toBeGreaterThan(0));
  it.each(event)('$file is short: ≤ 12 cards, ≤ 3 endings, 8–12 minutes', ({ scenario }) => {
    expect(scenario.cards.length).toBeLessThanOrEqual(12);
    expect(scenario.endings.length).toBeLessThanOrEqual(3);
    expect(scenario.meta.durationMinutes).toBeGreaterThanOrEqual(8);
    expect(scenario.meta.durationMinutes).toBeLessThanOrEqual(12);
  });
});
