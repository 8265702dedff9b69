import { describe, expect, it } from 'vitest';
import { compileCondition } from '../../../src/core/compile-condition';
import { holds } from './holds-oracle';
import { createInitialState, type GameState } from '../../../src/core/game-state';
import { nextFloat, seedRng, type RngState } from '../../../src/core/rng';
import { indexScenario } from '../../../src/core/scenario-index';
import { INITIATIVE_STATES, type Condition, type Range } from '../../../src/scenario/format';
import { card, tinyScenario } from '../../fixtures/tiny-scenario';

/** A small seeded source of random values. */
function source(seed: number) {
  let rng: RngState = seedRng(seed);
  const random = (): number => {
    const [r, next] = nextFloat(rng);
    rng = next;
    return r;
  };
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { random, int, pick };
}

type Source = ReturnType<typeof source>;

const METERS = ['cooperation', 'temps', 'unknown-meter'];
const FLAGS = ['f', 'g'];
const ACTORS = ['maire', 'hab', 'asso'];
const CARDS = ['c1', 'c2', 'c3'];

function range(s: Source, max: number): Range {
  const r: Range = {};
  if (s.random() < 0.6) r.atLeast = s.int(max);
  if (s.random() < 0.6) r.atMost = s.int(max);
  return r;
}

/** A random condition of every kind, nested up to `depth`. */
function condition(
  s: Source,
  depth: number,
  phases: readonly string[],
  initiatives: readonly string[],
): Condition {
  const kinds = depth > 0 ? 12 : 9;
  const leaf = (): Condition => condition(s, depth - 1, phases, initiatives);
  switch (s.int(kinds)) {
    case 0:
      return { meter: s.pick(METERS), ...range(s, 100) };
    case 1:
      return s.random() < 0.5 ? { flag: s.pick(FLAGS) } : { flag: s.pick(FLAGS), is: s.random() < 0.5 };
    case 2:
      return { turn: range(s, 8) };
    case 3:
      return { phaseTurn: range(s, 5) };
    case 4:
      return { phase: s.pick([...phases, 'nowhere']) };
    case 5: {
      const c: Condition = { initiative: s.pick([...initiatives, 'none']) };
      if (s.random() < 0.5) c.state = s.pick(INITIATIVE_STATES);
      if (s.random() < 0.6) c.atLeast = s.pick(INITIATIVE_STATES);
      return c;
    }
    case 6:
      return { link: [s.pick(ACTORS), s.pick(ACTORS)], ...range(s, 4) };
    case 7:
      return { linkCount: range(s, 4) };
    case 8:
      return { cardPlayed: s.pick(CARDS) };
    case 9:
      return { all: Array.from({ length: s.int(4) }, leaf) };
    case 10:
      return { any: Array.from({ length: s.int(4) }, leaf) };
    default:
      return { not: leaf() };
  }
}

/** A random state of the tiny scenario. */
function randomState(s: Source, base: GameState, phases: number, initiatives: readonly string[]): GameState {
  const meters: Record<string, number> = {};
  for (const id of METERS.slice(0, 2)) if (s.random() < 0.9) meters[id] = s.int(101);
  const flags: Record<string, boolean> = {};
  for (const id of FLAGS) if (s.random() < 0.7) flags[id] = s.random() < 0.5;
  const links: Record<string, number> = {};
  for (const key of ['hab|maire', 'asso|maire', 'asso|hab']) if (s.random() < 0.5) links[key] = 1 + s.int(3);
  const played: Record<string, number> = {};
  for (const id of CARDS) if (s.random() < 0.5) played[id] = s.int(3);
  const statuses: GameState['initiatives'] = {};
  for (const id of initiatives)
    if (s.random() < 0.8) statuses[id] = { progress: s.int(5), state: s.pick(INITIATIVE_STATES) };
  return {
    ...base,
    turn: s.int(8),
    phaseTurn: s.int(5),
    phaseIndex: s.int(phases + 1),
    meters,
    flags,
    links,
    played,
    initiatives: statuses,
  };
}

describe('compiled conditions', () => {
  const scenario = tinyScenario();
  const index = indexScenario({ ...scenario, cards: [card('c1'), card('c2'), card('c3')] });
  const phases = index.phases.map((p) => p.id);
  const initiatives = [...index.initiatives.keys(), 'other'];
  const base = createInitialState(index, 1);

  it('give exactly the result of holds on random conditions and states', () => {
    const s = source(7);
    let held = 0;
    const total = 4000;
    for (let i = 0; i < total; i++) {
      const c = condition(s, 3, phases, initiatives);
      const test = compileCondition(c, index.phases);
      for (let k = 0; k < 5; k++) {
        const state = randomState(s, base, phases.length, initiatives);
        const expected = holds(c, state, index);
        if (test(state) !== expected) throw new Error(`differs on ${JSON.stringify(c)}`);
        if (expected) held++;
      }
    }
    // Both outcomes were exercised often.
    expect(held).toBeGreaterThan(total);
    expect(held).toBeLessThan(4 * total);
  });

  it('treat an absent condition as holding and refuse an unknown one when compiled', () => {
    expect(compileCondition(undefined, index.phases)(base)).toBe(true);
    expect(() => compileCondition({ nonsense: 1 } as unknown as Condition, index.phases)).toThrow(
      /Unknown condition: \{"nonsense":1\}/,
    );
  });
});
