/**
 * Landmarks for the map templates, in the same flat style as map-parts.ts: a covered market hall, a town
 * hall, a painted wall, a train, a bus and its shelter, solar panels, a water wheel, a log pile and
 * mountain peaks with snow.
 */
import { MAP } from './palette';
import { darken } from './portrait-body';
import { compact } from './path-tools';
import { el, points } from './svg';

/** Slate-grey roofs of mountain houses, and the stone of their walls. */
export const SLATE = '#7d848a';
export const STONE = '#d9d0bf';

/** A covered market hall: a wide roof on pillars over stalls, open on every side. */
export function halle(x: number, y: number, w: number, h: number, roof: string): string {
  let pillars = '';
  for (let i = 0; i <= 5; i += 1) {
    const px = x + 4 + ((w - 12) * i) / 5;
    pillars += el('rect', { x: px, y: y - h + 6, width: 4, height: h - 6, fill: '#8a7f70' });
  }
  let stalls = '';
  for (let i = 0; i < 4; i += 1) {
    const sx = x + 10 + ((w - 40) * i) / 3;
    stalls += el('rect', {
      x: sx,
      y: y - 12,
      width: 20,
      height: 8,
      fill: ['#d9a85c', '#a8b86f', '#c2776a'][i % 3],
    });
  }
  return (
    el('rect', { x: x + 6, y: y - 2, width: w + 10, height: 8, fill: MAP.shadow }) +
    el('rect', { x: x + 2, y: y - h, width: w - 4, height: h, fill: '#e7dcc6' }) +
    stalls +
    pillars +
    el('path', {
      d: compact(`M${x - 8} ${y - h + 6} L${x + w + 8} ${y - h + 6} L${x + w - 10} ${y - h - h * 0.8}
        L${x + 10} ${y - h - h * 0.8}Z`),
      fill: roof,
    }) +
    el('path', {
      d: compact(`M${x + 14} ${y - h - h * 0.8 + 8} H${x + w - 14}`),
      stroke: darken(roof, -0.18),
      'stroke-width': 3,
    })
  );
}

/** A town hall: a long front with a central pavilion, a clock and a flagpole. */
export function townHall(x: number, y: number, w: number, roof: string): string {
  const h = 46;
  const mid = x + w / 2;
  return (
    el('rect', { x: x + 6, y: y - 2, width: w + 8, height: 7, fill: MAP.shadow }) +
    el('rect', { x, y: y - h, width: w, height: h, fill: '#efe5d0' }) +
    el('path', {
      d: compact(`M${x - 3} ${y - h} H${x + w + 3} L${x + w - 8} ${y - h - 20} H${x + 8}Z`),
      fill: roof,
    }) +
    el('rect', { x: mid - 22, y: y - h - 14, width: 44, height: h + 14, fill: '#f4ecdb' }) +
    el('path', { d: compact(`M${mid - 26} ${y - h - 14} H${mid + 26} L${mid} ${y - h - 36}Z`), fill: roof }) +
    el('circle', { cx: mid, cy: y - h - 2, r: 7, fill: '#f8f2e6', stroke: '#8a7f70', 'stroke-width': 2 }) +
    el('rect', { x: mid - 8, y: y - 18, width: 16, height: 18, rx: 7, fill: '#8a6a52' }) +
    el('rect', { x: x + 6, y: y - h + 8, width: w - 12, height: h - 22, fill: 'url(#win)' }) +
    el('rect', { x: mid - 1, y: y - h - 62, width: 2, height: 28, fill: '#7d7264' }) +
    el('path', { d: compact(`M${mid + 1} ${y - h - 62} h14 v9 h-14Z`), fill: '#6c7fa8' })
  );
}

/** A wall painted with a large mural of soft shapes in the family colours. */
export function mural(x: number, y: number, w: number, h: number): string {
  const band = (i: number): string =>
    ['#6c7fa8', '#d9a066', '#6fa88e', '#b47a9c', '#e0b85a'][i % 5] ?? '#d9a066';
  let shapes = '';
  const r = h * 0.3;
  for (let i = 0; i < 6; i += 1) {
    const cx = x + r + ((w - 2 * r) * i) / 5;
    shapes += el('circle', { cx, cy: i % 2 ? y - h + r + 2 : y - r - 2, r, fill: band(i) });
  }
  shapes += el('path', {
    d: compact(
      `M${x} ${y - h * 0.3} C${x + w * 0.3} ${y - h * 0.7} ${x + w * 0.6} ${y} ${x + w} ${y - h * 0.45}`,
    ),
    fill: 'none',
    stroke: '#fffaf1',
    'stroke-width': 4,
    'stroke-linecap': 'round',
  });
  return (
    el('rect', { x: x + 4, y: y - 2, width: w + 6, height: 6, fill: MAP.shadow }) +
    el('rect', { x, y: y - h, width: w, height: h, fill: '#efe4cf' }) +
    el('g', { opacity: 0.85 }, shapes) +
    el('rect', { x, y: y - h - 4, width: w, height: 4, fill: '#cbbd9f' })
  );
}

