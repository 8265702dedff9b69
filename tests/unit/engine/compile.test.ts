import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { stableHash } from '../../../src/core/hash';
import { replay } from '../../../src/core/replay';
import { indexScenario, type ScenarioIndex } from '../../../src/core/scenario-index';
import type { GameState } from '../../../src/core/game-state';
import type { SessionSignal } from '../../../src/core/signals';
import { advance } from '../../../src/core/turn';
import { nextFloat, seedRng } from '../../../src/core/rng';
import { compileScenario } from '../../../src/scenario/compile';
import type { Effect } from '../../../src/scenario/format';
import { card, tinyScenario } from '../../fixtures/tiny-scenario';

describe('compiler', () => {
  it('makes one state per card and one guarded transition per choice, whose actions call the reducer', () => {
    const machine = compileScenario(indexScenario(tinyScenario()));
    const cardNode = machine.root.states.card!;
    expect(Object.keys(cardNode.states)).toEqual(['c1', 'c2', 'c3']);
    const transitions = cardNode.states.c1!.on.CHOOSE!;
    expect(transitions).toHaveLength(2);
    const actions = transitions[0]!.actions.map((a) => (a as { type: string }).type);
    expect(actions).toEqual(['choose', 'signalTurn']);
  });

  it('refuses an effect outside the vocabulary when the scenario is indexed, instead of skipping it', () => {
    const bad = card('c1', {
      choices: [
        { ...card('c1').choices[0]!, effects: [{ type: 'teleport', meter: 'x' } as unknown as Effect] },
        card('c1').choices[1]!,
      ],
    });
    expect(() => indexScenario(tinyScenario({ cards: [bad, card('c2'), card('c3')] }))).toThrow(
      /Unknown effect: \{"type":"teleport"/,
    );
  });

  it('reaches exactly the state of the pure rules, for many seeds and random choices', () => {
    const index = indexScenario(tinyScenario());
    const machine = compileScenario(index);
    for (let seed = 0; seed < 40; seed++) {
      const actor = createActor(machine, { input: { seed } }).start();
      const signals: SessionSignal[] = [];
      actor.on('*', (signal) => signals.push(signal));
      let rng = seedRng(seed * 31 + 7);
      const game = (): GameState => actor.getSnapshot().context.game;
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
      // One sound per turn at least, emitted by the machine, then the ending's cue and announcement.
      expect(signals.filter((s) => s.type === 'sound').length).toBeGreaterThan(choices.length);
      expect(signals.at(-1)).toEqual({ type: 'announce', what: 'ending', ending: game().ending });
      actor.stop();
    }
  });
});

function settle(index: ScenarioIndex, state: GameState): GameState {
  let s = state;
  while (s.screen === 'consequence' || s.screen === 'phase-intro') s = advance(s, index);
  return s;
}
