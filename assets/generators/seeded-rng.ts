/**
 * The seeded generator shared by the art and audio generators, so re-running a generator writes identical
 * files: the game's own (src/core/rng.ts, mulberry32), wrapped with a few helpers.
 */
import { nextFloat, seedRng } from '../../src/core/rng';

/** A stateful random source with a few helpers. */
export interface SeededRng {
  /** A float in [0, 1). */
  next(): number;
  /** A float in [min, max). */
  range(min: number, max: number): number;
  /** A float in [-1, 1). */
  bipolar(): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
}

/** Creates a generator from an integer seed; the same seed always yields the same sequence. */
export function createRng(seed: number): SeededRng {
  let state = seedRng(seed);
  const next = (): number => {
    const [value, after] = nextFloat(state);
    state = after;
    return value;
  };
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    bipolar: () => next() * 2 - 1,
    pick: <T>(list: readonly T[]): T => {
      const item = list[Math.floor(next() * list.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}