/** A train of `cars` cars, seen from the side along a track of angle `deg` (degrees). */
export function train(x: number, y: number, cars: number, deg: number, color: string = MAP.tram): string {
  let s = '';
  for (let i = 0; i < cars; i += 1) {
    const cx = x + i * 62;
    const nose = i === 0 ? 'rx' : '';
    s += el('rect', { x: cx, y: y - 11, width: 58, height: 22, rx: nose ? 10 : 4, fill: color });
    s += el('rect', { x: cx + 6, y: y - 7, width: 46, height: 7, rx: 2, fill: '#cfe3e0' });
    s += el('rect', { x: cx, y: y + 4, width: 58, height: 3, fill: '#e0a83a', 'fill-opacity': 0.8 });
  }
  return el('g', { transform: `rotate(${deg} ${x} ${y})` }, s);
}

/** A small country bus and, beside it, a bus shelter. */
export function busStop(x: number, y: number): string {
  return (
    el('rect', { x: x + 4, y: y + 2, width: 60, height: 6, fill: MAP.shadow }) +
    el('rect', { x, y: y - 20, width: 58, height: 22, rx: 6, fill: '#d4a24c' }) +
    el('rect', { x: x + 6, y: y - 16, width: 40, height: 8, rx: 2, fill: '#cfe3e0' }) +
    el('rect', { x: x + 48, y: y - 16, width: 7, height: 14, rx: 2, fill: '#cfe3e0' }) +
    el('circle', { cx: x + 12, cy: y + 3, r: 4, fill: '#4a5660' }) +
    el('circle', { cx: x + 46, cy: y + 3, r: 4, fill: '#4a5660' }) +
    el('rect', { x: x + 70, y: y - 22, width: 26, height: 22, fill: '#9fb4b5', 'fill-opacity': 0.7 }) +
    el('path', {
      d: compact(`M${x + 67} ${y - 22} H${x + 99} L${x + 96} ${y - 27} H${x + 70}Z`),
      fill: '#4f6d7a',
    })
  );
}

/** Solar panels on a roof or a frame: dark blue-grey cells with light lines. */
export function solarPanels(x: number, y: number, w: number, h: number, skew = 6): string {
  const d = compact(`M${x + skew} ${y} H${x + w + skew} L${x + w} ${y + h} H${x}Z`);
  let lines = '';
  for (let i = 1; i < 4; i += 1) {
    const t = i / 4;
    lines += `M${x + skew + w * t} ${y}L${x + w * t} ${y + h}`;
  }
  lines += `M${x + skew / 2} ${y + h / 2}H${x + w + skew / 2}`;
  return (
    el('path', { d, fill: '#4f6478' }) +
    el('path', { d: compact(lines), stroke: '#b9c9d6', 'stroke-width': 1.2, 'stroke-opacity': 0.8 })
  );
}

/** A water wheel on the side of a mill. */
export function waterWheel(cx: number, cy: number, r: number): string {
  let spokes = '';
  for (let i = 0; i < 8; i += 1) {
    const a = (i / 8) * Math.PI * 2;
    spokes += `M${cx} ${cy}L${cx + Math.cos(a) * r} ${cy + Math.sin(a) * r}`;
  }
  return (
    el('circle', { cx, cy, r, fill: 'none', stroke: '#7a5b3e', 'stroke-width': 4 }) +
    el('path', { d: compact(spokes), stroke: '#7a5b3e', 'stroke-width': 2 }) +
    el('circle', { cx, cy, r: 3, fill: '#5e4530' })
  );
}

/** A pile of cut logs, seen end-on. */
export function logPile(x: number, y: number, rows: number): string {
  let s = el('rect', { x: x + 2, y: y - 2, width: rows * 12 + 8, height: 5, fill: MAP.shadow });
  for (let r = 0; r < rows; r += 1) {
    for (let i = 0; i < rows - r; i += 1) {
      const cx = x + 6 + i * 12 + r * 6;
      const cy = y - 6 - r * 10;
      s +=
        el('circle', { cx, cy, r: 5.5, fill: '#b08a5e' }) + el('circle', { cx, cy, r: 2.5, fill: '#d9bf94' });
    }
  }
  return s;
}

/**
 * A mountain peak from its summit (cx, top) down to a base line at `base`, `half` wide on each side; `lean`
 * moves the summit sideways. The right flank is shaded; `snow` (0..1) caps the top with a jagged edge.
 */
export function peak(
  cx: number,
  top: number,
  base: number,
  half: number,
  color: string,
  snow = 0,
  lean = 0,
): string {
  const sx = cx + lean;
  const l: [number, number] = [cx - half, base];
  const r: [number, number] = [cx + half, base];
  const body: [number, number][] = [l, [sx - half * 0.35, top + (base - top) * 0.35], [sx, top], r];
  let s =
    el('polygon', { points: points(body), fill: color }) +
    el('polygon', { points: points([[sx, top], r, [sx + half * 0.15, base]]), fill: '#00000014' });
  if (snow > 0) {
    const y = top + (base - top) * snow;
    const at = (from: [number, number], t: number): [number, number] => [
      sx + (from[0] - sx) * t,
      top + (from[1] - top) * t,
    ];
    const t = (y - top) / (base - top);
    const a = at(l, t);
    const b = at(r, t);
    const cap: [number, number][] = [[sx, top], b];
    const teeth = 4;
    for (let i = teeth - 1; i > 0; i -= 1) {
      const x = a[0] + ((b[0] - a[0]) * i) / teeth;
      cap.push([x, y + (i % 2 ? -8 : 6)]);
    }
    cap.push(a);
    s += el('polygon', { points: points(cap), fill: '#f1ede4' });
  }
  return s;
}
