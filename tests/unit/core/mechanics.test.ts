/**
 * The mechanics of format 2 in the reducer: outcomes by situation, stated risks drawn from the seeded
 * generator, delayed consequences with their origin, the rise cap, drift, involvement and `leftOut`,
 * ceilings, `gap` and `dominant`, and the `balance` evaluation term.
 */
import { describe, expect, it } from 'vitest';
import { compileCondition } from '../../../src/core/compile-condition';
import { evaluate } from '../../../src/core/endings';
import { createInitialState, type GameState } from '../../../src/core/game-state';
import { stableHash } from '../../../src/core/hash';
import { nextFloat } from '../../../src/core/rng';
import { indexScenario, type ScenarioIndex } from '../../../src/core/scenario-index';
import { advance, choose, chooseInPlace } from '../../../src/core/turn';
import type { Card, Choice, Scenario } from '../../../src/scenario/format';
import { card, tinyScenario } from '../../fixtures/tiny-scenario';

const t = (fr: string): { fr: string; en: string } => ({ fr, en: `${fr} (en)` });

/** A scenario whose three cards are all `first` (its choice `a` changed by `choice`), long enough. */
function withChoice(choice: Partial<Choice>, overrides: Partial<Scenario> = {}): ScenarioIndex {
  const base = card('c1');
  const first: Card = {
    ...base,
    repeatable: true,
    choices: [{ ...base.choices[0]!, ...choice }, base.choices[1]!],
  };
  return indexScenario(
    tinyScenario({
      cards: [first, card('c2'), card('c3')],
      phases: [{ id: 'p1', step: 'diagnostic', title: t('P1'), intro: t('i1'), cards: ['c1'], maxTurns: 8 }],
      endings: [{ id: 'meh', kind: 'partial', at: 'end', title: t('M'), text: t('m') }],
      ...overrides,
    }),
  );
}

/** The state on the first card, then after taking `a` there `times` times (moving on between). */
function takeA(index: ScenarioIndex, times: number, seed = 1, start?: GameState): GameState {
  let state = start ?? advance(createInitialState(index, seed), index);
  for (let i = 0; i < times; i++) {
    state = choose(state, 'a', index);
    if (i < times - 1) state = advance(state, index);
  }
  return state;
}

const last = (state: GameState) => state.log[state.log.length - 1]!;

describe('outcomes', () => {
  const index = withChoice({
    effects: [{ type: 'meter', meter: 'elus', delta: 1 }],
    outcomes: [
      {
        when: { meter: 'habitants', atMost: 40 },
        effects: [{ type: 'meter', meter: 'habitants', delta: -4 }],
        feedback: t('backfires'),
      },
      { effects: [{ type: 'meter', meter: 'habitants', delta: 3 }], feedback: t('works') },
    ],
  });

  it('applies the first outcome whose condition held before the choice, after the choice’s effects', () => {
    const state = takeA(index, 1);
    expect(last(state).outcome).toBe(1);
    expect(last(state).changes.map((c) => [c.kind === 'meter' && c.meter, c.cause])).toEqual([
      ['elus', { card: 'c1', choice: 'a' }],
      ['habitants', { card: 'c1', choice: 'a', via: 'outcome' }],
    ]);
    const low = advance(
      { ...createInitialState(index, 1), meters: { ...createInitialState(index, 1).meters, habitants: 40 } },
      index,
    );
    const after = choose(low, 'a', index);
    expect(last(after).outcome).toBe(0);
    expect(after.meters.habitants).toBe(36);
  });
});

