/**
 * Map template "banlieue-culturelle": a suburban town of a metropolis. A former factory turned cultural
 * venue (brick halls, a kept chimney, a courtyard with a painted wall and tables), housing estates, an
 * RER line on its embankment with a station and a train, a covered market, the town hall on its square,
 * terraced houses and workshops, the river and a hazy skyline of the metropolis beyond the ring road.
 */
import { MAP } from './palette';
import {
  box,
  chimney,
  gardenPlots,
  grove,
  longHouse,
  railway,
  ripples,
  river,
  roads,
  sawtoothHall,
  use,
} from './map-parts';
import { halle, mural, townHall, train } from './map-landmarks';
import { createRng } from './rng';
import { el } from './svg';

const LEAF = [MAP.forest, MAP.grassDeep, '#8aa774', MAP.forestDeep];
const RAIL = 'M-20 258C300 252 700 238 1000 222S1400 190 1620 170';

function plot(x: number, y: number, w: number, h: number, fill: string): string {
  return el('rect', { x, y, width: w, height: h, rx: 8, fill });
}

/** Housing estate: long bars and towers on a lawn, back to front. */
function estate(list: readonly (readonly [number, number, number, number])[]): string {
  return [...list]
    .sort((a, b) => a[1] - b[1])
    .map(([x, y, w, h]) => box(x, y, w, h, 28))
    .join('');
}

