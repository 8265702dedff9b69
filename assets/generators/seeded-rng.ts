/**
 * The seeded generator (mulberry32) shared by the art and audio generators, so re-running a generator
 * writes identical files.
 */

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
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
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
