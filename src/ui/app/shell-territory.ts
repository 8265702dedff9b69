/**
 * The shell's territory: the map behind the panels, fed with the portraits and the map of the scenario
 * loaded. A bundled scenario draws the catalogue's map and art; a scenario opened from an archive brings
 * its own images, asked after the bundled art (portraits on the card, and on the map when they are SVG:
 * the territory's loader reads SVG only, other images leave the family disc there; an SVG background
 * stands in for its template's map).
 */
import type { ScenarioLoad } from '../../adapters/scenario-source';
import { archiveImageUrl } from '../authoring/archive-images';
import type { AppContext } from './app-context';
import { createTerritoryHost, type TerritoryHost } from './territory-host';

/** The territory, and where a portrait's image is for the card. */
export interface ShellTerritory {
  territory: TerritoryHost;
  /** The portrait's image (bundled, or the archive's), or null for the family disc. */
  portraitUrl(id: string): string | null;
}

/** Builds the territory over the scenario `loaded()` returns at each frame. */
export function createShellTerritory(
  ctx: AppContext,
  loaded: () => Extract<ScenarioLoad, { ok: true }> | null,
): ShellTerritory {
  const { art, catalog } = ctx.services;
  const portraitUrl = (id: string): string | null => art.portrait(id) ?? archiveImageUrl(loaded(), id);
  const archiveMap = (): string | null => {
    const background = loaded()?.index.scenario.map.background;
    const url = background && /\.svg$/i.test(background) ? archiveImageUrl(loaded(), background) : null;
    if (!url) return null;
    const key = `archive:${background}`;
    territory.addMap(key, url);
    return key;
  };
  const territory = createTerritoryHost(
    ctx,
    (view) =>
      catalog.find((entry) => entry.id === view.scenario.id)?.map ??
      archiveMap() ??
      loaded()?.index.scenario.map.template ??
      '',
    { ...art, portrait: (id) => art.portrait(id) ?? (/\.svg$/i.test(id) ? portraitUrl(id) : null) },
  );
  return { territory, portraitUrl };
}
