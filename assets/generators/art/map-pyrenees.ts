/**
 * Map template "vallee-pyreneenne": a mountain valley. Snowy peaks and fir forests above, a torrent down
 * the middle with a former sawmill and its water wheel, a small weir and micro-hydro plant upstream, a small
 * town with its covered market, church and a school with solar panels, villages with slate roofs on the
 * slopes, farms with meadows and flocks, the valley road and a country bus at its stop.
 */
import { MAP } from './palette';
import { grove, longHouse, patchwork, river, roads, use } from './map-parts';
import { SLATE, STONE, busStop, halle, logPile, peak, solarPanels, waterWheel } from './map-landmarks';
import { createRng } from './rng';
import type { ArtRng } from './rng';
import { el } from './svg';

const FIRS = [MAP.forestDeep, '#5d7a55', MAP.forest];
const LEAF = [MAP.forest, '#8aa774', MAP.grassDeep];
const TORRENT = 'M742 236C720 320 620 350 570 420S520 560 600 640S720 790 680 920';

/** A village of stone houses with slate roofs, and a church with a pointed bell tower. */
function village(rng: ArtRng, x: number, y: number, count: number, church: boolean): string {
  let s = el('ellipse', { cx: x + 40, cy: y - 4, rx: 80, ry: 36, fill: '#d6cdb2' });
  if (church) {
    s += el('rect', { x: x + 66, y: y - 62, width: 16, height: 40, fill: STONE });
    s += el('path', { d: `M${x + 63} ${y - 62}H${x + 85}L${x + 74} ${y - 92}Z`, fill: SLATE });
    s += longHouse(x + 70, y - 18, 40, 18, SLATE, STONE);
  }
  for (let i = 0; i < count; i += 1) {
    const hx = x + (i % 3) * 30 + rng.range(-4, 4) - (church && i % 3 === 2 ? 40 : 0);
    const hy = y - 12 + Math.floor(i / 3) * 24;
    s += use('hs', Math.round(hx), Math.round(hy), rng.pick([SLATE, '#6d747a', '#8a8f93']));
  }
  return s;
}

/** A farm: a long barn and a house, with a dotted flock in its meadow. */
function farm(rng: ArtRng, x: number, y: number, flock: readonly [number, number, number]): string {
  let s = longHouse(x, y, 70, 26, SLATE, STONE) + use('hs', x + 92, y - 2, SLATE);
  const [fx, fy, n] = flock;
  for (let i = 0; i < n; i += 1)
    s += el('ellipse', {
      cx: fx + rng.range(-40, 40),
      cy: fy + rng.range(-16, 16),
      rx: 4,
      ry: 3,
      fill: '#f4efe4',
    });
  return s;
}

