/**
 * A small seeded pseudo-random generator (mulberry32). Its whole state is one 32-bit integer kept in the
 * game state, so a session is reproduced exactly from its seed and its choices.
 */

/** The state of the generator: an unsigned 32-bit integer. */
export type RngState = number;

/** Turns any integer seed into a generator state. */
export function seedRng(seed: number): RngState {
  return (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
}

/** Draws a float in [0, 1) and returns it with the next state. */
export function nextFloat(state: RngState): [number, RngState] {
  const next = advanceRng(state);
  return [floatAt(next), next];
}

/** The state after one draw (what `nextFloat` returns second), for hot loops that avoid the pair. */
export function advanceRng(state: RngState): RngState {
  return (state + 0x6d2b79f5) >>> 0;
}

/** The float drawn on reaching state `next` (what `nextFloat` returns first). */
export function floatAt(next: RngState): number {
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Picks an index with probability proportional to its weight. */
export function pickWeighted(weights: readonly number[], state: RngState): [number, RngState] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const [r, next] = nextFloat(state);
  let target = r * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i] ?? 0;
    if (target < 0) return [i, next];
  }
  return [weights.length - 1, next];
}