describe('stated risks', () => {
  const index = withChoice({
    risks: [
      { when: { meter: 'habitants', atMost: 30 }, chance: 0.9, label: t('low'), effects: [] },
      {
        chance: 0.5,
        label: t('backlash'),
        effects: [{ type: 'meter', meter: 'cooperation', delta: -5 }],
        feedback: t('it happened'),
      },
    ],
  });

  it('draws once from the seeded generator, records the risk, and happens as often as stated', () => {
    let happened = 0;
    for (let seed = 0; seed < 400; seed++) {
      const before = advance(createInitialState(index, seed), index);
      const after = choose(before, 'a', index);
      const [r, rng] = nextFloat(before.rng);
      expect(after.rng).toBe(rng);
      expect(last(after).risk).toEqual({ index: 1, chance: 0.5, happened: r < 0.5 });
      if (r < 0.5) {
        happened++;
        expect(after.meters.cooperation).toBe(55);
        expect(last(after).changes.at(-1)?.cause).toEqual({ card: 'c1', choice: 'a', via: 'risk' });
      } else expect(after.meters.cooperation).toBe(60);
    }
    expect(happened).toBeGreaterThan(160);
    expect(happened).toBeLessThan(240);
  });

  it('draws nothing for a choice without an applicable risk, and can be decided by a tool', () => {
    const before = advance(createInitialState(index, 3), index);
    const other = choose(before, 'b', index);
    expect(other.rng).toBe(before.rng);
    expect(last(other).risk).toBeUndefined();
    const forced = choose(before, 'a', index, { risk: true });
    expect(forced.rng).toBe(before.rng);
    expect(last(forced).risk?.happened).toBe(true);
  });
});

describe('delayed consequences', () => {
  const index = withChoice({
    effects: [
      {
        type: 'delayed',
        afterTurns: 2,
        text: t('they come back'),
        effects: [{ type: 'meter', meter: 'habitants', delta: 5 }],
      },
      {
        type: 'delayed',
        when: { meter: 'cooperation', atLeast: 99 },
        within: 2,
        text: t('never'),
        effects: [{ type: 'flag', flag: 'never' }],
      },
    ],
  });

  it('queues them with their origin, lands one after its turns with its cause, lapses the other', () => {
    const first = takeA(index, 1);
    expect(first.pending).toEqual([
      { turn: 1, card: 'c1', choice: 'a', path: 'effects/0' },
      { turn: 1, card: 'c1', choice: 'a', path: 'effects/1' },
    ]);
    let state = advance(first, index);
    state = choose(state, 'b', index);
    expect(last(state).delayed).toBeUndefined();
    state = choose(advance(state, index), 'b', index);
    expect(last(state).delayed).toEqual([
      { turn: 1, card: 'c1', choice: 'a', path: 'effects/0', landed: true },
      { turn: 1, card: 'c1', choice: 'a', path: 'effects/1', landed: false },
    ]);
    const landed = last(state).changes.find((c) => c.kind === 'meter' && c.meter === 'habitants');
    expect(landed?.cause).toEqual({ card: 'c1', choice: 'a', via: 'delayed', turn: 1 });
    expect(state.meters.habitants).toBe(55);
    expect(state.pending).toEqual([]);
  });

  it('never lands on the turn it was chosen, and the pure and in-place reducers agree', () => {
    const fast = advance(createInitialState(index, 9), index);
    let pure = fast;
    for (let i = 0; i < 6; i++) {
      pure = advance(choose(pure, i % 2 ? 'a' : 'b', index), index);
      chooseInPlace(fast, i % 2 ? 'a' : 'b', index);
      Object.assign(fast, advance(fast, index));
      expect(stableHash(fast)).toBe(stableHash(pure));
    }
  });
});

