import { describe, expect, it } from 'vitest';
import { nextFloat, pickWeighted, seedRng } from '../../../src/core/rng';

describe('seeded rng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const run = (seed: number): number[] => {
      let s = seedRng(seed);
      const out: number[] = [];
      for (let i = 0; i < 5; i++) {
        const [v, next] = nextFloat(s);
        out.push(v);
        s = next;
      }
      return out;
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    for (const v of run(123)) expect(v >= 0 && v < 1).toBe(true);
  });

  it('picks by weight, never a zero-weight option', () => {
    let s = seedRng(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) {
      const [index, next] = pickWeighted([1, 0, 3], s);
      counts[index] = (counts[index] ?? 0) + 1;
      s = next;
    }
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.4);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.6);
  });
});
