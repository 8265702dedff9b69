/**
 * Icons (64 × 64): the four families (distinct silhouettes, recognisable without colour), the meters, and
 * small interface icons drawn as rounded ink strokes.
 */
import { BASE, FAMILY } from './palette';
import { compact } from './path-tools';
import { el, svgDoc } from './svg';

const PAPER = BASE.paper;
const INK = BASE.ink;

/** Round-capped stroke in a colour. */
function line(d: string, color: string = INK, width = 5): string {
  return el('path', {
    d: compact(d),
    fill: 'none',
    stroke: color,
    'stroke-width': width,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });
}

function gearPath(cx: number, cy: number, outer: number, inner: number, teeth: number): string {
  let d = '';
  for (let i = 0; i < teeth; i += 1) {
    const a = (i / teeth) * Math.PI * 2;
    const step = Math.PI / teeth;
    const pts = [
      [a - step * 0.95, inner],
      [a - step * 0.5, outer],
      [a + step * 0.5, outer],
      [a + step * 0.95, inner],
    ] as const;
    for (const [angle, r] of pts) {
      const x = cx + Math.cos(angle) * r;
      const y = cy + Math.sin(angle) * r;
      d += `${d === '' ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    }
  }
  return compact(d + 'Z');
}

const FAMILY_ICONS: Record<string, { title: string; body: string }> = {
  'family-elus': {
    title: 'Élu·es et collectivité : une mairie à colonnes',
    body:
      el('path', { d: 'M32 6L58 20V24H6V20Z', fill: FAMILY.elus.main }) +
      el('rect', { x: 9, y: 26, width: 46, height: 5, rx: 1, fill: FAMILY.elus.main }) +
      [12, 22, 32, 42, 52]
        .map((x) => el('rect', { x: x - 3.5, y: 33, width: 7, height: 16, rx: 1.5, fill: FAMILY.elus.main }))
        .join('') +
      el('rect', { x: 7, y: 51, width: 50, height: 4, rx: 1, fill: FAMILY.elus.main }) +
      el('rect', { x: 4, y: 56, width: 56, height: 4, rx: 1, fill: FAMILY.elus.main }) +
      el('circle', { cx: 32, cy: 17, r: 3, fill: PAPER }),
  },
  'family-habitants': {
    title: 'Habitant·es : une maison et ses habitants',
    body:
      el('path', { d: 'M32 4L60 28H54V60H10V28H4Z', fill: FAMILY.habitants.main }) +
      el('circle', { cx: 24, cy: 34, r: 6, fill: PAPER }) +
      el('circle', { cx: 40, cy: 34, r: 6, fill: PAPER }) +
      el('path', { d: 'M13 60C13 48 18 43 24 43S35 48 35 60Z', fill: PAPER }) +
      el('path', { d: 'M29 60C29 48 34 43 40 43S51 48 51 60Z', fill: PAPER }) +
      el('path', {
        d: 'M29 60C29 48 34 43 40 43S51 48 51 60',
        fill: 'none',
        stroke: FAMILY.habitants.main,
        'stroke-width': 2,
      }),
  },
  'family-entreprises': {
    title: 'Entreprises : un engrenage d’atelier',
    body:
      el('path', { d: gearPath(32, 32, 29, 21, 9), fill: FAMILY.entreprises.main }) +
      el('circle', { cx: 32, cy: 32, r: 12, fill: PAPER }) +
      el('circle', { cx: 32, cy: 32, r: 5, fill: FAMILY.entreprises.main }),
  },
  'family-associations': {
    title: 'Associations et initiatives : deux mains qui portent un cœur',
    body:
      el('path', {
        d: 'M32 38C18 30 13 23 14 16C15 8 26 6 32 14C38 6 49 8 50 16C51 23 46 30 32 38Z',
        fill: FAMILY.associations.main,
      }) +
      el('path', {
        d: 'M2 38Q2 33 7 33Q11 33 15 38L23 46H41L49 38Q53 33 57 33Q62 33 62 38Q62 45 54 52Q47 59 39 60H25Q17 59 10 52Q2 45 2 38Z',
        fill: FAMILY.associations.main,
      }) +
      line('M23 46Q28 51 32 51Q36 51 41 46', PAPER, 3),
  },
};

const METER_ICONS: Record<string, { title: string; body: string }> = {
  'meter-cooperation': {
    title: 'Jauge de coopération : un réseau de liens',
    body:
      line('M14 46L32 14L50 46Z', BASE.teal, 5) +
      el('circle', { cx: 32, cy: 14, r: 9, fill: FAMILY.elus.main }) +
      el('circle', { cx: 14, cy: 46, r: 9, fill: FAMILY.habitants.main }) +
      el('circle', { cx: 50, cy: 46, r: 9, fill: FAMILY.associations.main }) +
      el('circle', { cx: 32, cy: 35, r: 6, fill: FAMILY.entreprises.main }) +
      line('M32 23V29M20 43L27 38M44 43L37 38', BASE.teal, 3),
  },
  'meter-time': {
    title: 'Temps : un sablier',
    body:
      el('rect', { x: 12, y: 4, width: 40, height: 6, rx: 3, fill: INK }) +
      el('rect', { x: 12, y: 54, width: 40, height: 6, rx: 3, fill: INK }) +
      el('path', {
        d: 'M17 10H47C47 24 36 28 36 32S47 40 47 54H17C17 40 28 36 28 32S17 24 17 10Z',
        fill: PAPER,
        stroke: INK,
        'stroke-width': 3.5,
        'stroke-linejoin': 'round',
      }) +
      el('path', { d: 'M22 16H42C40 22 34 25 32 28C30 25 24 22 22 16Z', fill: BASE.gold }) +
      el('path', { d: 'M21 51C23 44 29 42 32 41C35 42 41 44 43 51Z', fill: BASE.gold }) +
      line('M32 32V40', BASE.gold, 2),
  },
  'meter-budget': {
    title: 'Budget : une pile de pièces',
    body:
      [50, 41, 32]
        .map(
          (y) =>
            el('path', {
              d: compact(`M8 ${y}V${y + 6}C8 ${y + 11} 40 ${y + 11} 40 ${y + 6}V${y}Z`),
              fill: '#c08a26',
            }) + el('ellipse', { cx: 24, cy: y, rx: 16, ry: 5.5, fill: BASE.gold }),
        )
        .join('') +
      el('circle', { cx: 45, cy: 20, r: 14, fill: BASE.gold, stroke: '#c08a26', 'stroke-width': 3 }) +
      el('circle', { cx: 45, cy: 20, r: 8, fill: 'none', stroke: '#c08a26', 'stroke-width': 2 }),
  },
  'meter-generic': {
    title: 'Jauge : un cadran',
    body:
      line('M8 44A24 24 0 0 1 56 44', '#d8cdb8', 8) +
      line('M8 44A24 24 0 0 1 38 21', BASE.teal, 8) +
      line('M32 44L44 26', INK, 4) +
      el('circle', { cx: 32, cy: 44, r: 5, fill: INK }) +
      el('rect', { x: 10, y: 52, width: 44, height: 4, rx: 2, fill: '#d8cdb8' }),
  },
  'meter-energy': {
    title: 'Énergie : un éclair',
    body:
      el('circle', { cx: 32, cy: 32, r: 28, fill: '#f3dca6' }) +
      el('path', {
        d: 'M36 6L14 36H30L26 58L50 26H34Z',
        fill: BASE.gold,
        stroke: '#b27a1c',
        'stroke-width': 3,
        'stroke-linejoin': 'round',
      }),
  },
};

const speaker = el('path', {
  d: 'M8 24H18L32 12V52L18 40H8Z',
  fill: INK,
  stroke: INK,
  'stroke-width': 3,
  'stroke-linejoin': 'round',
});

const UI_ICONS: Record<string, { title: string; body: string }> = {
  why: {
    title: 'Pourquoi ? Une question',
    body:
      el('circle', { cx: 32, cy: 32, r: 27, fill: 'none', stroke: INK, 'stroke-width': 5 }) +
      line('M23 24C23 12 41 12 41 24C41 32 32 32 32 40') +
      el('circle', { cx: 32, cy: 48, r: 3.5, fill: INK }),
  },
  codex: {
    title: 'Codex : un livre ouvert',
    body:
      line('M32 16C24 10 14 10 6 12V52C14 50 24 50 32 56C40 50 50 50 58 52V12C50 10 40 10 32 16Z') +
      line('M32 16V56') +
      line('M13 22C18 21 22 21 25 23M13 31C18 30 22 30 25 32M39 23C42 21 46 21 51 22', INK, 3),
  },
  'sound-on': {
    title: 'Son activé',
    body: speaker + line('M40 24C44 28 44 36 40 40M46 18C54 26 54 38 46 46'),
  },
  'sound-off': { title: 'Son coupé', body: speaker + line('M42 24L56 40M56 24L42 40') },
  settings: {
    title: 'Réglages : des curseurs',
    body:
      line('M8 16H56M8 32H56M8 48H56', INK, 4) +
      el('circle', { cx: 20, cy: 16, r: 6, fill: PAPER, stroke: INK, 'stroke-width': 4 }) +
      el('circle', { cx: 42, cy: 32, r: 6, fill: PAPER, stroke: INK, 'stroke-width': 4 }) +
      el('circle', { cx: 26, cy: 48, r: 6, fill: PAPER, stroke: INK, 'stroke-width': 4 }),
  },
  'arrow-up': { title: 'En hausse', body: line('M32 54V12M14 30L32 12L50 30', INK, 7) },
  'arrow-down': { title: 'En baisse', body: line('M32 10V52M14 34L32 52L50 34', INK, 7) },
  link: {
    title: 'Lien entre deux acteurs',
    body:
      line('M28 36A10 10 0 0 1 28 22L34 16A10 10 0 0 1 48 30L44 34') +
      line('M36 28A10 10 0 0 1 36 42L30 48A10 10 0 0 1 16 34L20 30'),
  },
  initiative: {
    title: 'Initiative : une jeune pousse',
    body:
      el('path', { d: 'M10 50H54L50 60H14Z', fill: '#9a6a44' }) +
      line('M32 50V26', '#3f7a4a', 5) +
      el('path', { d: 'M32 32C32 20 22 12 8 14C8 26 18 32 32 32Z', fill: '#5fa067' }) +
      el('path', { d: 'M32 26C32 12 42 4 58 6C58 20 46 26 32 26Z', fill: '#3f8a55' }),
  },
};

/** Every icon file, keyed by its path relative to the repository root. */
export function iconFiles(): [string, string][] {
  const all = { ...FAMILY_ICONS, ...METER_ICONS, ...UI_ICONS };
  return Object.entries(all).map(([name, icon]) => [
    `assets/art/icons/${name}.svg`,
    svgDoc({ width: 64, height: 64, title: icon.title, body: icon.body }),
  ]);
}
