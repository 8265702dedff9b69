/**
 * UI frames: a card and a panel in warm paper with rounded corners and a faint fibre texture. Both are
 * 120 × 120 with a 24-unit border, so they work as CSS border-image (slice 24) or as a stretched background.
 */
import { BASE } from './palette';
import { darken } from './portrait-body';
import { el, svgDoc } from './svg';

function paperTexture(id: string, seed: number): string {
  return el(
    'filter',
    { id, x: 0, y: 0, width: '100%', height: '100%' },
    el('feTurbulence', { type: 'fractalNoise', baseFrequency: 0.9, numOctaves: 2, seed, result: 'n' }),
    el('feColorMatrix', {
      in: 'n',
      type: 'matrix',
      values: '0 0 0 0 0.45 0 0 0 0 0.36 0 0 0 0 0.22 0 0 0 0.09 0',
    }),
    el('feComposite', { in2: 'SourceGraphic', operator: 'in' }),
  );
}

/** One frame: paper, texture, border line and corner marks. */
function frame(opts: {
  id: string;
  title: string;
  fill: string;
  border: string;
  accent: string;
  radius: number;
}): string {
  const r = opts.radius;
  const shape = { x: 2, y: 2, width: 116, height: 116, rx: r };
  const corners = [
    [14, 14],
    [106, 14],
    [14, 106],
    [106, 106],
  ]
    .map(([x, y]) => el('circle', { cx: x, cy: y, r: 2.2, fill: opts.accent }))
    .join('');
  return svgDoc({
    width: 120,
    height: 120,
    title: opts.title,
    defs: paperTexture(`${opts.id}-tex`, opts.id === 'card' ? 3 : 7),
    body:
      el('rect', { ...shape, fill: opts.fill }) +
      el('rect', { ...shape, fill: opts.fill, filter: `url(#${opts.id}-tex)` }) +
      el('rect', { ...shape, fill: 'none', stroke: opts.border, 'stroke-width': 3 }) +
      el('rect', {
        x: 9,
        y: 9,
        width: 102,
        height: 102,
        rx: Math.max(2, r - 7),
        fill: 'none',
        stroke: opts.accent,
        'stroke-opacity': 0.45,
        'stroke-width': 1.5,
      }) +
      corners,
  });
}

/** Every frame file, keyed by its path relative to the repository root. */
export function frameFiles(): [string, string][] {
  return [
    [
      'assets/art/frames/card-frame.svg',
      frame({
        id: 'card',
        title: 'Cadre de carte',
        fill: BASE.white,
        border: darken(BASE.paperDeep, 0.12),
        accent: BASE.teal,
        radius: 18,
      }),
    ],
    [
      'assets/art/frames/panel-frame.svg',
      frame({
        id: 'panel',
        title: 'Cadre de panneau',
        fill: BASE.paper,
        border: darken(BASE.paperDeep, 0.25),
        accent: BASE.gold,
        radius: 12,
      }),
    ],
  ];
}
