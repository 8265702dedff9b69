import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../../src/core/scenario-index';
import { starterScenario } from '../../../src/scenario/authoring/starter';
import { syntheticScenario } from '../../../src/scenario/authoring/synthetic';
import type { Scenario } from '../../../src/scenario/format';
import { explore } from '../../../src/scenario/play/explore';
import { estimatedMinutes } from '../../../src/scenario/play/reading-time';
import { playSession, simulate } from '../../../src/scenario/play/simulate';
import { formatProblem, validateScenarioText } from '../../../src/scenario/validation';

const premiersPas = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../scenarios/premiers-pas.json'), 'utf8'),
) as Scenario;
const index = indexScenario(premiersPas);

describe('simulate', () => {
  it('is reproducible and accounts for every session', () => {
    const a = simulate(index, { runs: 500, seed: 7, policy: 'random' });
    const b = simulate(index, { runs: 500, seed: 7, policy: 'random' });
    expect(a).toEqual(b);
    expect(Object.values(a.endings).reduce((s, n) => s + n, 0)).toBe(500);
    expect(a.cardsDrawn['halle-vide']).toBe(500);
    expect(a.neverDrawn).toEqual([]);
    expect(a.turns).toEqual({ min: 3, mean: 3, max: 3 });
    expect(a.choicesPicked['halle-vide/ecouter']! + a.choicesPicked['halle-vide/investisseur']!).toBe(500);
    // The gated choice is only ever picked after the flag was set.
    expect(a.choicesPicked['conseil-municipal/collectif']).toBeLessThanOrEqual(
      a.choicesPicked['halle-vide/ecouter']!,
    );
    expect(a.meters.cooperation!.max).toBe(55);
  });

  it('follows a posture policy', () => {
    const report = simulate(index, { runs: 200, seed: 1, policy: 'participatory' });
    expect(report.choicesPicked['halle-vide/ecouter']).toBe(200);
    expect(report.choicesPicked['conseil-municipal/collectif']).toBe(200);
    // Cooperation reaches 40 exactly when the traders were brought round the table too.
    expect(report.endings['halle-partagee']).toBe(report.choicesPicked['commerces-inquiets/table-ronde']);
    const topDown = simulate(index, { runs: 200, seed: 1, policy: 'top-down' });
    expect(topDown.endings['halle-sans-ame']).toBe(200);
  });

  it('estimates minutes from words read and decisions', () => {
    expect(estimatedMinutes(180, 4)).toBeCloseTo(2);
    const session = playSession(index, 3, 'random', 100);
    expect(session.decisions).toBe(3);
    expect(session.words).toBeGreaterThan(100);
  });
});

describe('explore', () => {
  it('covers every card, choice and ending of premiers-pas exhaustively', () => {
    const report = explore(index);
    expect(report.complete).toBe(true);
    expect(report.unreachableCards).toEqual([]);
    expect(report.unreachableEndings).toEqual([]);
    expect(report.choicesTaken).toBe(6);
    expect(report.deadEnds.count).toBe(0);
    expect(report.neverEnding.count).toBe(0);
  });

  it('finds a card whose condition never holds and an ending that cannot be reached', () => {
    const scenario = structuredClone(premiersPas);
    scenario.phases[1]!.cards.push('conseil-municipal');
    scenario.cards[1]!.when = { meter: 'elus', atLeast: 1000 };
    scenario.endings[0]!.when = { meter: 'cooperation', atLeast: 99 };
    const report = explore(indexScenario(scenario));
    expect(report.unreachableCards).toEqual(['commerces-inquiets']);
    expect(report.unreachableEndings).toEqual(['halle-partagee']);
  });

  it('finds sessions that never end (a repeatable chain)', () => {
    const scenario = structuredClone(premiersPas);
    scenario.cards[0]!.choices[0]!.next = 'halle-vide';
    const report = explore(indexScenario(scenario));
    expect(report.neverEnding.count).toBeGreaterThan(0);
    expect(report.neverEnding.examples[0]?.slice(0, 2)).toEqual(['halle-vide/ecouter', 'halle-vide/ecouter']);
  });

  it('stops at its state bound and says so', () => {
    const report = explore(index, { maxStates: 5 });
    expect(report.complete).toBe(false);
    expect(report.states).toBe(5);
  });
});

describe('starter and synthetic scenarios', () => {
  it('the starter scenario validates without any problem and plays to an ending', () => {
    const text = JSON.stringify(starterScenario('mon-territoire'), null, 2);
    const result = validateScenarioText(text, 'mon-territoire.json', { knownConcepts: [] });
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
    const report = explore(indexScenario(result.scenario!));
    expect(report.complete && report.unreachableCards.length === 0 && report.deadEnds.count === 0).toBe(true);
    expect(report.unreachableEndings).toEqual([]);
  });

  it('the 300-card synthetic scenario is valid and plays', () => {
    const scenario = syntheticScenario({ cards: 300, seed: 1 });
    expect(scenario.cards).toHaveLength(300);
    const result = validateScenarioText(JSON.stringify(scenario), 's.json', { knownConcepts: [] });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    const report = simulate(indexScenario(scenario), { runs: 100, seed: 1, policy: 'random' });
    expect(report.deadEnds + report.neverEnded).toBe(0);
    expect(report.turns.max).toBeLessThanOrEqual(40);
  });
});
