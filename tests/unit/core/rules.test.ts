import { describe, expect, it } from 'vitest';
import { holds } from './holds-oracle';
import { evaluate } from '../../../src/core/endings';
import { createInitialState, type GameState } from '../../../src/core/game-state';
import { indexScenario } from '../../../src/core/scenario-index';
import { advance, availableChoices, choose } from '../../../src/core/turn';
import { card, tinyScenario } from '../../fixtures/tiny-scenario';

const toCard = (state: GameState, index: ReturnType<typeof indexScenario>): GameState => {
  let s = state;
  while (s.screen === 'phase-intro' || s.screen === 'consequence') s = advance(s, index);
  return s;
};

describe('conditions', () => {
  const index = indexScenario(tinyScenario());
  const state = { ...createInitialState(index, 1), flags: { f: true }, links: { 'hab|maire': 2 } };
  it('compares meters, flags, links and combines them', () => {
    expect(holds({ meter: 'cooperation', atLeast: 50, atMost: 50 }, state, index)).toBe(true);
    expect(holds({ meter: 'cooperation', atLeast: 51 }, state, index)).toBe(false);
    expect(holds({ flag: 'f' }, state, index)).toBe(true);
    expect(holds({ flag: 'g', is: false }, state, index)).toBe(true);
    expect(holds({ link: ['maire', 'hab'], atLeast: 2 }, state, index)).toBe(true);
    expect(holds({ linkCount: { atLeast: 2 } }, state, index)).toBe(false);
    expect(holds({ all: [{ flag: 'f' }, { not: { flag: 'g' } }] }, state, index)).toBe(true);
    expect(holds({ any: [{ flag: 'g' }, { phase: 'p2' }] }, state, index)).toBe(false);
    expect(holds({ phase: 'p1' }, state, index)).toBe(true);
    expect(holds({ turn: { atMost: 0 } }, state, index)).toBe(true);
  });
});

describe('a turn', () => {
  it('applies effects with their cause, clamps meters and logs the turn', () => {
    const scenario = tinyScenario({
      cards: [
        card('c1', {
          choices: [
            {
              id: 'a',
              text: { fr: 'a' },
              effects: [
                { type: 'meter', meter: 'cooperation', delta: 80 },
                { type: 'link', from: 'maire', to: 'hab', delta: 5 },
                { type: 'flag', flag: 'x' },
                { type: 'cost', meter: 'temps', amount: 2 },
              ],
              feedback: { fr: 'f' },
              concepts: ['c'],
              postures: [],
            },
            card('c1').choices[1]!,
          ],
        }),
        card('c2'),
        card('c3'),
      ],
    });
    const index = indexScenario(scenario);
    let state = toCard(createInitialState(index, 3), index);
    if (state.card !== 'c1') state = { ...state, card: 'c1' };
    const before = state;
    state = choose(state, 'a', index);
    expect(before.meters.cooperation).toBe(50);
    expect(state.meters.cooperation).toBe(100);
    expect(state.meters.temps).toBe(1);
    expect(state.links['hab|maire']).toBe(3);
    expect(state.flags.x).toBe(true);
    expect(state.screen).toBe('consequence');
    const record = state.log[0]!;
    expect(record.card).toBe('c1');
    expect(record.changes.map((c) => c.kind)).toEqual(['meter', 'link', 'flag', 'meter']);
    for (const change of record.changes) expect(change.cause).toEqual({ card: 'c1', choice: 'a' });
  });

  it('hides choices whose cost cannot be paid and refuses them', () => {
    const costly = card('c1', {
      choices: [
        { ...card('c1').choices[0]!, effects: [{ type: 'cost', meter: 'temps', amount: 4 }] },
        card('c1').choices[1]!,
      ],
    });
    const index = indexScenario(tinyScenario({ cards: [costly, card('c2'), card('c3')] }));
    const state = { ...toCard(createInitialState(index, 1), index), card: 'c1' };
    expect(availableChoices(costly, state, index).map((c) => c.id)).toEqual(['b']);
    expect(choose(state, 'a', index)).toBe(state);
  });

  it('plays a chained card next, then returns to the phase deck', () => {
    const chained = card('c1', {
      choices: [{ ...card('c1').choices[0]!, next: 'follow' }, card('c1').choices[1]!],
    });
    const scenario = tinyScenario({
      cards: [chained, card('c2'), card('c3'), card('follow')],
      phases: [
        { id: 'p1', step: 'diagnostic', title: { fr: 'p' }, intro: { fr: 'i' }, cards: ['c1'], maxTurns: 1 },
        {
          id: 'p2',
          step: 'mobilisation',
          title: { fr: 'p' },
          intro: { fr: 'i' },
          cards: ['c2', 'c3'],
          maxTurns: 2,
        },
      ],
    });
    const index = indexScenario(scenario);
    let state = toCard(createInitialState(index, 1), index);
    expect(state.card).toBe('c1');
    state = toCard(choose(state, 'a', index), index);
    expect(state.card).toBe('follow');
    state = advance(choose(state, 'a', index), index);
    expect(state.screen).toBe('phase-intro');
    expect(state.phaseIndex).toBe(1);
  });

  it('draws the highest priority eligible card first, and never a played one twice', () => {
    const index = indexScenario(
      tinyScenario({ cards: [card('c1'), card('c2', { priority: 5 }), card('c3')] }),
    );
    for (let seed = 0; seed < 20; seed++) {
      let state = toCard(createInitialState(index, seed), index);
      expect(state.card).toBe('c2');
      state = toCard(choose(state, 'a', index), index);
      expect(state.card).toBe('c1');
    }
  });

  it('ends at once on an anytime ending, else on the best final ending', () => {
    const index = indexScenario(tinyScenario());
    let state = toCard(createInitialState(index, 2), index);
    state = advance(choose(state, 'b', index), index);
    state = toCard(state, index);
    state = advance(choose(state, 'b', index), index);
    expect(state.screen).toBe('ended');
    expect(state.ending).toBe('quit');

    let good = toCard(createInitialState(index, 2), index);
    while (good.screen !== 'ended') {
      good = choose(good, 'a', index);
      good = toCard(good, index);
    }
    expect(good.ending).toBe('good');
    expect(good.turn).toBe(3);
    expect(evaluate(good, index).cooperation).toBe(80);
  });
});

