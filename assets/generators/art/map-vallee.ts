/**
 * Map template "vallee": a rural valley with hills, a river, a patchwork of fields, forests, hamlets and a
 * small market town (bourg) with a church, a square and a bridge.
 */
import { MAP } from './palette';
import { grove, longHouse, patchwork, river, roads, use } from './map-parts';
import { createRng } from './rng';
import type { ArtRng } from './rng';
import { el } from './svg';

const LEAF = [MAP.forest, MAP.forestDeep, '#8aa774'];
const RIVER = 'M160 -20C240 150 110 260 330 360S760 380 900 520S1300 640 1620 740';

function hamlet(rng: ArtRng, x: number, y: number, count: number): string {
  let s = el('ellipse', { cx: x + 30, cy: y, rx: 70, ry: 34, fill: '#d8ceb0' });
  const spots: [number, number][] = [];
  for (let i = 0; i < count; i += 1)
    spots.push([x + (i % 3) * 32 + rng.range(-4, 4), y - 14 + Math.floor(i / 3) * 26]);
  for (const [hx, hy] of spots)
    s += use('hs', Math.round(hx), Math.round(hy), rng.pick([MAP.roof1, MAP.roof3, MAP.roof2]));
  return s;
}

/** The body of the valley map (1600 × 900). */
export function valleeBody(): string {
  const rng = createRng(202);
  let s = el('rect', { width: 1600, height: 900, fill: MAP.grass });
  // Hills along the top edge, three layers.
  s += el('path', {
    d: 'M0 0H1600V150C1450 90 1320 190 1150 130S850 60 700 130S380 170 220 100S60 120 0 140Z',
    fill: '#93ac7e',
  });
  s += el('path', {
    d: 'M0 170C140 120 300 210 470 170S760 150 900 200S1200 150 1380 210S1550 190 1600 200V130C1450 90 1320 190 1150 130S850 60 700 130S380 170 220 100S60 120 0 140Z',
    fill: MAP.grassDeep,
  });
  // Fields: a patchwork on both banks.
  const crops = [MAP.field1, MAP.field2, MAP.field3, '#b9c48a', '#cdb77c'];
  const patches: [number, number, number, number, number][] = [
    [420, 200, 180, 120, -8],
    [620, 190, 170, 110, 6],
    [810, 220, 150, 130, -4],
    [990, 230, 200, 110, 8],
    [1220, 250, 160, 120, -6],
    [1400, 240, 180, 140, 4],
    [40, 430, 160, 120, 6],
    [40, 580, 150, 130, -5],
    [1080, 420, 170, 110, -7],
    [1280, 430, 150, 100, 5],
    [500, 640, 160, 110, 7],
    [700, 700, 170, 120, -3],
    [1000, 760, 180, 110, 5],
    [260, 760, 170, 110, -6],
    [1450, 420, 140, 120, -3],
  ];
  s += patchwork(rng, patches, crops);
  // Hedges between fields.
  s += el('path', {
    d: 'M410 330H1600M30 560H210M30 720H220M480 760H900M980 880H1200',
    fill: 'none',
    stroke: '#7f9c6c',
    'stroke-width': 6,
    'stroke-linecap': 'round',
    'stroke-dasharray': '2 9',
    'stroke-opacity': 0.9,
  });
  // River and roads.
  const marks: [number, number][] = [
    [230, 140],
    [300, 350],
    [600, 400],
    [820, 470],
    [1120, 610],
    [1420, 690],
  ];
  s += river(RIVER, 38, marks);
  s += roads(
    [
      'M-20 520C300 470 520 600 800 590S1200 470 1620 520',
      'M800 590C820 700 760 800 800 920',
      'M700 580C660 430 520 360 470 250',
      'M1100 520C1150 420 1250 360 1300 310',
      'M1000 560C1100 680 1300 800 1420 830',
    ],
    14,
  );
  // Bridge where the main road crosses the river.
  s += el('rect', {
    x: 878,
    y: 573,
    width: 56,
    height: 30,
    rx: 4,
    fill: '#cbbd9f',
    transform: 'rotate(-12 906 588)',
  });
  s += el('rect', {
    x: 878,
    y: 579,
    width: 56,
    height: 18,
    fill: MAP.road,
    transform: 'rotate(-12 906 588)',
  });
  // The bourg around its square and church.
  s += el('ellipse', { cx: 760, cy: 560, rx: 150, ry: 74, fill: '#e2d6ba' });
  s += el('rect', { x: 712, y: 540, width: 90, height: 44, rx: 6, fill: '#efe6d2' });
  const bourg: [number, number, number, number, string][] = [
    [640, 520, 60, 26, MAP.roof1],
    [820, 525, 64, 28, MAP.roof3],
    [630, 600, 54, 24, MAP.roof2],
    [820, 615, 70, 26, MAP.roof1],
    [700, 630, 50, 22, MAP.roof3],
  ];
  for (const [x, y, w, h, r] of bourg) s += longHouse(x, y, w, h, r);
  // Church: nave and steeple.
  s += longHouse(720, 520, 70, 30, '#8f8577', '#e9dfcb');
  s += el('rect', { x: 700, y: 478, width: 22, height: 42, fill: '#e9dfcb' });
  s += el('path', { d: 'M696 478H726L711 440Z', fill: '#7d7366' });
  s += grove(rng, 6, { x: 715, y: 545, w: 80, h: 40 }, ['#8aa774']);
  // Hamlets.
  s +=
    hamlet(rng, 240, 640, 5) +
    hamlet(rng, 1230, 340, 4) +
    hamlet(rng, 1360, 810, 6) +
    hamlet(rng, 520, 300, 3);
  // Forests on the slopes and along the river.
  s += grove(
    rng,
    60,
    { x: 0, y: 130, w: 420, h: 200 },
    LEAF,
    'pn',
    (x, y) => Math.abs(x - 200 - (y - 130) * 0.1) < 40,
  );
  s += grove(rng, 40, { x: 1380, y: 560, w: 220, h: 150 }, LEAF, 'tr');
  s += grove(rng, 30, { x: 940, y: 160, w: 460, h: 60 }, LEAF, 'pn');
  s += grove(
    rng,
    24,
    { x: 420, y: 440, w: 180, h: 140 },
    LEAF,
    'tr',
    (x, y) => y > 520 - (x - 420) * 0.2 && y < 560,
  );
  s += grove(rng, 18, { x: 1180, y: 560, w: 160, h: 110 }, LEAF, 'tr');
  s += grove(rng, 20, { x: 0, y: 840, w: 240, h: 60 }, LEAF, 'tr');
  return s;
}
