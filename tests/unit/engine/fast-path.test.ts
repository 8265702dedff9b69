/**
 * The simulation's fast path (compiled rules, state advanced in place) must reach exactly the states
 * of the pure rules and of the XState machine behind GameSession, on every bundled scenario.
 */
import { describe, expect, it } from 'vitest';
import { createInitialState, type GameState } from '../../../src/core/game-state';
import { stableHash } from '../../../src/core/hash';
import { nextFloat, seedRng } from '../../../src/core/rng';
import { indexScenario, type ScenarioIndex } from '../../../src/core/scenario-index';
import { advance, advanceInPlace, availableChoices, choose, chooseInPlace } from '../../../src/core/turn';
import { GameSession } from '../../../src/engine/game-session';
import { syntheticScenario } from '../../../src/scenario/authoring/synthetic';
import { defaultTurnLimit, playSession } from '../../../src/scenario/play/simulate';
import { bundledScenarios } from '../../content/bundled-scenarios';

const SEEDS = 20;

/** Picks the choice to take on the current card from a second generator (same picks on both paths). */
function pick(state: GameState, index: ScenarioIndex, rng: number): [string, number] {
  const options = availableChoices(index.cards.get(state.card ?? '')!, state, index);
  const [r, next] = nextFloat(rng);
  return [options[Math.floor(r * options.length)]!.id, next];
}

/** A state's hash without its log (the log is compared once, on the last state: hashing it every step is quadratic). */
const stepHash = (state: GameState): string => stableHash({ ...state, log: state.log.length });

/** Plays a session with the pure rules, returning every intermediate state's hash and the last state. */
function playPure(index: ScenarioIndex, seed: number): { hashes: string[]; state: GameState } {
  let state = createInitialState(index, seed);
  let rng = seedRng(seed + 1000);
  const hashes: string[] = [];
  for (let step = 0; step < 2000 && state.screen !== 'ended'; step++) {
    if (state.screen === 'card') {
      const [choice, next] = pick(state, index, rng);
      rng = next;
      state = choose(state, choice, index);
    } else state = advance(state, index);
    hashes.push(stepHash(state));
  }
  return { hashes, state };
}

/** The same session on the in-place fast path. */
function playInPlace(index: ScenarioIndex, seed: number): { hashes: string[]; state: GameState } {
  const state = createInitialState(index, seed);
  let rng = seedRng(seed + 1000);
  const hashes: string[] = [];
  for (let step = 0; step < 2000 && state.screen !== 'ended'; step++) {
    if (state.screen === 'card') {
      const [choice, next] = pick(state, index, rng);
      rng = next;
      expect(chooseInPlace(state, choice, index)).toBe(true);
    } else advanceInPlace(state, index);
    hashes.push(stepHash(state));
  }
  return { hashes, state };
}

/** Replays a finished session's choices through GameSession (the compiled XState machine). */
function playMachine(index: ScenarioIndex, seed: number, choices: readonly string[]): GameState {
  const session = new GameSession(index, { seed, lang: 'fr', concepts: new Map() });
  let next = 0;
  for (let step = 0; step < 4000 && session.state.screen !== 'ended'; step++) {
    if (session.state.screen === 'card') session.send({ type: 'CHOOSE', choice: choices[next++] ?? '' });
    else session.send({ type: 'CONTINUE' });
  }
  const state = session.state;
  session.stop();
  return state;
}

const scenarios = [
  ...bundledScenarios().map(({ file, scenario }) => ({ file, scenario })),
  { file: 'synthetic-120', scenario: syntheticScenario({ cards: 120, seed: 3 }) },
];

describe.each(scenarios)('fast path on $file', ({ scenario }) => {
  const index = indexScenario(scenario);

  it(`reaches the pure rules' state after every step, for ${SEEDS} seeds`, () => {
    for (let seed = 0; seed < SEEDS; seed++) {
      const pure = playPure(index, seed);
      const fast = playInPlace(index, seed);
      expect(pure.state.screen).toBe('ended');
      expect(fast.hashes).toEqual(pure.hashes);
      expect(stableHash(fast.state)).toBe(stableHash(pure.state));
    }
  });

  it(`simulated sessions end in the state GameSession reaches with the same choices, for ${SEEDS} seeds`, () => {
    const turnLimit = defaultTurnLimit(index);
    const policies = ['random', 'cooperative', 'top-down'] as const;
    for (let seed = 0; seed < SEEDS; seed++) {
      const session = playSession(index, seed, policies[seed % policies.length]!, turnLimit);
      expect(session.outcome).toBe('ended');
      const choices = session.state.log.map((record) => record.choice);
      const machine = playMachine(index, seed, choices);
      expect(machine.log.length).toBe(choices.length);
      expect(stableHash(machine)).toBe(stableHash(session.state));
    }
  });
});
