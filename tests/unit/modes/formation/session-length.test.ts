import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../../../src/core/scenario-index';
import {
  cardBudget,
  fitIndex,
  fitScenario,
  lengthChoices,
  MINUTES_PER_CARD,
  SESSION_LENGTHS,
} from '../../../../src/engine/modes/formation/session-length';
import { defaultTurnLimit, playSession } from '../../../../src/scenario/play/simulate';
import type { Scenario } from '../../../../src/scenario/format';
import { loadScenario } from '../helpers';

const BUNDLED = readdirSync('scenarios')
  .filter((name) => name.endsWith('.json') && name !== 'codex.json')
  .map((name) => name.replace(/\.json$/, ''));
const RUNS = 40;

/** Plays RUNS random sessions of a scenario: decisions, key cards drawn, endings and phases met. */
function play(scenario: Scenario) {
  const index = indexScenario(scenario);
  const keys = new Set(scenario.cards.filter((card) => card.key).map((card) => card.id));
  return Array.from({ length: RUNS }, (_, seed) => {
    const out = playSession(index, seed, 'random', defaultTurnLimit(index));
    const ending = out.state.ending === null ? undefined : index.endings.get(out.state.ending);
    return {
      outcome: out.outcome,
      atEnd: ending?.at === 'end',
      turns: out.state.log.length,
      keys: out.state.log.filter((record) => keys.has(record.card)).map((record) => record.card),
      phases: new Set(out.state.log.map((record) => record.phase)),
    };
  });
}

describe('session length: the scenario cut to a length of play', () => {
  it('holds 3 minutes a card: 15, 23 and 30 cards, or the whole scenario', () => {
    expect(MINUTES_PER_CARD).toBe(3);
    expect(SESSION_LENGTHS.map(cardBudget)).toEqual([15, 23, 30, null]);
  });

  it('leaves the scenario as it is for its whole length, or when it already fits', () => {
    const scenario = loadScenario('premiers-pas');
    expect(fitScenario(scenario, 'full').scenario).toBe(scenario);
    expect(fitScenario(scenario, 45).scenario).toBe(scenario);
    const index = indexScenario(scenario);
    expect(fitIndex(index, 45)).toBe(index);
  });

  it('is pure: the input is not changed and the same length gives the same scenario', () => {
    const scenario = loadScenario('quartier-generateur');
    const before = JSON.stringify(scenario);
    const a = fitScenario(scenario, 45);
    expect(JSON.stringify(scenario)).toBe(before);
    expect(JSON.stringify(fitScenario(scenario, 45).scenario)).toBe(JSON.stringify(a.scenario));
    expect(lengthChoices(scenario).map((c) => c.turns)).toEqual([15, 23, 30, 32]);
  });

  describe.each(BUNDLED)('%s', (id) => {
    const scenario = loadScenario(id);
    const written = scenario.phases.reduce((sum, phase) => sum + phase.maxTurns, 0);
    const full = play(scenario);
    const keyShare = (runs: typeof full): number =>
      runs.reduce((sum, run) => sum + run.keys.length, 0) / runs.reduce((sum, run) => sum + run.turns, 0);
    const drawnKeys = (runs: typeof full): Set<string> => new Set(runs.flatMap((run) => run.keys));
    /** Key cards the whole scenario draws in at least a quarter of its games. */
    const usualKeys = [...drawnKeys(full)].filter(
      (card) => full.filter((run) => run.keys.includes(card)).length >= RUNS / 4,
    );

    it.each([45, 70, 90] as const)('%i minutes: every phase, the key cards, an ending', (length) => {
      const fitted = fitScenario(scenario, length);
      // The phases' turns hold the budget (one turn a phase at least).
      const budget = cardBudget(length) ?? written;
      expect(fitted.turns).toBeLessThanOrEqual(Math.max(Math.min(budget, written), scenario.phases.length));
      for (const phase of fitted.scenario.phases) {
        expect(phase.maxTurns).toBeGreaterThanOrEqual(1);
        expect(phase.minTurns ?? 1).toBeLessThanOrEqual(phase.maxTurns);
      }
      const runs = play(fitted.scenario);
      // The ending is still reached, every time; a game that ends at its end went through every phase.
      expect(runs.every((run) => run.outcome === 'ended')).toBe(true);
      for (const run of runs.filter((r) => r.atEnd)) expect(run.phases.size).toBe(scenario.phases.length);
      expect(runs.filter((r) => r.atEnd).length).toBeGreaterThan(0);
      // A chained card ("next") is played even past its phase's last turn: a game may run one or two
      // cards over, never more, and on average less than one card over its length.
      expect(Math.max(...runs.map((run) => run.turns))).toBeLessThanOrEqual(fitted.turns + 2);
      expect(runs.reduce((sum, run) => sum + run.turns, 0) / RUNS).toBeLessThan(fitted.turns + 1);
      // Key cards are kept: as large a part of the game as in the whole scenario, or more; every key card
      // the whole scenario draws in a quarter of its games or more is still drawn (a key card that waits
      // for a state a shorter game seldom reaches may be missed, as it is in many whole games).
      expect(keyShare(runs)).toBeGreaterThanOrEqual(keyShare(full) - 1e-9);
      // At 45 minutes (15 cards for up to 14 key cards and their chained cards) one may be missed.
      const missing = usualKeys.filter((card) => !drawnKeys(runs).has(card));
      expect(missing.length).toBeLessThanOrEqual(length === 45 ? 1 : 0);
      expect(drawnKeys(runs).size).toBeGreaterThanOrEqual(0.8 * drawnKeys(full).size);
    });
  });
});
