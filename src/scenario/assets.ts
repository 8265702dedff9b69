import { MAP_TEMPLATES } from './format';

/** Asset ids a scenario may name. Extend the lists when assets are added. */
export interface KnownAssets {
  /** Portrait ids (`portrait-01` … `portrait-38`). */
  readonly portraits: readonly string[];
  /** Custom map background ids. */
  readonly backgrounds: readonly string[];
  /** Bundled map templates. */
  readonly mapTemplates: readonly string[];
}

/** The number of bundled portraits. */
export const PORTRAIT_COUNT = 38;

/** The bundled asset ids. */
export const KNOWN_ASSETS: KnownAssets = {
  portraits: Array.from({ length: PORTRAIT_COUNT }, (_, i) => `portrait-${String(i + 1).padStart(2, '0')}`),
  backgrounds: [],
  mapTemplates: MAP_TEMPLATES,
};
