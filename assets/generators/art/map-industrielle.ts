/**
 * Map template "ville-industrielle": a former industrial town with brick halls and chimneys, a railway and
 * its station, a canal, a town centre, rows of workers' houses, allotments and an old slag heap.
 */
import { MAP } from './palette';
import { box, chimney, grove, longHouse, railway, river, roads, sawtoothHall, use } from './map-parts';
import { createRng } from './rng';
import { el } from './svg';

const LEAF = [MAP.forest, MAP.grassDeep, '#8aa774'];

/** The body of the industrial-town map (1600 × 900). */
export function industrielleBody(): string {
  const rng = createRng(303);
  let s = el('rect', { width: 1600, height: 900, fill: MAP.ground });
  // Slag heap and its greened slopes in the distance.
  s += el('path', { d: 'M1120 200C1220 40 1300 20 1360 20S1480 60 1600 180V210H1100Z', fill: '#958f80' });
  s += el('path', {
    d: 'M1150 180C1200 110 1260 60 1380 50C1480 70 1540 130 1590 180C1500 150 1420 110 1340 120C1260 130 1200 160 1150 180Z',
    fill: '#a3ab84',
  });
  s += el('rect', { y: 200, width: 1600, height: 700, fill: MAP.ground });
  // Wasteland (friche) with tall grass around the old works.
  s += el('path', { d: 'M0 0H1100V260C900 300 500 240 0 280Z', fill: '#d4cba9' });
  s += el('path', { d: 'M40 40H1040V250H40Z', fill: '#cfc4a6' });
  // Allotments: a grid of small plots with sheds.
  s += el('rect', { x: 1120, y: 560, width: 460, height: 320, rx: 10, fill: MAP.grass });
  for (let i = 0; i < 28; i += 1) {
    const px = 1140 + (i % 7) * 62;
    const py = 580 + Math.floor(i / 7) * 74;
    s += el('rect', {
      x: px,
      y: py,
      width: 54,
      height: 64,
      rx: 3,
      fill: rng.pick(['#a8b86f', '#c2a86e', '#9fb77a', '#cbb887']),
    });
    s += el('rect', { x: px, y: py, width: 54, height: 64, rx: 3, fill: 'url(#fur)' });
    if (i % 3 === 0) s += use('hs', px + 40, py + 20, '#6f8a8c', 0.6);
  }
  // Canal, railway and streets.
  s += river('M-20 470H1620', 40, [
    [140, 470],
    [520, 466],
    [860, 474],
    [1240, 468],
    [1500, 472],
  ]);
  s += railway('M-20 330C400 322 900 312 1620 300');
  s += roads(
    ['M-20 560H1620', 'M600 300V920', 'M300 560V920', 'M960 300V920', 'M600 720H1100', 'M1100 300V560'],
    20,
  );
  // Bridges over the canal.
  for (const x of [600, 960, 1100])
    s +=
      el('rect', { x: x - 16, y: 440, width: 32, height: 60, rx: 3, fill: '#cbbd9f' }) +
      el('rect', { x: x - 10, y: 440, width: 20, height: 60, fill: MAP.road });
  // The works: sawtooth halls and chimneys, back to front.
  s += sawtoothHall(80, 150, 8, 50) + sawtoothHall(420, 130, 6, 44);
  s += chimney(330, 150, 120, false) + chimney(760, 140, 150, false);
  s += sawtoothHall(160, 250, 10, 56) + sawtoothHall(640, 250, 9, 52);
  s += chimney(540, 250, 170, false);
  s += box(900, 180, 110, 70, 30, { face: MAP.brick, side: MAP.brickShade, top: '#c9806a' });
  // Old goods yard between the railway and the canal: a siding, two warehouses and a water tower.
  s += el('rect', { x: 20, y: 352, width: 520, height: 70, rx: 6, fill: '#d6ccb2' });
  s += railway('M40 360C200 358 360 356 540 352');
  s +=
    longHouse(60, 420, 170, 36, MAP.brickShade, '#d7b39a') +
    longHouse(270, 420, 130, 36, '#8f7e6c', '#e0cdb4');
  s +=
    el('rect', { x: 462, y: 360, width: 8, height: 58, fill: '#8f7e6c' }) +
    el('rect', { x: 486, y: 360, width: 8, height: 58, fill: '#8f7e6c' });
  s +=
    el('path', { d: 'M450 330H506L500 372H456Z', fill: '#a88f78' }) +
    el('path', { d: 'M446 330H510L478 312Z', fill: '#8f7e6c' });
  // Station.
  s +=
    longHouse(1180, 290, 150, 40, '#8f7e6c', '#eadcc3') +
    el('rect', { x: 1160, y: 305, width: 200, height: 10, fill: '#c9bb9c' });
  // Town centre: town hall on its square, church, shops.
  s += el('rect', { x: 640, y: 600, width: 300, height: 100, rx: 8, fill: '#eee4cf' });
  s += longHouse(700, 640, 180, 40, '#7f8a96', '#efe3cc');
  s +=
    el('rect', { x: 778, y: 576, width: 24, height: 24, fill: '#efe3cc' }) +
    el('circle', { cx: 790, cy: 588, r: 7, fill: '#f8f2e6', stroke: '#8a7f70', 'stroke-width': 2 });
  s += longHouse(640, 800, 120, 40, MAP.roof1) + longHouse(790, 800, 140, 40, MAP.roof3);
  s +=
    longHouse(1000, 670, 80, 34, MAP.roof2) +
    longHouse(640, 900, 140, 40, MAP.roof1) +
    longHouse(810, 900, 120, 40, MAP.roof2);
  s +=
    longHouse(1000, 820, 90, 60, '#7d7366', '#e9dfcb') +
    el('path', { d: 'M1030 760H1060L1045 720Z', fill: '#7d7366' });
  // Rows of brick workers' houses (corons).
  for (let row = 0; row < 4; row += 1) {
    for (let col = 0; col < 11; col += 1) {
      const hx = 20 + col * 25;
      const hy = 620 + row * 75;
      s += el('rect', { x: hx, y: hy - 22, width: 25, height: 22, fill: row % 2 ? MAP.brick : '#c17c60' });
      s += el('rect', { x: hx + 4, y: hy - 16, width: 6, height: 7, fill: '#e6d8c0' });
      s += el('rect', { x: hx + 14, y: hy - 16, width: 6, height: 16, fill: '#6f4a3a' });
    }
    s += el('path', { d: `M16 ${598 + row * 75}H299L292 ${585 + row * 75}H23Z`, fill: MAP.brickShade });
  }
  for (let row = 0; row < 3; row += 1) {
    for (let col = 0; col < 10; col += 1)
      s += use('hs', 330 + col * 26, 640 + row * 90, rng.pick([MAP.roof1, MAP.brickShade]));
  }
  // Trees: along the canal, on the square and on the wasteland.
  for (let x = 30; x < 1600; x += 56) s += use('tr', x, 512, rng.pick(LEAF), 0.8);
  s += grove(rng, 10, { x: 650, y: 660, w: 280, h: 30 }, LEAF);
  s += grove(rng, 22, { x: 40, y: 40, w: 1000, h: 60 }, LEAF, 'tr', (x) => x > 60 && x < 920);
  s += grove(rng, 20, { x: 1020, y: 360, w: 560, h: 80 }, LEAF, 'tr', (x) => Math.abs(x - 1100) < 24);
  return s;
}
