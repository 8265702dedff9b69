/**
 * The cast of portraits: 24 hand-specified characters of varied ages, genders, skin tones and styles,
 * drawn head-and-shoulders in a rounded frame (256 × 256).
 */
import { BASE, CLOTH, HAIR, PORTRAIT_BG, SKIN } from './palette';
import { body, darken } from './portrait-body';
import type { Outfit } from './portrait-body';
import { ears, features, headPath } from './portrait-face';
import type { FaceSpec } from './portrait-face';
import { hair, headscarf } from './portrait-hair';
import type { Head, HairStyle } from './portrait-hair';
import { el, svgDoc } from './svg';

/** One character of the cast. */
export interface PortraitSpec {
  /** Accessible description, in French (the source language of the game). */
  title: string;
  skin: number;
  hair: HairStyle | 'scarf';
  hairColor: keyof typeof HAIR;
  /** Scarf colour index in CLOTH (only for hair: 'scarf'). */
  scarf?: number;
  outfit: Outfit;
  cloth: number;
  second: string;
  bg: number;
  face: FaceSpec;
  /** Half width of the face. */
  w: number;
  /** Chin height. */
  chin: number;
  /** Extra shoulder width. */
  broad: number;
}

const W = '#fffaf1';

/** The cast, in file order (portrait-01 … portrait-24). */
export const PORTRAITS: readonly PortraitSpec[] = [
  {
    title: 'Jeune femme, cheveux afro, créoles dorées',
    skin: 5,
    hair: 'afro',
    hairColor: 'black',
    outfit: 'tee',
    cloth: 1,
    second: W,
    bg: 0,
    w: 42,
    chin: 166,
    broad: 0,
    face: { jaw: 0.2, nose: 'wide', mouth: 'grin', brows: 'arch', age: 'young', earrings: 'hoop' },
  },
  {
    title: 'Homme d’une quarantaine d’années, raie sur le côté, lunettes',
    skin: 1,
    hair: 'sidepart',
    hairColor: 'brown',
    outfit: 'shirt',
    cloth: 0,
    second: W,
    bg: 1,
    w: 44,
    chin: 170,
    broad: 8,
    face: { jaw: 0.8, nose: 'long', mouth: 'smile', brows: 'flat', age: 'adult', glasses: 'square' },
  },
  {
    title: 'Femme âgée, cheveux blancs ondulés, lunettes rondes',
    skin: 1,
    hair: 'waves',
    hairColor: 'white',
    outfit: 'cardigan',
    cloth: 3,
    second: '#f0e4d0',
    bg: 2,
    w: 42,
    chin: 166,
    broad: 0,
    face: {
      jaw: 0.2,
      nose: 'button',
      mouth: 'smile',
      brows: 'flat',
      age: 'elder',
      glasses: 'round',
      earrings: 'stud',
    },
  },
  {
    title: 'Homme d’une trentaine d’années, barbe fournie, sweat à capuche',
    skin: 4,
    hair: 'crop',
    hairColor: 'black',
    outfit: 'hoodie',
    cloth: 2,
    second: W,
    bg: 3,
    w: 45,
    chin: 168,
    broad: 10,
    face: { jaw: 0.9, nose: 'wide', mouth: 'smile', brows: 'thick', age: 'adult', beard: 'full' },
  },
  {
    title: 'Femme d’une quarantaine d’années, foulard sur les cheveux',
    skin: 3,
    hair: 'scarf',
    hairColor: 'black',
    scarf: 4,
    outfit: 'tee',
    cloth: 8,
    second: W,
    bg: 4,
    w: 41,
    chin: 166,
    broad: 0,
    face: { jaw: 0.2, nose: 'long', mouth: 'smile', brows: 'arch', age: 'adult' },
  },
  {
    title: 'Homme d’une soixantaine d’années, moustache grise, veste',
    skin: 6,
    hair: 'receding',
    hairColor: 'grey',
    outfit: 'jacket',
    cloth: 8,
    second: '#e9e3d6',
    bg: 5,
    w: 45,
    chin: 170,
    broad: 8,
    face: { jaw: 0.7, nose: 'wide', mouth: 'soft', brows: 'flat', age: 'senior', beard: 'moustache' },
  },
  {
    title: 'Jeune femme rousse aux cheveux longs, taches de rousseur',
    skin: 0,
    hair: 'long',
    hairColor: 'auburn',
    outfit: 'vneck',
    cloth: 2,
    second: W,
    bg: 1,
    w: 41,
    chin: 166,
    broad: 0,
    face: { jaw: 0.15, nose: 'button', mouth: 'grin', brows: 'arch', age: 'young', freckles: true },
  },
  {
    title: 'Homme d’une cinquantaine d’années, crâne dégarni, barbe courte',
    skin: 2,
    hair: 'bald',
    hairColor: 'grey',
    outfit: 'turtleneck',
    cloth: 9,
    second: W,
    bg: 0,
    w: 45,
    chin: 170,
    broad: 8,
    face: {
      jaw: 0.7,
      nose: 'long',
      mouth: 'smile',
      brows: 'flat',
      age: 'senior',
      beard: 'short',
      glasses: 'square',
    },
  },
  {
    title: 'Femme d’une trentaine d’années, tresses longues',
    skin: 6,
    hair: 'braids',
    hairColor: 'black',
    outfit: 'vneck',
    cloth: 11,
    second: W,
    bg: 3,
    w: 41,
    chin: 166,
    broad: 0,
    face: {
      jaw: 0.2,
      nose: 'wide',
      mouth: 'smile',
      brows: 'arch',
      age: 'adult',
      earrings: 'stud',
      lips: '#6b2a35',
    },
  },
  {
    title: 'Jeune homme aux cheveux bouclés, barbe naissante',
    skin: 3,
    hair: 'curly',
    hairColor: 'darkBrown',
    outfit: 'tee',
    cloth: 0,
    second: W,
    bg: 2,
    w: 43,
    chin: 168,
    broad: 6,
    face: { jaw: 0.6, nose: 'long', mouth: 'smirk', brows: 'thick', age: 'young', beard: 'stubble' },
  },
  {
    title: 'Femme d’une cinquantaine d’années, carré blond, veste',
    skin: 1,
    hair: 'bob',
    hairColor: 'blond',
    outfit: 'jacket',
    cloth: 0,
    second: '#f3ede2',
    bg: 4,
    w: 42,
    chin: 166,
    broad: 0,
    face: {
      jaw: 0.3,
      nose: 'long',
      mouth: 'smile',
      brows: 'arch',
      age: 'senior',
      lips: '#9b3b3f',
      earrings: 'stud',
    },
  },
  {
    title: 'Homme âgé, moustache blanche, gilet',
    skin: 2,
    hair: 'bald',
    hairColor: 'white',
    outfit: 'cardigan',
    cloth: 7,
    second: '#ece2cf',
    bg: 5,
    w: 44,
    chin: 170,
    broad: 4,
    face: {
      jaw: 0.5,
      nose: 'long',
      mouth: 'smile',
      brows: 'thick',
      age: 'elder',
      beard: 'moustache',
      glasses: 'round',
    },
  },
  {
    title: 'Jeune femme à queue-de-cheval, sweat à capuche',
    skin: 4,
    hair: 'ponytail',
    hairColor: 'black',
    outfit: 'hoodie',
    cloth: 3,
    second: W,
    bg: 1,
    w: 41,
    chin: 166,
    broad: 0,
    face: { jaw: 0.2, nose: 'button', mouth: 'grin', brows: 'arch', age: 'young', earrings: 'stud' },
  },
  {
    title: 'Homme d’une quarantaine d’années, dreadlocks, bouc',
    skin: 5,
    hair: 'locs',
    hairColor: 'black',
    outfit: 'shirt',
    cloth: 7,
    second: '#f3ede2',
    bg: 0,
    w: 44,
    chin: 170,
    broad: 8,
    face: { jaw: 0.7, nose: 'wide', mouth: 'smile', brows: 'flat', age: 'adult', beard: 'goatee' },
  },
  {
    title: 'Femme d’une soixantaine d’années, cheveux courts gris',
    skin: 5,
    hair: 'crop',
    hairColor: 'grey',
    outfit: 'shirt',
    cloth: 5,
    second: W,
    bg: 3,
    w: 42,
    chin: 166,
    broad: 0,
    face: { jaw: 0.3, nose: 'wide', mouth: 'smile', brows: 'arch', age: 'senior', earrings: 'hoop' },
  },
  {
    title: 'Homme d’une trentaine d’années, cheveux blonds, salopette d’artisan',
    skin: 0,
    hair: 'sidepart',
    hairColor: 'blond',
    outfit: 'overalls',
    cloth: 9,
    second: '#2f5d74',
    bg: 2,
    w: 44,
    chin: 170,
    broad: 10,
    face: { jaw: 0.8, nose: 'button', mouth: 'grin', brows: 'flat', age: 'adult', beard: 'stubble' },
  },
  {
    title: 'Femme d’une quarantaine d’années, chignon, lunettes',
    skin: 2,
    hair: 'bun',
    hairColor: 'darkBrown',
    outfit: 'turtleneck',
    cloth: 5,
    second: W,
    bg: 4,
    w: 41,
    chin: 166,
    broad: 0,
    face: { jaw: 0.25, nose: 'long', mouth: 'soft', brows: 'arch', age: 'adult', glasses: 'square' },
  },
  {
    title: 'Jeune homme aux cheveux ras, tee-shirt',
    skin: 6,
    hair: 'crop',
    hairColor: 'black',
    outfit: 'tee',
    cloth: 4,
    second: W,
    bg: 5,
    w: 43,
    chin: 168,
    broad: 6,
    face: { jaw: 0.6, nose: 'wide', mouth: 'grin', brows: 'flat', age: 'young' },
  },
  {
    title: 'Femme âgée, foulard prune, gilet',
    skin: 3,
    hair: 'scarf',
    hairColor: 'black',
    scarf: 10,
    outfit: 'cardigan',
    cloth: 8,
    second: '#ece2cf',
    bg: 0,
    w: 42,
    chin: 166,
    broad: 0,
    face: { jaw: 0.3, nose: 'long', mouth: 'smile', brows: 'flat', age: 'elder' },
  },
  {
    title: 'Homme d’une cinquantaine d’années, barbe grise, veste',
    skin: 3,
    hair: 'sidepart',
    hairColor: 'grey',
    outfit: 'jacket',
    cloth: 4,
    second: '#e9e3d6',
    bg: 1,
    w: 45,
    chin: 170,
    broad: 10,
    face: { jaw: 0.8, nose: 'long', mouth: 'smile', brows: 'thick', age: 'senior', beard: 'full' },
  },
  {
    title: 'Femme d’une trentaine d’années, boucles rousses, salopette',
    skin: 1,
    hair: 'curly',
    hairColor: 'auburn',
    outfit: 'overalls',
    cloth: 11,
    second: '#6c6fa8',
    bg: 3,
    w: 41,
    chin: 166,
    broad: 0,
    face: { jaw: 0.2, nose: 'button', mouth: 'smile', brows: 'arch', age: 'adult', freckles: true },
  },
  {
    title: 'Jeune homme aux cheveux longs, barbe courte',
    skin: 2,
    hair: 'long',
    hairColor: 'brown',
    outfit: 'vneck',
    cloth: 6,
    second: W,
    bg: 4,
    w: 43,
    chin: 170,
    broad: 6,
    face: { jaw: 0.6, nose: 'long', mouth: 'soft', brows: 'flat', age: 'young', beard: 'short' },
  },
  {
    title: 'Femme d’une cinquantaine d’années, cheveux afro grisonnants, lunettes',
    skin: 6,
    hair: 'afro',
    hairColor: 'grey',
    outfit: 'jacket',
    cloth: 3,
    second: '#f0e4d0',
    bg: 2,
    w: 42,
    chin: 166,
    broad: 0,
    face: {
      jaw: 0.3,
      nose: 'wide',
      mouth: 'smile',
      brows: 'arch',
      age: 'senior',
      glasses: 'round',
      earrings: 'stud',
    },
  },
  {
    title: 'Homme âgé, cheveux et barbe blancs, chemise',
    skin: 4,
    hair: 'waves',
    hairColor: 'white',
    outfit: 'shirt',
    cloth: 10,
    second: '#f3ede2',
    bg: 5,
    w: 44,
    chin: 170,
    broad: 6,
    face: { jaw: 0.6, nose: 'wide', mouth: 'smile', brows: 'thick', age: 'elder', beard: 'full' },
  },
];

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/** Draws one portrait as a complete SVG document. */
export function portraitSvg(spec: PortraitSpec, index: number): string {
  const id = `p${String(index + 1).padStart(2, '0')}`;
  const skin = pick(SKIN, spec.skin);
  const hairColor = HAIR[spec.hairColor];
  const head: Head = { cx: 128, top: 56, chin: spec.chin, w: spec.w };
  const bg = pick(PORTRAIT_BG, spec.bg);
  const main = pick(CLOTH, spec.cloth);
  const isGrey = spec.hairColor === 'grey' || spec.hairColor === 'white';
  const brow = isGrey
    ? darken(hairColor, 0.35)
    : spec.hairColor === 'blond'
      ? darken(hairColor, 0.3)
      : hairColor;
  const faceColors = { skin: skin.base, shade: skin.shade, hair: hairColor, brow, glasses: BASE.ink };
  const layers =
    spec.hair === 'scarf'
      ? headscarf(head, pick(CLOTH, spec.scarf ?? 0), darken(pick(CLOTH, spec.scarf ?? 0), 0.2))
      : hair(spec.hair, head, hairColor);
  const frame = { x: 6, y: 6, width: 244, height: 244, rx: 40 };
  const content =
    el('rect', { ...frame, fill: bg }) +
    el('circle', { cx: 128, cy: 118, r: 92, fill: '#ffffff', 'fill-opacity': 0.28 }) +
    layers.back +
    body(
      spec.outfit,
      { main, second: spec.second, skin: skin.base, skinShade: skin.shade },
      spec.chin,
      spec.broad,
    ) +
    ears(head, faceColors, spec.face.earrings) +
    el('path', { d: headPath(head, spec.face.jaw), fill: skin.base }) +
    features(head, spec.face, faceColors) +
    layers.front;
  return svgDoc({
    width: 256,
    height: 256,
    title: `Portrait ${index + 1} : ${spec.title}`,
    defs: el('clipPath', { id: `${id}-clip` }, el('rect', frame)),
    body:
      el('g', { 'clip-path': `url(#${id}-clip)` }, content) +
      el('rect', { ...frame, fill: 'none', stroke: darken(bg, 0.18), 'stroke-width': 4 }),
  });
}

/** Every portrait file, keyed by its path relative to the repository root. */
export function portraitFiles(): [string, string][] {
  return PORTRAITS.map((spec, i) => [
    `assets/art/portraits/portrait-${String(i + 1).padStart(2, '0')}.svg`,
    portraitSvg(spec, i),
  ]);
}
