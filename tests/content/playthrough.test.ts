import { describe, expect, it } from 'vitest';
import { createInitialState, type GameState } from '../../src/core/game-state';
import { stableHash } from '../../src/core/hash';
import { replay } from '../../src/core/replay';
import { nextFloat, seedRng } from '../../src/core/rng';
import { indexScenario, type ScenarioIndex } from '../../src/core/scenario-index';
import { advance, availableChoices, choose } from '../../src/core/turn';
import { bundledScenarios } from './bundled-scenarios';

/** Plays one session with random choices drawn from a second seeded generator. */
function playRandom(index: ScenarioIndex, seed: number): GameState {
  let state = createInitialState(index, seed);
  let rng = seedRng(seed ^ 0x5bd1e995);
  const bound = 4 * index.phases.reduce((sum, p) => sum + p.maxTurns, 0) + 10;
  for (let step = 0; step < bound * 3 && state.screen !== 'ended'; step++) {
    if (state.screen !== 'card') {
      state = advance(state, index);
      continue;
    }
    const options = availableChoices(index.cards.get(state.card!)!, state, index);
    const [r, next] = nextFloat(rng);
    rng = next;
    state = choose(state, options[Math.floor(r * options.length)]!.id, index);
  }
  return state;
}

describe.each(bundledScenarios())('$file', ({ scenario }) => {
  const index = indexScenario(scenario);

  it('plays to an ending with fixed seeds, keeping every meter in range, and replays exactly', () => {
    const maxTurns = index.phases.reduce((sum, p) => sum + p.maxTurns, 0);
    const endings = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      const state = playRandom(index, seed);
      expect(state.screen, `seed ${seed} did not end`).toBe('ended');
      expect(state.ending).not.toBeNull();
      endings.add(state.ending!);
      for (const def of scenario.meters) {
        for (const record of state.log) {
          const value = record.meters[def.id]!;
          expect(value).toBeGreaterThanOrEqual(def.min);
          expect(value).toBeLessThanOrEqual(def.max);
        }
      }
      const chained = state.log.length - maxTurns;
      expect(chained, 'more turns than the phases allow, beyond chains').toBeLessThanOrEqual(
        scenario.cards.length,
      );
      let replayed = replay(
        index,
        seed,
        state.log.map((r) => r.choice),
      ).state;
      while (replayed.screen !== 'ended') replayed = advance(replayed, index);
      expect(stableHash(replayed)).toBe(stableHash(state));
    }
    expect(endings.size).toBeGreaterThan(0);
  });

  it('gives the same session for the same seed and a different one for another seed', () => {
    expect(stableHash(playRandom(index, 42))).toBe(stableHash(playRandom(index, 42)));
    const differs = [43, 44, 45, 46].some(
      (s) => stableHash(playRandom(index, s)) !== stableHash(playRandom(index, 42)),
    );
    expect(differs).toBe(true);
  });

  it('starts from a valid initial state', () => {
    const state = createInitialState(index, 0);
    expect(state.screen).toBe('phase-intro');
    for (const def of scenario.meters) expect(state.meters[def.id]).toBe(def.initial);
  });
});
