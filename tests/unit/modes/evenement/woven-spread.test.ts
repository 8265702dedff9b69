import { describe, expect, it } from 'vitest';
import { spread } from '../../../../src/ui/evenement/woven-card';

describe('the woven picture spreads the connected actors', () => {
  const clustered = [
    { id: 'a', x: 40, y: 30 },
    { id: 'b', x: 60, y: 30 },
    { id: 'c', x: 50, y: 45 },
  ];

  it('fills the picture on the longer side, inside a margin, keeping proportions and order', () => {
    const out = spread(clustered);
    expect(out.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    const xs = out.map((a) => a.x);
    const ys = out.map((a) => a.y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(90);
    expect(Math.min(...xs)).toBeCloseTo(5);
    for (const v of [...xs, ...ys]) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of [...xs, ...ys]) expect(v).toBeLessThanOrEqual(100);
    // Same proportions: the height/width ratio of the group is kept (15/20).
    expect((Math.max(...ys) - Math.min(...ys)) / (Math.max(...xs) - Math.min(...xs))).toBeCloseTo(0.75);
  });

  it('leaves a single actor (or none) where it is', () => {
    expect(spread([{ x: 12, y: 80 }])).toEqual([{ x: 12, y: 80 }]);
    expect(spread([])).toEqual([]);
  });

  it('copes with actors on one spot', () => {
    const out = spread([
      { x: 50, y: 50 },
      { x: 50, y: 50 },
    ]);
    for (const a of out) expect([a.x, a.y].every(Number.isFinite)).toBe(true);
  });
});
