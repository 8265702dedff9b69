/**
 * The table of modes: the one place that names them. The address (`?mode=`, `?page=`), the title's mode
 * list, the game shell and the docs read it; nothing else tests a mode's name. Each entry loads its
 * mode's module as its own chunk (with its stylesheet) only when that mode is needed. The contract a
 * module fulfils is src/ui/mode-contract.ts; adding a mode: docs/EXTENDING.md.
 *
 * This file is part of the first chunk (main.ts reads the address with it): keep it light, with no
 * static import of a mode's module.
 */
import type { CatalogEntry } from '../adapters/scenario-catalog';
import { parseUrlParams, type ModeAddresses, type UrlParams } from '../adapters/url-params';
import { EVENT_MINUTES } from '../engine/modes/evenement/woven';
import { eventScenario } from './evenement/evenement-config';
import type { ModeModule } from './mode-contract';

/** How the table describes a mode. */
export interface ModeEntry {
  /** Where the address names it: `?mode=<id>` (the public contract) or `?page=<id>`. */
  readonly param: 'mode' | 'page';
  /** The locale key of its name in the title's mode list; absent when the title does not offer it. */
  readonly label?: string;
  /**
   * How it is entered. `title`: picked on the title for the next game (solo, training). `address`: set
   * up by the page's address, it owns the page from its load (the stand's kiosk, the inspector); picked
   * on the title instead, it plays the ordinary game (a player at home never falls into the kiosk).
   */
  readonly enter: 'title' | 'address';
  /** It covers the title (the kiosk's attract screen): the first render waits for it, not to flash the title. */
  readonly coversTitle?: boolean;
  /**
   * Projected to a room read from afar (training): the map's meter board and initiatives are drawn at the
   * room's type size (src/scenes/room-layout.ts).
   */
  readonly projected?: boolean;
  /** The scenario it plays when the address names none (null: the default scenario). */
  defaultScenario?(catalog: readonly CatalogEntry[]): string | null;
  /** Loads its module (its own chunk). */
  load(): Promise<ModeModule>;
}

/** The modes. Keys are their one name: in the address, in `src/ui/<id>/`, in `src/engine/modes/<id>/`. */
export const MODE_TABLE = {
  solo: {
    param: 'mode',
    label: 'mode.solo',
    enter: 'title',
    load: () => import('./solo/solo-mode'),
  },
  formation: {
    param: 'mode',
    label: 'mode.formation',
    enter: 'title',
    projected: true,
    load: () => import('./formation/formation-mode'),
  },
  evenement: {
    param: 'mode',
    label: 'mode.evenement',
    enter: 'address',
    coversTitle: true,
    defaultScenario: (catalog) => eventScenario(catalog, EVENT_MINUTES),
    load: () => import('./evenement/evenement-mode'),
  },
  inspecteur: {
    param: 'page',
    enter: 'address',
    load: () => import('./inspecteur/inspecteur-mode'),
  },
  presentateur: {
    param: 'page',
    enter: 'address',
    load: () => import('./presentateur/presentateur-mode'),
  },
} as const satisfies Record<string, ModeEntry>;

/** A mode's name. */
export type ModeId = keyof typeof MODE_TABLE;

/** The mode of an address that names none. */
export const DEFAULT_MODE: ModeId = 'solo';

/** Every mode's name, in the table's order. */
export const MODE_IDS = Object.keys(MODE_TABLE) as ModeId[];

/** The table's entry of a mode. */
export const modeEntry = (id: ModeId): ModeEntry => MODE_TABLE[id];

/** The modes the title offers, in the table's order, with the locale key of their name. */
export const titleModes = (): { id: ModeId; label: string }[] =>
  MODE_IDS.flatMap((id) => {
    const label = modeEntry(id).label;
    return label ? [{ id, label }] : [];
  });

const ADDRESSES = Object.fromEntries(
  MODE_IDS.map((id) => [id, modeEntry(id).param]),
) as ModeAddresses<ModeId>;

/** The page's address parameters, its mode one of the table's. */
export type AppParams = UrlParams<ModeId>;

/** Parses an address (`location.search`) with the table's modes. Never throws. */
export const parseAddress = (search: string): AppParams => parseUrlParams(search, ADDRESSES, DEFAULT_MODE);

/** The mode a page opens in: the one `page=` names, else the one `mode=` names. */
export const pageMode = (params: AppParams): ModeId => params.page ?? params.mode;

/**
 * The mode that plays a game picked on the title in `picked`, on a page opened in `page`: a mode that
 * owns its page stays; a title mode plays as itself; an address mode picked on the title plays as the
 * ordinary game (null).
 */
export function playingMode(page: ModeId, picked: ModeId): ModeId | null {
  if (modeEntry(page).enter === 'address') return page;
  return modeEntry(picked).enter === 'title' ? picked : null;
}

/** The scenario a page opens on: the address's, else its mode's own default, else the default one. */
export function openingScenario(params: AppParams, catalog: readonly CatalogEntry[]): string {
  if (params.scenarioGiven) return params.scenario;
  return modeEntry(pageMode(params)).defaultScenario?.(catalog) ?? params.scenario;
}
