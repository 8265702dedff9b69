import { describe, expect, it } from 'vitest';
import { threadChange } from '../../../src/scenes/thread-change';
import {
  braidTies,
  lineLength,
  offsetLine,
  strokeSegments,
  threadCurve,
  threadStroke,
  type Segment,
} from '../../../src/scenes/thread-style';

const drawn = (segments: readonly Segment[]): number =>
  segments.reduce((sum, [x1, y1, x2, y2]) => sum + Math.hypot(x2 - x1, y2 - y1), 0);

describe('thread style', () => {
  it('tells the three strengths apart by shape, not colour: dashed, solid, double', () => {
    const [weak, medium, strong] = [1, 2, 3].map((s) => threadStroke(s));
    expect(weak?.dash).not.toBeNull();
    expect(medium?.dash).toBeNull();
    expect(medium?.strands).toHaveLength(1);
    expect(strong?.strands).toHaveLength(2);
    expect(strong?.ties).not.toBeNull();
    expect(medium!.width).toBeGreaterThan(weak!.width);
  });

  it('bows a thread gently and always to the same side for the same pair', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 100, y: 0 };
    const line = threadCurve(a, b);
    expect(line[0]).toEqual(a);
    expect(line[line.length - 1]).toEqual(b);
    const middle = line[Math.floor(line.length / 2)]!;
    expect(Math.abs(middle.y)).toBeGreaterThan(1);
    expect(lineLength(line)).toBeGreaterThan(100);
    expect(lineLength(line)).toBeLessThan(110);
  });

  it('draws exactly the asked part of a solid line (a growing thread)', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 },
    ];
    expect(drawn(strokeSegments(line, 0, Number.POSITIVE_INFINITY, null))).toBeCloseTo(150);
    expect(drawn(strokeSegments(line, 0, 75, null))).toBeCloseTo(75);
    expect(drawn(strokeSegments(line, 120, 150, null))).toBeCloseTo(30);
    expect(strokeSegments(line, 0, 0, null)).toEqual([]);
  });

  it('cuts dashes that stay in place as the line grows', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 160, y: 0 },
    ];
    const full = strokeSegments(line, 0, 160, [10, 6]);
    expect(drawn(full)).toBeCloseTo(100);
    const half = strokeSegments(line, 0, 80, [10, 6]);
    expect(half).toEqual(full.slice(0, half.length));
  });

  it('shifts strands sideways and ties them across', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    expect(offsetLine(line, 3).every((p) => Math.abs(p.y - 3) < 1e-9)).toBe(true);
    const ties = braidTies(line, 4, 20, 100);
    expect(ties).toHaveLength(5);
    expect(braidTies(line, 4, 20, 30)).toHaveLength(2);
  });
});

describe('thread change', () => {
  it('compares the strength drawn before with the strength now', () => {
    expect(threadChange(undefined, 2)).toBe('new');
    expect(threadChange(0, 1)).toBe('new');
    expect(threadChange(1, 3)).toBe('stronger');
    expect(threadChange(3, 2)).toBe('weaker');
    expect(threadChange(2, 0)).toBe('broken');
    expect(threadChange(2, 2)).toBeNull();
    expect(threadChange(undefined, 0)).toBeNull();
  });
});
