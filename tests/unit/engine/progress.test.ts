import { describe, expect, it } from 'vitest';
import { createInitialState, type GameState } from '../../../src/core/game-state';
import { nextFloat } from '../../../src/core/rng';
import { advance, availableChoices, choose } from '../../../src/core/turn';
import { buildViewModel } from '../../../src/engine/build-view';
import { bundledScenarios } from '../../content/bundled-scenarios';
import { loadIndex } from '../modes/helpers';

const concepts = new Map();
const SEEDS = [1, 2, 3, 4, 5, 6];

describe('turn counter', () => {
  let pastLimits = 0;
  for (const { scenario } of bundledScenarios()) {
    it(`${scenario.meta.id}: never shows more turns than expected, on random playthroughs`, () => {
      const index = loadIndex(scenario.meta.id);
      const ctx = { index, lang: 'fr' as const, concepts };
      const limits = index.phases.reduce((sum, phase) => sum + phase.maxTurns, 0);
      for (const seed of SEEDS) {
        let state: GameState = createInitialState(index, seed);
        let rng = seed;
        for (let step = 0; step < 400; step++) {
          const { progress } = buildViewModel(state, ctx);
          expect(progress.turn).toBe(state.turn);
          expect(progress.turn, `seed ${seed}, ${state.screen} ${state.card}`).toBeLessThanOrEqual(
            progress.expectedTurns,
          );
          // The decision on show counts too: "turn 36 of 35" never appears on a card.
          if (state.screen === 'card') expect(progress.turn + 1).toBeLessThanOrEqual(progress.expectedTurns);
          if (state.screen === 'ended') {
            expect(progress.expectedTurns).toBe(state.turn);
            break;
          }
          if (state.turn + (state.screen === 'card' ? 1 : 0) > limits) pastLimits++;
          if (state.screen === 'card') {
            const card = index.cards.get(state.card ?? '')!;
            const offered = availableChoices(card, state, index);
            const [r, next] = nextFloat(rng);
            rng = next;
            state = choose(state, offered[Math.floor(r * offered.length)]!.id, index);
          } else state = advance(state, index);
        }
        expect(state.screen).toBe('ended');
      }
    });
  }

  it("was checked on sessions that chained cards carried past the phases' turn limits", () => {
    // What the old counter (the sum of the limits) got wrong: "Tour 36/35".
    expect(pastLimits).toBeGreaterThan(0);
  });
});