/** The body of the banlieue map (1600 × 900). */
export function banlieueBody(): string {
  const rng = createRng(404);
  let s = el('rect', { width: 1600, height: 900, fill: '#e2d8c2' });
  // Beyond the ring road: the metropolis, hazy.
  s += el('path', { d: 'M1040 0C1080 70 1200 110 1600 90V0Z', fill: '#d9d0c0' });
  for (const [x, y, w, h] of [
    [1130, 40, 50, 60],
    [1200, 30, 60, 80],
    [1280, 45, 46, 70],
    [1350, 20, 70, 100],
    [1440, 38, 50, 70],
    [1510, 25, 60, 80],
  ] as const)
    s += box(x, y + h, w, h, 20, { face: '#d6cec2', side: '#bdb4a7', haze: 0.8 });
  s += roads(['M1020 -20C1070 80 1200 130 1620 112'], 30);
  // Lawns of the estates, the market square, the venue's yard, the town hall square, the gardens.
  s += plot(20, 20, 560, 200, MAP.grass) + plot(620, 40, 380, 160, '#c7d0a0');
  s += plot(960, 320, 170, 170, MAP.grass) + plot(1160, 300, 420, 200, '#c7d0a0');
  s += plot(760, 520, 360, 180, MAP.grass);
  s += el('rect', { x: 30, y: 312, width: 300, height: 172, rx: 8, fill: '#ece2cc' });
  s += el('rect', { x: 362, y: 304, width: 364, height: 184, rx: 6, fill: '#ddd1b8' });
  s += el('rect', { x: 756, y: 318, width: 196, height: 166, rx: 8, fill: '#efe6d2' });
  s += plot(364, 516, 360, 190, '#cbd2a2');
  s += gardenPlots(rng, { x: 384, y: 546, cols: 5, count: 10 }, { w: 52, h: 44, stepX: 64, stepY: 56 }, [
    '#a8b86f',
    '#c2a86e',
    '#8fae6a',
  ]);
  // The river at the bottom right, with its quay.
  s += river('M960 920C1080 830 1260 780 1620 760', 64, [
    [1040, 860],
    [1200, 800],
    [1420, 775],
  ]);
  // Streets, then the RER embankment over them with its two tracks.
  s += roads(
    [
      'M-20 500H1620',
      'M350 290V920',
      'M740 240V920',
      'M610 -20V250',
      'M-20 720H960',
      'M1140 200V500',
      'M560 720V920',
      'M-20 290H1620',
    ],
    20,
  );
  s += el('path', { d: RAIL, fill: 'none', stroke: '#cfc3a8', 'stroke-width': 54, 'stroke-linecap': 'butt' });
  s += railway(RAIL) + el('g', { transform: 'translate(0 22)' }, railway(RAIL));
  for (const [x, y] of [
    [610, 244],
    [1140, 210],
  ] as const)
    s += el('rect', { x: x - 13, y: y + 22, width: 26, height: 8, rx: 2, fill: '#00000026' });
  s += train(200, 264, 4, -1);
  // The station: a platform canopy on the embankment, the building below it, the line's sign.
  s += el('rect', { x: 770, y: 215, width: 170, height: 8, rx: 2, fill: '#c9bb9c' });
  s += longHouse(780, 292, 110, 24, '#8f8577', '#ebe0cc');
  s +=
    el('circle', { cx: 762, cy: 276, r: 9, fill: MAP.tram }) +
    el('circle', { cx: 762, cy: 276, r: 4, fill: '#f3ecdc' });
  // North of the railway: the estate of long bars and towers.
  s += estate([
    [50, 90, 160, 40],
    [250, 120, 60, 100],
    [340, 80, 180, 38],
    [60, 200, 70, 110],
    [160, 210, 170, 44],
    [380, 200, 60, 120],
    [470, 205, 90, 50],
    [660, 110, 130, 40],
    [850, 120, 60, 90],
    [660, 195, 150, 46],
  ]);
  // The covered market and its stalls on the square.
  s += halle(70, 430, 230, 40, '#8e98a0');
  for (let i = 0; i < 5; i += 1) {
    const mx = 54 + i * 54;
    const awning = [MAP.roof1, '#d9a85c', '#8fae9c'][i % 3] ?? MAP.roof1;
    s += el('rect', { x: mx, y: 466, width: 40, height: 12, fill: '#e9dcc2' });
    s += el('path', { d: `M${mx - 3} 466h46l-5-10h-36z`, fill: awning });
  }
  // The venue: a former factory with sawtooth halls, a kept chimney, a painted wall and a terrace.
  s += sawtoothHall(380, 400, 7, 56);
  s += box(580, 410, 100, 70, 30, { face: MAP.brick, side: MAP.brickShade, top: '#c9806a' });
  s += chimney(712, 420, 130, false);
  s += mural(390, 478, 160, 44);
  // Terrace: tables under parasols, and a garland of lights across the yard.
  for (let i = 0; i < 4; i += 1) {
    const tx = 598 + (i % 2) * 52 + Math.floor(i / 2) * 14;
    const ty = 456 + Math.floor(i / 2) * 24;
    s += el('rect', { x: tx - 1, y: ty - 16, width: 2, height: 16, fill: '#7d7264' });
    s += el('ellipse', { cx: tx + 3, cy: ty + 1, rx: 11, ry: 4, fill: MAP.shadow });
    s += el('path', {
      d: `M${tx - 15} ${ty - 14}Q${tx} ${ty - 26} ${tx + 15} ${ty - 14}Z`,
      fill: ['#d9a066', '#8fae9c'][i % 2] ?? '#d9a066',
    });
  }
  s += el('path', { d: 'M560 424Q640 452 722 416', fill: 'none', stroke: '#7d7264', 'stroke-width': 1.2 });
  for (let i = 1; i < 8; i += 1) {
    const t = i / 8;
    const gx = (1 - t) * (1 - t) * 560 + 2 * t * (1 - t) * 640 + t * t * 722;
    const gy = (1 - t) * (1 - t) * 424 + 2 * t * (1 - t) * 452 + t * t * 416;
    s += el('circle', { cx: gx, cy: gy + 2, r: 2.6, fill: '#f1d27a' });
  }
  // The town hall on its square.
  s += townHall(772, 460, 164, '#7f8a96');
  // Terraced houses, the southern estate, workshops and blocks along the quay.
  for (let row = 0; row < 4; row += 1)
    for (let col = 0; col < 7; col += 1) {
      const hx = 30 + col * 44 + (row % 2) * 14;
      const hy = 584 + row * 76 + (row > 1 ? 20 : 0);
      if (Math.abs(hy - 720) < 26) continue;
      s += use('hs', hx, hy, rng.pick([MAP.roof1, MAP.roof3, MAP.brickShade]));
    }
  s += estate([
    [790, 624, 60, 70],
    [880, 616, 130, 40],
    [1040, 640, 50, 100],
    [1200, 420, 60, 110],
    [1300, 400, 150, 44],
    [1480, 450, 70, 100],
  ]);
  for (let col = 0; col < 4; col += 1) s += use('hs', 390 + col * 44, 800 + (col % 2) * 70, MAP.roof3);
  s += longHouse(600, 800, 120, 34, '#9c8a7a', '#e6dccb') + longHouse(600, 890, 120, 36, MAP.roof3);
  s += longHouse(1180, 700, 150, 40, '#a89d8c', '#e6dccb') + longHouse(1380, 690, 140, 36, MAP.roof1);
  // Trees: the avenue, the squares, the lawns.
  for (let x = 30; x < 1600; x += 52)
    if (Math.abs(x - 350) > 26 && Math.abs(x - 800) > 26) s += use('tr', x, 548, rng.pick(LEAF), 0.75);
  for (let x = 770; x < 950; x += 36) s += use('tr', x, 478, rng.pick(LEAF), 0.7);
  s += grove(rng, 16, { x: 30, y: 24, w: 560, h: 190 }, LEAF, 'tr', (x, y) => y > 40 && y < 215 && x < 560);
  s += grove(rng, 10, { x: 1170, y: 540, w: 400, h: 60 }, LEAF);
  s += grove(rng, 6, { x: 970, y: 340, w: 150, h: 130 }, LEAF);
  // A park along the quay.
  s += el('path', { d: 'M820 900C860 820 900 760 960 740H1160C1080 780 1000 830 950 900Z', fill: MAP.grass });
  s += grove(rng, 12, { x: 850, y: 770, w: 150, h: 120 }, LEAF, 'tr', (x, y) => x > 1010 - (y - 760) * 0.5);
  s += ripples([[1300, 790]]);
  return s;
}