/** The body of the Pyrenean valley map (1600 × 900). */
export function pyreneesBody(): string {
  const rng = createRng(505);
  let s = el('rect', { width: 1600, height: 900, fill: MAP.grass });
  // Sky-side peaks with snow, then green slopes closing the valley on both sides.
  s += el('rect', { width: 1600, height: 320, fill: '#c9cfc6' });
  for (const [cx, top, half, snow, lean] of [
    [140, 30, 230, 0.3, 20],
    [420, -10, 250, 0.32, -30],
    [700, 50, 210, 0.26, 10],
    [980, 0, 270, 0.34, 25],
    [1260, 40, 230, 0.28, -20],
    [1520, 10, 250, 0.3, 0],
  ] as const)
    s += peak(cx, top, 330, half, '#a9b3b1', snow, lean);
  s += el('path', {
    d: 'M0 300C200 230 420 300 560 250S760 230 900 280S1200 220 1360 270S1540 250 1600 240V420H0Z',
    fill: '#97aa87',
  });
  s += el('path', { d: 'M0 340C120 380 220 520 200 900H0Z', fill: '#8ea07e' });
  s += el('path', { d: 'M1600 330C1420 380 1330 520 1380 900H1600Z', fill: '#8ea07e' });
  // Meadows and hay fields on the valley floor, dry-stone walls between them.
  const crops = ['#c9cf95', '#b9c48a', '#d6cf9a', '#c2cc8e'];
  const plots: [number, number, number, number, number][] = [
    [240, 610, 150, 100, -6],
    [250, 740, 170, 110, 5],
    [440, 700, 120, 120, -4],
    [860, 690, 160, 110, 6],
    [1060, 640, 170, 100, -5],
    [1050, 770, 190, 110, 4],
    [250, 470, 110, 60, 5],
    [900, 420, 150, 80, -6],
  ];
  s += patchwork(rng, plots, crops);
  s += el('path', {
    d: 'M230 600H400M240 728H430M430 690V830M850 680H1030M1050 630H1240M1040 760H1250',
    fill: 'none',
    stroke: '#a59d8a',
    'stroke-width': 4,
    'stroke-linecap': 'round',
    'stroke-dasharray': '3 5',
  });
  // The torrent, the valley road with its bridge, and the lane up to the terrace village.
  s += river(TORRENT, 30, [
    [640, 365],
    [545, 500],
    [620, 660],
    [690, 840],
  ]);
  s += roads(
    [
      'M760 920C780 800 720 700 760 600S880 470 1000 420S1200 360 1260 300',
      'M760 600C700 560 600 560 520 540S330 470 260 420',
      'M260 420C300 380 230 360 200 330',
      'M700 840C560 820 380 880 260 860',
    ],
    14,
  );
  s += el('rect', {
    x: 563,
    y: 540,
    width: 44,
    height: 26,
    rx: 4,
    fill: '#cbbd9f',
    transform: 'rotate(12 585 553)',
  });
  s += el('rect', { x: 563, y: 546, width: 44, height: 14, fill: MAP.road, transform: 'rotate(12 585 553)' });
  // Upstream: a weir across the torrent, the pipe down the slope and the small power house.
  s += el('path', { d: 'M704 300L740 312', stroke: '#e8e2d4', 'stroke-width': 6, 'stroke-linecap': 'round' });
  s += el('path', {
    d: 'M742 312C766 318 782 326 790 334',
    fill: 'none',
    stroke: '#7d848a',
    'stroke-width': 5,
  });
  s += longHouse(770, 352, 46, 22, SLATE, STONE);
  // The former sawmill on the bank: its mill race, water wheel, stone hall and log piles.
  s += el('path', {
    d: 'M560 420C520 440 480 452 470 470',
    fill: 'none',
    stroke: MAP.water,
    'stroke-width': 8,
  });
  s += longHouse(400, 470, 90, 36, SLATE, '#e3d9c4');
  s += waterWheel(500, 456, 18);
  s += logPile(330, 478, 3) + logPile(366, 486, 2);
  // The small town: square, covered market, church, school with solar panels, houses, the bus stop.
  let t = '';
  t += el('ellipse', { cx: 800, cy: 560, rx: 160, ry: 80, fill: '#ddd3b9' });
  t += el('rect', { x: 720, y: 548, width: 110, height: 46, rx: 6, fill: '#efe6d2' });
  t += halle(730, 590, 90, 26, SLATE);
  for (const [x, y, w] of [
    [650, 520, 56],
    [850, 520, 60],
    [660, 640, 50],
    [880, 600, 64],
    [850, 660, 56],
  ] as const)
    t += longHouse(x, y, w, 24, SLATE, STONE);
  t += el('rect', { x: 784, y: 452, width: 20, height: 48, fill: STONE });
  t += el('path', { d: 'M780 452H808L794 414Z', fill: SLATE });
  t += longHouse(760, 512, 70, 24, SLATE, STONE);
  t += longHouse(920, 560, 90, 30, '#6d747a', '#efe4cf') + solarPanels(928, 520, 66, 10);
  s += el('g', { transform: 'translate(0 -26)' }, t);
  s += busStop(392, 540);
  // Villages on the slopes, a hamlet low down, and the farms.
  s += village(rng, 180, 420, 5, true) + village(rng, 1080, 420, 5, true) + village(rng, 1230, 300, 3, false);
  s += village(rng, 90, 830, 4, false);
  s += farm(rng, 260, 590, [320, 660, 8]) + solarPanels(264, 552, 56, 9);
  s += farm(rng, 1080, 630, [1130, 700, 10]) + farm(rng, 470, 690, [500, 760, 6]);
  // Fir forests on the slopes, a few broadleaf trees along the torrent.
  s += grove(
    rng,
    70,
    { x: 0, y: 300, w: 1600, h: 110 },
    FIRS,
    'pn',
    (x, y) => Math.abs(x - 720) < 60 || (x > 740 && x < 830 && y > 330) || (x > 1040 && x < 1320 && y > 330),
  );
  s += grove(rng, 30, { x: 0, y: 440, w: 170, h: 360 }, FIRS, 'pn', (x, y) => y > 780);
  s += grove(rng, 26, { x: 1390, y: 400, w: 210, h: 480 }, FIRS, 'pn');
  for (const [x, y] of [
    [728, 252],
    [756, 246],
    [746, 262],
  ] as const)
    s += use('pn', x, y, rng.pick(FIRS));
  s += grove(
    rng,
    16,
    { x: 560, y: 600, w: 140, h: 260 },
    LEAF,
    'tr',
    (x, y) => Math.abs(x - (600 + (y - 640) * 0.5)) < 26,
  );
  return s;
}
