/**
 * Map template "quartier": an urban priority district beside a metropolis, with towers and long blocks,
 * a market square, a school, shared gardens, houses, an activity zone, a ring road and a tram line that
 * runs to the city centre in the top-right corner.
 */
import { MAP } from './palette';
import { box, gardenPlots, grove, longHouse, railway, ripples, roads, use } from './map-parts';
import { createRng } from './rng';
import { el } from './svg';

const TREES = [MAP.forest, MAP.grassDeep, '#8aa774', MAP.forestDeep];

function lawn(x: number, y: number, w: number, h: number, fill: string = MAP.grass): string {
  return el('rect', { x, y, width: w, height: h, rx: 10, fill });
}

/** The body of the quartier map (1600 × 900). */
export function quartierBody(): string {
  const rng = createRng(101);
  let s = el('rect', { width: 1600, height: 900, fill: MAP.groundAlt });
  // City centre ground beyond the ring road.
  s += el('path', { d: 'M1000 0C1040 200 1200 330 1600 350V0Z', fill: '#ddd3c0' });
  // Blocks and lawns of the district.
  s += lawn(30, 320, 290, 270) + lawn(350, 320, 390, 270, '#e7dfcc') + lawn(780, 320, 190, 270);
  s += lawn(30, 20, 290, 260) + lawn(350, 20, 390, 260) + lawn(780, 20, 170, 260, '#cdd5a4');
  s += lawn(0, 680, 740, 230, '#d6d3ae') + lawn(780, 680, 820, 230, '#ddd4bd');
  s += lawn(1010, 420, 590, 220, MAP.grass);
  // Pond in the park.
  s += el('ellipse', { cx: 1300, cy: 540, rx: 120, ry: 45, fill: MAP.waterDeep });
  s += el('ellipse', { cx: 1300, cy: 536, rx: 112, ry: 39, fill: MAP.water });
  s += ripples([
    [1230, 530],
    [1320, 548],
    [1270, 560],
  ]);
  // Market square paving and sports ground.
  s += el('rect', { x: 420, y: 380, width: 250, height: 150, rx: 8, fill: '#efe6d2' });
  s += el('rect', { x: 800, y: 470, width: 150, height: 100, rx: 6, fill: '#9fbf86' });
  s += el('rect', {
    x: 812,
    y: 480,
    width: 126,
    height: 80,
    fill: 'none',
    stroke: '#ffffff',
    'stroke-opacity': 0.7,
    'stroke-width': 2,
  });
  s += el('path', { d: 'M875 480V560', stroke: '#ffffff', 'stroke-opacity': 0.7, 'stroke-width': 2 });
  // Shared gardens.
  s += gardenPlots(rng, { x: 800, y: 50, cols: 3, count: 12 }, { w: 40, h: 38, stepX: 50, stepY: 50 }, [
    '#a8b86f',
    '#c2a86e',
    '#8fae6a',
    '#b9c07e',
  ]);
  // Roads, then the tram line beside the avenue.
  s += roads(
    [
      'M330 -20V920M760 -20V920M-20 300H980M-20 640H990C1100 640 1180 560 1250 480',
      'M760 660H1620M140 640V920M480 660V920M-20 790H740',
    ],
    22,
  );
  s += roads(['M980 -20C1020 200 1180 330 1620 360'], 34);
  s += el('path', {
    d: 'M980 -20C1020 200 1180 330 1620 360',
    fill: 'none',
    stroke: '#ffffff',
    'stroke-opacity': 0.7,
    'stroke-width': 2,
    'stroke-dasharray': '14 12',
  });
  const tram = 'M60 668H1000C1120 668 1220 560 1330 420C1400 330 1480 260 1620 200';
  s += el('path', {
    d: tram,
    fill: 'none',
    stroke: '#b6c79a',
    'stroke-width': 20,
    'stroke-linecap': 'round',
  });
  s += railway(tram);
  for (const [x, y] of [
    [200, 668],
    [620, 668],
    [1110, 628],
    [1470, 268],
  ] as const) {
    s += el('rect', {
      x: x - 22,
      y: y + 10,
      width: 44,
      height: 8,
      rx: 2,
      fill: '#f4ede0',
      stroke: MAP.roadEdge,
    });
    s += el('circle', { cx: x - 26, cy: y + 14, r: 6, fill: MAP.tram });
  }
  s += el('rect', { x: 540, y: 657, width: 110, height: 22, rx: 10, fill: MAP.tram });
  s += el('rect', { x: 550, y: 661, width: 90, height: 8, rx: 3, fill: '#cfe3e0' });
  // The city centre: a hazy cluster of taller buildings.
  const city: [number, number, number, number][] = [
    [1180, 120, 60, 110],
    [1260, 90, 70, 150],
    [1350, 140, 50, 120],
    [1420, 80, 80, 190],
    [1520, 150, 60, 130],
    [1100, 180, 50, 70],
    [1230, 230, 80, 60],
    [1330, 260, 60, 80],
    [1430, 280, 70, 100],
    [1530, 300, 60, 90],
  ];
  for (const [x, y, w, h] of city.sort((a, b) => a[1] - b[1])) {
    s += box(x, y, w, h, 26, { face: '#d8d0c4', side: '#bdb4a7', haze: 0.9 });
  }
  // District buildings, back to front.
  const towers: [number, number, number, number, number][] = [
    [60, 120, 120, 70, 30],
    [200, 250, 100, 55, 30],
    [60, 265, 90, 50, 30],
    [380, 170, 60, 120, 34],
    [500, 235, 60, 130, 34],
    [620, 190, 70, 110, 34],
    [60, 420, 60, 130, 34],
    [180, 470, 120, 60, 30],
    [60, 570, 200, 50, 30],
    [370, 560, 90, 60, 30],
    [690, 400, 50, 110, 30],
    [800, 420, 150, 55, 30],
  ];
  for (const [x, y, w, h, dp] of towers.sort((a, b) => a[1] - b[1])) s += box(x, y, w, h, dp);
  // Market stalls.
  for (let i = 0; i < 6; i += 1) {
    const mx = 450 + (i % 3) * 70;
    const my = 430 + Math.floor(i / 3) * 60;
    const awning = [MAP.roof1, '#d9a85c', '#8fae9c'][i % 3] ?? MAP.roof1;
    s += el('rect', { x: mx, y: my, width: 44, height: 14, fill: '#e9dcc2' });
    s += el('path', { d: `M${mx - 4} ${my}h52l-6-12h-40z`, fill: awning });
  }
  // Houses in the south-west, shops and workshops in the south-east.
  for (let row = 0; row < 3; row += 1) {
    for (let col = 0; col < 9; col += 1) {
      const hx = 30 + col * 78 + (row % 2) * 20;
      const hy = 730 + row * 70;
      if (Math.abs(hx - 140) < 30 || Math.abs(hx - 480) < 30 || Math.abs(hy - 790) < 20) continue;
      s += use('hs', hx, hy, rng.pick([MAP.roof1, MAP.roof3, MAP.roof2]));
    }
  }
  s += longHouse(820, 770, 160, 40, '#a89d8c', '#e6dccb') + longHouse(1030, 760, 130, 36, '#9c8a7a');
  s += longHouse(1210, 770, 180, 44, '#b2a390', '#ece3d2') + longHouse(1430, 760, 120, 36, MAP.roof1);
  s += longHouse(860, 880, 120, 30, MAP.roof3) + longHouse(1100, 880, 200, 36, '#a89d8c', '#e6dccb');
  // Trees.
  const inBuilding = (x: number, y: number): boolean =>
    towers.some(([bx, by, w, h, dp]) => x > bx - 14 && x < bx + w + dp && y > by - h - dp && y < by + 14);
  const onRoad = (x: number, y: number): boolean =>
    Math.abs(x - 330) < 24 ||
    Math.abs(x - 760) < 24 ||
    Math.abs(y - 300) < 24 ||
    Math.abs(y - 640) < 40 ||
    inBuilding(x, y);
  s += grove(
    rng,
    26,
    { x: 1020, y: 440, w: 560, h: 190 },
    TREES,
    'tr',
    (x, y) => Math.hypot((x - 1300) / 140, (y - 540) / 60) < 1,
  );
  s += grove(rng, 10, { x: 40, y: 300, w: 270, h: 30 }, TREES, 'tr', onRoad);
  s += grove(rng, 8, { x: 360, y: 300, w: 380, h: 60 }, TREES, 'tr', onRoad);
  s += grove(rng, 12, { x: 40, y: 330, w: 270, h: 250 }, TREES, 'tr', onRoad);
  s += grove(rng, 8, { x: 40, y: 30, w: 270, h: 240 }, TREES, 'tr', onRoad);
  s += grove(rng, 12, { x: 360, y: 20, w: 370, h: 260 }, TREES, 'tr', onRoad);
  for (let x = 30; x < 980; x += 48) s += use('tr', x, 620, rng.pick(TREES), 0.8);
  s += grove(
    rng,
    14,
    { x: 0, y: 684, w: 740, h: 18 },
    TREES,
    'tr',
    (x) => Math.abs(x - 140) < 24 || Math.abs(x - 480) < 24,
  );
  return s;
}
