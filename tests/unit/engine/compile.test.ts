import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { stableHash } from '../../../src/core/hash';
import { replay } from '../../../src/core/replay';
import { indexScenario, type ScenarioIndex } from '../../../src/core/scenario-index';
import type { GameState } from '../../../src/core/game-state';
import { advance } from '../../../src/core/turn';
import { nextFloat, seedRng } from '../../../src/core/rng';
import { CompileError, compileScenario, type MachineContext } from '../../../src/scenario/compile';
import type { Effect } from '../../../src/scenario/format';
import { card, tinyScenario } from '../../fixtures/tiny-scenario';

describe('compiler', () => {
  it('makes one state per card and one guarded transition per choice, from the closed vocabulary', () => {
    const machine = compileScenario(indexScenario(tinyScenario()));
    const cardNode = machine.root.states.card!;
    expect(Object.keys(cardNode.states)).toEqual(['c1', 'c2', 'c3']);
    const transitions = cardNode.states.c1!.on.CHOOSE!;
    expect(transitions).toHaveLength(2);
    const actions = transitions[0]!.actions.map((a) => (a as { type: string }).type);
    expect(actions).toEqual(['beginTurn', 'changeMeter', 'endTurn']);
  });

  it('refuses an effect outside the vocabulary instead of letting XState skip it', () => {
    const bad = card('c1', {
      choices: [
        { ...card('c1').choices[0]!, effects: [{ type: 'teleport', meter: 'x' } as unknown as Effect] },
        card('c1').choices[1]!,
      ],
    });
    expect(() =>
      compileScenario(indexScenario(tinyScenario({ cards: [bad, card('c2'), card('c3')] }))),
    ).toThrow(CompileError);
  });

  it('reaches exactly the state of the pure rules, for many seeds and random choices', () => {
    const index = indexScenario(tinyScenario());
    const machine = compileScenario(index);
    for (let seed = 0; seed < 40; seed++) {
      const actor = createActor(machine, { input: { seed } }).start();
      let rng = seedRng(seed * 31 + 7);
      const game = (): MachineContext['game'] => (actor.getSnapshot().context as MachineContext).game;
      while (game().screen !== 'ended') {
        const state = game();
        if (state.screen === 'card') {
          const choices = index.cards.get(state.card!)!.choices;
          const [r, next] = nextFloat(rng);
          rng = next;
          actor.send({ type: 'CHOOSE', choice: choices[Math.floor(r * choices.length)]!.id });
        } else actor.send({ type: 'CONTINUE' });
      }
      const choices = game().log.map((record) => record.choice);
      // The replay stops on the last consequence; settling it reaches the ending the machine reached.
      const settled = settle(index, replay(index, seed, choices).state);
      expect(stableHash(settled)).toBe(stableHash(game()));
      actor.stop();
    }
  });
});

function settle(index: ScenarioIndex, state: GameState): GameState {
  let s = state;
  while (s.screen === 'consequence' || s.screen === 'phase-intro') s = advance(s, index);
  return s;
}
