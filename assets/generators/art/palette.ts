/**
 * The art palette: warm, flat and accessible. Every generator draws from these values, and the UI reads
 * the same values from assets/art/palette.json (written by write-all.ts).
 */

/** The four families of actors, in the order the game lists them. */
export type FamilyId = 'elus' | 'habitants' | 'entreprises' | 'associations';

/** Base colours of the interface and the art. */
export const BASE = {
  paper: '#f6efe3',
  paperDeep: '#eadfcb',
  ink: '#1f2a30',
  inkSoft: '#4a5660',
  teal: '#1d5c63',
  tealLight: '#3f8a8c',
  gold: '#e0a83a',
  rose: '#d8735f',
  white: '#fffaf1',
} as const;

/** One colour per family, with a lighter tint for backgrounds. */
export const FAMILY: Record<FamilyId, { main: string; tint: string }> = {
  elus: { main: '#3d5a98', tint: '#d9e0f0' },
  habitants: { main: '#d9822b', tint: '#f7e0c6' },
  entreprises: { main: '#2f8f6b', tint: '#d3ebe0' },
  associations: { main: '#a0457a', tint: '#efd6e4' },
};

/** Skin tones from light to deep brown; each has a shade for ears, nose and neck shadow. */
export const SKIN: readonly { base: string; shade: string }[] = [
  { base: '#f6d7c3', shade: '#e3b9a0' },
  { base: '#efc7a5', shade: '#d9a683' },
  { base: '#e2b18a', shade: '#c8926b' },
  { base: '#c98e62', shade: '#ad734b' },
  { base: '#a86f48', shade: '#8c5836' },
  { base: '#84522f', shade: '#6a3f22' },
  { base: '#5f3a22', shade: '#4a2c18' },
];

/** Hair colours, from black to white. */
export const HAIR = {
  black: '#1f1b1a',
  darkBrown: '#3b2a20',
  brown: '#6b4430',
  auburn: '#9a4a2a',
  blond: '#d6aa5e',
  grey: '#a7a39e',
  white: '#e6e2da',
  plum: '#6e3f6b',
} as const;

/** Clothing and accessory colours: muted mid-tones that sit well on the cream paper. */
export const CLOTH = [
  '#3d5a98',
  '#d9822b',
  '#2f8f6b',
  '#a0457a',
  '#1d5c63',
  '#c65b4a',
  '#6c6fa8',
  '#8a9a5b',
  '#b7894a',
  '#4f6d7a',
  '#7a4e6b',
  '#d4a24c',
] as const;

/** Soft background colours for portrait frames. */
export const PORTRAIT_BG = ['#e9dcc4', '#d7e4df', '#ecd5cb', '#dde0ea', '#e8e1cf', '#e2d6e0'] as const;

/** Map colours: muted mid-tones so markers and threads drawn on top stay readable. */
export const MAP = {
  ground: '#e6dcc3',
  groundAlt: '#ddd2b4',
  grass: '#bccb97',
  grassDeep: '#a4b882',
  forest: '#7f9c6c',
  forestDeep: '#66845a',
  field1: '#d9c68a',
  field2: '#c9c98f',
  field3: '#d8b98a',
  water: '#9cc3c4',
  waterDeep: '#84b0b3',
  road: '#f3ecdc',
  roadEdge: '#c9bb9c',
  roof1: '#c2776a',
  roof2: '#9c8a7a',
  roof3: '#b8876a',
  wall: '#efe4cf',
  wallShade: '#d3c4a8',
  tower: '#cfc5b6',
  towerShade: '#aea393',
  brick: '#b86b52',
  brickShade: '#8f4f3d',
  rail: '#7d7264',
  tram: '#1d5c63',
  shadow: '#00000014',
} as const;

/**
 * Formats JSON the way Prettier does with printWidth 110: objects expanded, arrays of plain values on one
 * line when they fit.
 */
export function formatJson(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(
      /^( *)("[^"]*": )?\[\n([^[\]{}]*?)\n *\]/gm,
      (whole, indent: string, key = '', body: string) => {
        const line = `${indent}${key}[${body
          .split('\n')
          .map((item) => item.trim().replace(/,$/, ''))
          .join(', ')}]`;
        return line.length + 1 <= 110 ? line : whole;
      },
    ) + '\n'
  );
}

/** The palette exported for the UI (assets/art/palette.json). */
export function paletteJson(): string {
  return formatJson({
    base: BASE,
    family: FAMILY,
    skin: SKIN.map((s) => s.base),
    hair: HAIR,
    cloth: CLOTH,
    map: MAP,
  });
}