describe('initiatives', () => {
  it('grow through states by progress, only when their requirement holds, and fail by rule', () => {
    const grow = card('c1', {
      repeatable: true,
      choices: [
        { ...card('c1').choices[0]!, effects: [{ type: 'initiative', initiative: 'epicerie', progress: 2 }] },
        { ...card('c1').choices[1]!, effects: [{ type: 'meter', meter: 'habitants', delta: -40 }] },
      ],
    });
    const scenario = tinyScenario({
      cards: [grow, card('c2'), card('c3')],
      phases: [
        { id: 'p1', step: 'diagnostic', title: { fr: 'p' }, intro: { fr: 'i' }, cards: ['c1'], maxTurns: 6 },
      ],
      initiatives: [
        {
          id: 'epicerie',
          name: { fr: 'Épicerie' },
          description: { fr: 'd' },
          thresholds: { emerging: 1, running: 4, consolidated: 6 },
          requires: { meter: 'elus', atLeast: 40 },
          failWhen: { meter: 'habitants', atMost: 10 },
        },
      ],
    });
    const index = indexScenario(scenario);
    let state = toCard(createInitialState(index, 1), index);
    state = toCard(choose(state, 'a', index), index);
    expect(state.initiatives.epicerie).toEqual({ progress: 2, state: 'emerging' });
    state = toCard(choose(state, 'a', index), index);
    expect(state.initiatives.epicerie).toEqual({ progress: 4, state: 'running' });
    state = toCard(choose({ ...state, meters: { ...state.meters, elus: 10 } }, 'a', index), index);
    expect(state.initiatives.epicerie?.progress).toBe(4);
    expect(state.log.at(-1)?.changes[0]?.cause).toEqual({ rule: 'initiative-requirement' });
    state = toCard(choose(state, 'b', index), index);
    expect(state.initiatives.epicerie?.state).toBe('failed');
    expect(state.log.at(-1)?.changes.at(-1)?.cause).toEqual({ rule: 'initiative-failed' });
  });
});
