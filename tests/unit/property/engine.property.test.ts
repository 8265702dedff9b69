import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInitialState, choicesOf, type GameState } from '../../../src/core/game-state';
import { stableHash } from '../../../src/core/hash';
import { replay } from '../../../src/core/replay';
import { indexScenario, type ScenarioIndex } from '../../../src/core/scenario-index';
import { advance, availableChoices, choose } from '../../../src/core/turn';
import { GameSession } from '../../../src/engine/game-session';
import type { Scenario } from '../../../src/scenario/format';
import { validateScenarioText } from '../../../src/scenario/validation';
import { scenarioArb } from './scenario-arbitrary';

const RUNS = 150;

/** The most turns a session may take: every phase to its maximum, plus every card once more as a chain. */
const turnBound = (scenario: Scenario): number =>
  scenario.phases.reduce((sum, phase) => sum + phase.maxTurns, 0) + scenario.cards.length;

/** Meters outside their [min, max] in a meters table. */
function outOfRange(scenario: Scenario, meters: Record<string, number>): string[] {
  return scenario.meters
    .filter((m) => {
      const value = meters[m.id];
      return value === undefined || value < m.min || value > m.max;
    })
    .map((m) => `${m.id}=${meters[m.id]} not in [${m.min}, ${m.max}]`);
}

/** Plays a session on the fast path, picking among the available choices with `picks` (cycled). */
function play(
  scenario: Scenario,
  index: ScenarioIndex,
  seed: number,
  picks: readonly number[],
): { state: GameState; steps: number; bad: string[] } {
  let state = createInitialState(index, seed);
  const bad = outOfRange(scenario, state.meters);
  const limit = 4 * (turnBound(scenario) + scenario.phases.length) + 10;
  let steps = 0;
  for (; steps < limit && state.screen !== 'ended'; steps++) {
    if (state.screen === 'card') {
      const card = index.cards.get(state.card ?? '');
      const open = card ? availableChoices(card, state, index) : [];
      const choice = open[(picks[state.turn % Math.max(1, picks.length)] ?? 0) % Math.max(1, open.length)];
      if (!choice) throw new Error(`no choice on card ${state.card}`);
      state = choose(state, choice.id, index);
    } else state = advance(state, index);
    bad.push(...outOfRange(scenario, state.meters));
  }
  for (const record of state.log) bad.push(...outOfRange(scenario, record.meters));
  return { state, steps, bad };
}

const sessionArb = fc.record({
  scenario: scenarioArb,
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  picks: fc.array(fc.nat(5), { minLength: 1, maxLength: 12 }),
});

describe('engine properties on random valid scenarios and random choices', () => {
  it('the generator only makes scenarios the validator accepts', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const result = validateScenarioText(JSON.stringify(scenario), 'genere.json');
        const errors = result.problems
          .filter((p) => p.severity === 'error')
          .map((p) => `${p.path} ${p.code}`);
        expect(errors).toEqual([]);
        expect(result.scenario).not.toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('meters stay in range, every session ends within its bounds, the log replays to the same state', () => {
    fc.assert(
      fc.property(sessionArb, ({ scenario, seed, picks }) => {
        const index = indexScenario(scenario);
        const { state, bad } = play(scenario, index, seed, picks);
        expect(bad).toEqual([]);
        expect(state.screen).toBe('ended');
        expect(state.ending).not.toBeNull();
        expect(state.turn).toBeLessThanOrEqual(turnBound(scenario));
        expect(state.log).toHaveLength(state.turn);
        const again = replay(index, seed, choicesOf(state));
        expect(again.error).toBeUndefined();
        // Replaying stops after the last choice: move on to the ending as the player did.
        let replayed = again.state;
        while (replayed.screen === 'phase-intro' || replayed.screen === 'consequence')
          replayed = advance(replayed, index);
        expect(stableHash(replayed)).toBe(stableHash(state));
      }),
      { numRuns: RUNS },
    );
  });

  it('the compiled XState machine (GameSession) agrees with the fast path, state by state', () => {
    fc.assert(
      fc.property(sessionArb, ({ scenario, seed, picks }) => {
        const index = indexScenario(scenario);
        const { state } = play(scenario, index, seed, picks);
        expect(state.screen).toBe('ended');
        const choices = choicesOf(state);
        const session = new GameSession(index, { seed, lang: 'fr', concepts: new Map() });
        let taken = 0;
        for (let step = 0; step < 500 && session.viewModel.screen !== 'ended'; step++) {
          if (session.state.screen === 'card')
            session.send({ type: 'CHOOSE', choice: choices[taken++] ?? '' });
          else session.send({ type: 'CONTINUE' });
          const fast = replay(index, seed, choices.slice(0, taken)).state;
          if (session.state.screen === 'consequence' || session.state.screen === 'card')
            expect(session.state.turn).toBe(fast.turn);
        }
        expect(taken).toBe(choices.length);
        expect(stableHash(session.state)).toBe(stableHash(state));
        session.stop();
      }),
      { numRuns: 60 },
    );
  });
});
