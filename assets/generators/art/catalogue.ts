/**
 * Every generated art file, in memory: the generator writes them, the unit test compares them with the
 * committed files.
 */
import { appIconFiles } from './app-icon';
import { frameFiles } from './frames';
import { iconFiles } from './icons';
import { mapFiles } from './maps';
import { paletteJson } from './palette';
import { portraitFiles } from './portraits';

/** One generated file: its path relative to the repository root and its text. */
export interface ArtFile {
  path: string;
  text: string;
}

/** Generates every art file (deterministic: the same text on every run). */
export function generateArt(): ArtFile[] {
  const pairs: [string, string][] = [
    ...portraitFiles(),
    ...mapFiles(),
    ...iconFiles(),
    ...frameFiles(),
    ...appIconFiles(),
    ['assets/art/palette.json', paletteJson()],
  ];
  return pairs.map(([path, text]) => ({ path, text }));
}

/** The PNG renderings of the app icon, made by render-png.ts (not compared byte for byte). */
export const APP_ICON_PNGS: readonly { path: string; size: number }[] = [
  { path: 'assets/public/icons/icon-192.png', size: 192 },
  { path: 'assets/public/icons/icon-512.png', size: 512 },
];