describe('trust that takes time and wears off', () => {
  it('caps the rises of a meter within a turn and logs what was lost', () => {
    const index = withChoice(
      {
        effects: [
          { type: 'meter', meter: 'habitants', delta: 3 },
          { type: 'meter', meter: 'habitants', delta: 3 },
          { type: 'meter', meter: 'habitants', delta: -2 },
        ],
      },
      {
        meters: [
          { id: 'elus', min: 0, max: 100, initial: 50 },
          { id: 'habitants', min: 0, max: 100, initial: 50, maxRisePerTurn: 4 },
          { id: 'entreprises', min: 0, max: 100, initial: 50 },
          { id: 'associations', min: 0, max: 100, initial: 50 },
          { id: 'cooperation', min: 0, max: 100, initial: 50 },
        ],
      },
    );
    const state = takeA(index, 1);
    expect(state.meters.habitants).toBe(52);
    expect(last(state).changes.filter((c) => c.kind === 'meter')).toEqual([
      { kind: 'meter', meter: 'habitants', from: 50, to: 53, cause: { card: 'c1', choice: 'a' } },
      { kind: 'meter', meter: 'habitants', from: 53, to: 54, cause: { card: 'c1', choice: 'a' } },
      {
        kind: 'meter',
        meter: 'habitants',
        from: 54,
        to: 54,
        cause: { rule: 'rise-cap', meter: 'habitants' },
        lost: 2,
      },
      { kind: 'meter', meter: 'habitants', from: 54, to: 52, cause: { card: 'c1', choice: 'a' } },
    ]);
  });

  it('involves the families a choice touches, counts leftOut, and drifts a neglected family', () => {
    const index = withChoice(
      {
        effects: [
          { type: 'meter', meter: 'elus', delta: 1 },
          { type: 'link', from: 'hab', to: 'ent', delta: 1 },
        ],
      },
      {
        drift: [
          {
            meter: 'associations',
            delta: -2,
            when: { leftOut: 'associations', atLeast: 2 },
            text: t('left out'),
          },
        ],
      },
    );
    expect(index.rules.byChoice.get(index.cards.get('c1')!.choices[0]!)?.involves).toEqual([
      'elus',
      'habitants',
      'entreprises',
    ]);
    const leftOut = compileCondition({ leftOut: 'associations', atLeast: 2 }, index.phases);
    let state = takeA(index, 1);
    expect(state.lastInvolved).toEqual({ elus: 1, habitants: 1, entreprises: 1, associations: 0 });
    expect(leftOut(state)).toBe(false);
    expect(last(state).drifts).toBeUndefined();
    state = takeA(index, 1, 1, advance(state, index));
    expect(leftOut(state)).toBe(true);
    expect(last(state).drifts).toEqual([{ index: 0, told: true }]);
    expect(state.meters.associations).toBe(48);
    state = takeA(index, 1, 1, advance(state, index));
    expect(last(state).drifts).toEqual([{ index: 0, told: false }]);
    expect(last(state).changes.at(-1)?.cause).toEqual({ rule: 'drift', drift: 0 });
  });
});

describe('two-sided risk', () => {
  it('holds gap and dominant conditions on the meters, and brings a meter down to its ceiling', () => {
    const index = withChoice(
      { effects: [{ type: 'meter', meter: 'elus', delta: 30 }] },
      {
        meters: [
          { id: 'elus', min: 0, max: 100, initial: 50 },
          { id: 'habitants', min: 0, max: 100, initial: 40 },
          { id: 'entreprises', min: 0, max: 100, initial: 50 },
          { id: 'associations', min: 0, max: 100, initial: 50 },
          {
            id: 'cooperation',
            min: 0,
            max: 100,
            initial: 70,
            ceiling: { lowestOf: ['elus', 'habitants'], plus: 20 },
          },
        ],
      },
    );
    const families = ['elus', 'habitants', 'entreprises', 'associations'];
    const gap = compileCondition({ gap: families, atLeast: 40 }, index.phases);
    const dominant = compileCondition({ dominant: 'elus', among: families, by: 25 }, index.phases);
    const start = advance(createInitialState(index, 1), index);
    expect([gap(start), dominant(start)]).toEqual([false, false]);
    const state = choose(start, 'a', index);
    expect([gap(state), dominant(state)]).toEqual([true, true]);
    expect(state.meters.cooperation).toBe(60);
    expect(last(state).changes.at(-1)).toEqual({
      kind: 'meter',
      meter: 'cooperation',
      from: 70,
      to: 60,
      cause: { rule: 'ceiling', meter: 'cooperation' },
    });
    const balanced = tinyScenario({
      evaluation: { cooperation: [{ balance: families }], powerToAct: [], needsMet: [], durability: [] },
    });
    const even = indexScenario(balanced);
    expect(evaluate(createInitialState(even, 1), even).cooperation).toBe(100);
    expect(evaluate(state, indexScenario({ ...balanced, meters: index.scenario.meters })).cooperation).toBe(
      60,
    );
  });
});
