/**
 * Drawing primitives for the map templates, in a flat style seen slightly from above: buildings show a
 * roof or top face and a front face; everything sits on the ground in back-to-front order.
 */
import { MAP } from './palette';
import { darken } from './portrait-body';
import type { ArtRng } from './rng';
import { cloud, compact } from './path-tools';
import { el, points } from './svg';

/** Shared definitions: tree, pine and house symbols (coloured with the `color` attribute), patterns. */
export function mapDefs(): string {
  return (
    el(
      'g',
      { id: 'tr' },
      el('ellipse', { cx: 5, cy: 6, rx: 13, ry: 6, fill: '#00000018' }),
      el('rect', { x: -1.5, y: -2, width: 3, height: 9, fill: '#7a5b3e' }),
      el('circle', { cx: 0, cy: -6, r: 11, fill: 'currentColor' }),
      el('circle', { cx: -3, cy: -9, r: 5, fill: '#ffffff', 'fill-opacity': 0.16 }),
    ) +
    el(
      'g',
      { id: 'pn' },
      el('ellipse', { cx: 5, cy: 5, rx: 10, ry: 4, fill: '#00000018' }),
      el('path', { d: 'M0-26L10-2H-10Z', fill: 'currentColor' }),
      el('path', { d: 'M0-26L10-2H3Z', fill: '#00000018' }),
    ) +
    el(
      'g',
      { id: 'hs' },
      el('path', { d: 'M-12 6H16L20 2V-8H-12Z', fill: '#00000016' }),
      el('rect', { x: -12, y: -8, width: 24, height: 13, fill: MAP.wall }),
      el('path', { d: 'M-14-8H14L9-19H-9Z', fill: 'currentColor' }),
      el('path', { d: 'M-14-8H14L9-19H-9Z', fill: '#00000000', stroke: '#0000001a', 'stroke-width': 1 }),
      el('rect', { x: -7, y: -5, width: 4, height: 4, fill: '#8fa7ad' }),
      el('rect', { x: 3, y: -5, width: 4, height: 10, fill: '#8a6a52' }),
    ) +
    el(
      'pattern',
      { id: 'win', width: 12, height: 14, patternUnits: 'userSpaceOnUse' },
      el('rect', { x: 3, y: 4, width: 5, height: 6, fill: '#ffffff', 'fill-opacity': 0.45 }),
    ) +
    el(
      'pattern',
      { id: 'fur', width: 10, height: 10, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(-20)' },
      el('rect', { width: 10, height: 3, fill: '#ffffff', 'fill-opacity': 0.18 }),
    ) +
    el(
      'pattern',
      { id: 'fur2', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(35)' },
      el('rect', { width: 8, height: 2, fill: '#000000', 'fill-opacity': 0.06 }),
    )
  );
}

/** A tree, a pine or a house, placed with <use>. */
export function use(id: 'tr' | 'pn' | 'hs', x: number, y: number, color: string, scale = 1): string {
  return el('use', {
    href: `#${id}`,
    x: scale === 1 ? x : undefined,
    y: scale === 1 ? y : undefined,
    transform: scale === 1 ? undefined : `translate(${Math.round(x)} ${Math.round(y)}) scale(${scale})`,
    color,
  });
}

/** A box building: front face, side face and top face, with windows. */
export function box(
  x: number,
  y: number,
  w: number,
  h: number,
  depth: number,
  opts: { face?: string; side?: string; top?: string; windows?: boolean; haze?: number } = {},
): string {
  const face = opts.face ?? MAP.tower;
  const side = opts.side ?? MAP.towerShade;
  const top = opts.top ?? darken(face, -0.12);
  const dy = depth * 0.55;
  const dx = depth * 0.45;
  const g =
    el('path', {
      d: compact(`M${x + w} ${y} L${x + w + h * 0.5} ${y} L${x + w + h * 0.5 + dx} ${y - dy} L${x + w + dx}
        ${y - dy}Z`),
      fill: MAP.shadow,
    }) +
    el('rect', { x, y: y - h, width: w, height: h, fill: face }) +
    el('path', {
      d: compact(`M${x + w} ${y - h} L${x + w + dx} ${y - h - dy} L${x + w + dx} ${y - dy} L${x + w} ${y}Z`),
      fill: side,
    }) +
    el('path', {
      d: compact(`M${x} ${y - h} L${x + dx} ${y - h - dy} L${x + w + dx} ${y - h - dy} L${x + w} ${y - h}Z`),
      fill: top,
    }) +
    (opts.windows === false
      ? ''
      : el('rect', { x: x + 2, y: y - h + 2, width: w - 4, height: h - 8, fill: 'url(#win)' }));
  return opts.haze ? el('g', { opacity: opts.haze }, g) : g;
}

/** A pitched-roof building seen from the front (a longer house, a hall, a school). */
export function longHouse(
  x: number,
  y: number,
  w: number,
  h: number,
  roof: string,
  wall: string = MAP.wall,
): string {
  const r = h * 0.9;
  return (
    el('rect', { x: x + 4, y: y - 2, width: w + 6, height: 6, fill: MAP.shadow }) +
    el('rect', { x, y: y - h, width: w, height: h, fill: wall }) +
    el('path', {
      d: compact(
        `M${x - 3} ${y - h} L${x + w + 3} ${y - h} L${x + w - 6} ${y - h - r} L${x + 6} ${y - h - r}Z`,
      ),
      fill: roof,
    }) +
    el('rect', { x: x + 4, y: y - h + 4, width: w - 8, height: Math.max(3, h - 10), fill: 'url(#win)' })
  );
}

/** A factory hall with a sawtooth roof. */
export function sawtoothHall(x: number, y: number, teeth: number, h: number): string {
  const tw = 26;
  const w = teeth * tw;
  let roof = `M${x} ${y - h}`;
  for (let i = 0; i < teeth; i += 1) roof += `L${x + i * tw} ${y - h - 16}L${x + (i + 1) * tw} ${y - h}`;
  let glass = '';
  for (let i = 0; i < teeth; i += 1)
    glass += `M${x + i * tw} ${y - h - 16}L${x + i * tw + 4} ${y - h - 14}L${x + i * tw + 4} ${y - h}L${x + i * tw} ${y - h}Z`;
  return (
    el('rect', { x: x + 6, y: y - 2, width: w + 8, height: 7, fill: MAP.shadow }) +
    el('rect', { x, y: y - h, width: w, height: h, fill: MAP.brick }) +
    el('path', { d: roof + 'Z', fill: MAP.brickShade }) +
    el('path', { d: glass, fill: '#9fb4b5' }) +
    el('rect', { x: x + 6, y: y - h + 8, width: w - 12, height: h - 16, fill: 'url(#win)', opacity: 0.8 })
  );
}

/** A tall brick chimney with an optional plume of pale smoke. */
export function chimney(x: number, y: number, h: number, smoke: boolean): string {
  return (
    el('path', {
      d: compact(`M${x - 7} ${y} L${x - 4} ${y - h} L${x + 4} ${y - h} L${x + 7} ${y}Z`),
      fill: MAP.brick,
    }) +
    el('path', {
      d: compact(`M${x} ${y} L${x} ${y - h} L${x + 4} ${y - h} L${x + 7} ${y}Z`),
      fill: MAP.brickShade,
    }) +
    el('rect', { x: x - 5, y: y - h, width: 10, height: 4, fill: MAP.brickShade }) +
    el('rect', { x: x - 6, y: y - h * 0.6, width: 12, height: 3, fill: '#00000022' }) +
    (smoke
      ? el('path', { d: cloud(x + 18, y - h - 18, 20, 10, 7, 2.5), fill: '#ffffff', 'fill-opacity': 0.45 })
      : '')
  );
}

/** Road network: an edge stroke under a fill stroke, for clean junctions. */
export function roads(paths: readonly string[], width: number): string {
  const d = paths.map((p) => compact(p)).join('');
  const common = { d, fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;
  return (
    el('path', { ...common, stroke: MAP.roadEdge, 'stroke-width': width + 5 }) +
    el('path', { ...common, stroke: MAP.road, 'stroke-width': width })
  );
}

/** A river or canal: a deep edge, the water, and a few light ripples. */
export function river(path: string, width: number, marks: readonly (readonly [number, number])[]): string {
  const common = {
    d: compact(path),
    fill: 'none',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  } as const;
  return (
    el('path', { ...common, stroke: MAP.waterDeep, 'stroke-width': width + 8 }) +
    el('path', { ...common, stroke: MAP.water, 'stroke-width': width }) +
    ripples(marks)
  );
}

/** Light ripple marks on water. */
export function ripples(marks: readonly (readonly [number, number])[]): string {
  return el('path', {
    d: marks.map(([x, y]) => `M${Math.round(x)} ${Math.round(y)}q6-3 12 0t12 0`).join(''),
    fill: 'none',
    stroke: '#ffffff',
    'stroke-opacity': 0.5,
    'stroke-width': 2,
    'stroke-linecap': 'round',
  });
}

/** A railway: ballast, sleepers and two rails. */
export function railway(path: string): string {
  const common = {
    d: compact(path),
    fill: 'none',
    'stroke-linecap': 'butt',
    'stroke-linejoin': 'round',
  } as const;
  return (
    el('path', { ...common, stroke: '#b9ad98', 'stroke-width': 16 }) +
    el('path', { ...common, stroke: MAP.rail, 'stroke-width': 12, 'stroke-dasharray': '3 6' }) +
    el('path', { ...common, stroke: MAP.rail, 'stroke-width': 1.5, transform: 'translate(0 -4)' }) +
    el('path', { ...common, stroke: MAP.rail, 'stroke-width': 1.5, transform: 'translate(0 4)' })
  );
}

/** A field: a polygon in a crop colour with furrows. */
export function field(
  pts: readonly (readonly [number, number])[],
  color: string,
  furrow: 'fur' | 'fur2',
): string {
  const p = points(pts);
  return el('polygon', { points: p, fill: color }) + el('polygon', { points: p, fill: `url(#${furrow})` });
}

/**
 * A patchwork of fields: each `[x, y, w, h, skew]` becomes a slightly skewed quadrilateral in a crop colour
 * picked from `crops`, with furrows in one of two directions.
 */
export function patchwork(
  rng: ArtRng,
  patches: readonly (readonly [number, number, number, number, number])[],
  crops: readonly string[],
): string {
  let s = '';
  for (const [x, y, w, h, sk] of patches) {
    const pts: [number, number][] = [
      [x, y + sk],
      [x + w, y - sk],
      [x + w + sk, y + h],
      [x - sk, y + h + sk],
    ];
    s += field(pts, rng.pick(crops), rng.next() < 0.5 ? 'fur' : 'fur2');
  }
  return s;
}

/** A grid of small garden plots (`count` plots, `cols` per row, `step` apart), each in a picked colour. */
export function gardenPlots(
  rng: ArtRng,
  origin: { x: number; y: number; cols: number; count: number },
  plot: { w: number; h: number; stepX: number; stepY: number },
  colors: readonly string[],
): string {
  let s = '';
  for (let i = 0; i < origin.count; i += 1) {
    const gx = origin.x + (i % origin.cols) * plot.stepX;
    const gy = origin.y + Math.floor(i / origin.cols) * plot.stepY;
    const rect = { x: gx, y: gy, width: plot.w, height: plot.h, rx: 3 };
    s += el('rect', { ...rect, fill: rng.pick(colors) }) + el('rect', { ...rect, fill: 'url(#fur)' });
  }
  return s;
}

/** Scatters trees inside a rectangle, skipping points the `avoid` test rejects. */
export function grove(
  rng: ArtRng,
  count: number,
  area: { x: number; y: number; w: number; h: number },
  colors: readonly string[],
  kind: 'tr' | 'pn' = 'tr',
  avoid: (x: number, y: number) => boolean = () => false,
): string {
  const spots: [number, number, string][] = [];
  for (let i = 0; i < count * 3 && spots.length < count; i += 1) {
    const x = area.x + rng.next() * area.w;
    const y = area.y + rng.next() * area.h;
    if (!avoid(x, y)) spots.push([x, y, rng.pick(colors)]);
  }
  return spots
    .sort((a, b) => a[1] - b[1])
    .map(([x, y, c]) => use(kind, Math.round(x), Math.round(y), c))
    .join('');
}
