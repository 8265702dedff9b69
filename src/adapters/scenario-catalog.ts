import type { Audience, Language, LocalizedText, MapTemplateId, TerritoryKind } from '../scenario/format';
import catalog from './scenario-catalog.json';

/**
 * The light list of bundled scenarios the title screen shows, without loading any scenario file.
 * Generated from scenarios/*.json by `npm run scenarios:catalog` (src/cli/build-catalog.ts); a unit test
 * checks it is up to date.
 */
export interface CatalogEntry {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  durationMinutes: number;
  audiences: Audience[];
  territory: TerritoryKind;
  map: MapTemplateId;
  languages: Language[];
}

/** The bundled scenarios, shortest first (the discovery scenario leads). */
export function scenarioCatalog(): readonly CatalogEntry[] {
  return catalog as CatalogEntry[];
}
