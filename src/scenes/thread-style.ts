/**
 * The look of a thread between two actors, as plain geometry (no Phaser), so it can be tested and
 * drawn cheaply. Strength reads without colour: 1 = thin dashed line, 2 = solid line, 3 = thick
 * double line tied like a braid.
 */

/** A point in canvas pixels. */
export interface Point {
  x: number;
  y: number;
}

/** A straight piece of a thread: from (x1, y1) to (x2, y2). */
export type Segment = readonly [number, number, number, number];

/** How a thread of a given strength is stroked. */
export interface ThreadStroke {
  /** Width of each strand. */
  width: number;
  /** Offsets of the strands from the centre line (one strand = [0]). */
  strands: readonly number[];
  /** Dash pattern [drawn, gap] in pixels, or null for a continuous line. */
  dash: readonly [number, number] | null;
  /** Distance between braid ties across the strands, or null for none. */
  ties: number | null;
  /** Width of the pale halo under the strands, which keeps them readable on a busy map. */
  halo: number;
}

/** The stroke of a thread of strength 1..3 (`scale` grows it with the map, about 1 at 1280×720). */
export function threadStroke(strength: number, scale = 1): ThreadStroke {
  const s = Math.max(0.75, scale);
  if (strength <= 1) return { width: 2.5 * s, strands: [0], dash: [9 * s, 7 * s], ties: null, halo: 6 * s };
  if (strength === 2) return { width: 4 * s, strands: [0], dash: null, ties: null, halo: 8 * s };
  return { width: 3 * s, strands: [-3.2 * s, 3.2 * s], dash: null, ties: 14 * s, halo: 14 * s };
}

/**
 * The points of a thread's gentle curve from `a` to `b` (a quadratic bow, so crossing threads stay
 * apart). The bow side depends on the pair's order, so a thread always bends the same way.
 */
export function threadCurve(a: Point, b: Point, bow = 0.08, steps = 16): Point[] {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const cx = mx - dy * bow;
  const cy = my + dx * bow;
  const points: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push({
      x: u * u * a.x + 2 * u * t * cx + t * t * b.x,
      y: u * u * a.y + 2 * u * t * cy + t * t * b.y,
    });
  }
  return points;
}

/** A polyline shifted sideways by `offset` pixels (for the strands of a double thread). */
export function offsetLine(points: readonly Point[], offset: number): Point[] {
  if (offset === 0) return points.slice();
  return points.map((p, i) => {
    const prev = points[Math.max(0, i - 1)] ?? p;
    const next = points[Math.min(points.length - 1, i + 1)] ?? p;
    const dx = next.x - prev.x;
    const dy = next.y - prev.y;
    const len = Math.hypot(dx, dy) || 1;
    return { x: p.x - (dy / len) * offset, y: p.y + (dx / len) * offset };
  });
}

/** Length of a polyline. */
export function lineLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1];
    const q = points[i];
    if (p && q) total += Math.hypot(q.x - p.x, q.y - p.y);
  }
  return total;
}

/**
 * The drawn pieces of a polyline between the distances `from` and `to` along it (0..length), cut
 * by the dash pattern if there is one. Used to draw a thread growing, fraying or dashed.
 */
export function strokeSegments(
  points: readonly Point[],
  from: number,
  to: number,
  dash: readonly [number, number] | null,
): Segment[] {
  const out: Segment[] = [];
  const period = dash ? dash[0] + dash[1] : 0;
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1];
    const q = points[i];
    if (!p || !q) continue;
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    const start = walked;
    const end = walked + len;
    walked = end;
    if (len === 0 || end <= from || start >= to) continue;
    const pieces: [number, number][] = [];
    if (!dash || period <= 0) pieces.push([Math.max(start, from), Math.min(end, to)]);
    else {
      // Dashes are laid from the start of the whole line, so they do not slide as the line grows.
      for (let d = Math.floor(start / period) * period; d < end; d += period) {
        const lo = Math.max(d, start, from);
        const hi = Math.min(d + dash[0], end, to);
        if (hi > lo) pieces.push([lo, hi]);
      }
    }
    for (const [lo, hi] of pieces) {
      const t0 = (lo - start) / len;
      const t1 = (hi - start) / len;
      out.push([
        p.x + (q.x - p.x) * t0,
        p.y + (q.y - p.y) * t0,
        p.x + (q.x - p.x) * t1,
        p.y + (q.y - p.y) * t1,
      ]);
    }
  }
  return out;
}

/** Where the braid ties of a double thread go: short segments across the strands, every `every` px. */
export function braidTies(points: readonly Point[], half: number, every: number, upTo: number): Segment[] {
  const ties: Segment[] = [];
  const total = Math.min(upTo, lineLength(points));
  let walked = 0;
  let nextTie = every / 2;
  for (let i = 1; i < points.length && nextTie <= total; i++) {
    const p = points[i - 1];
    const q = points[i];
    if (!p || !q) continue;
    const len = Math.hypot(q.x - p.x, q.y - p.y);
    while (len > 0 && nextTie <= walked + len && nextTie <= total) {
      const t = (nextTie - walked) / len;
      const x = p.x + (q.x - p.x) * t;
      const y = p.y + (q.y - p.y) * t;
      const nx = -(q.y - p.y) / len;
      const ny = (q.x - p.x) / len;
      // A slanted tie, like the twist of a braid.
      const tx = (q.x - p.x) / len;
      const ty = (q.y - p.y) / len;
      ties.push([
        x - nx * half - tx * half * 0.6,
        y - ny * half - ty * half * 0.6,
        x + nx * half + tx * half * 0.6,
        y + ny * half + ty * half * 0.6,
      ]);
      nextTie += every;
    }
    walked += len;
  }
  return ties;
}
