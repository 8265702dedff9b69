import type { ArtAssets } from '../../adapters/art-assets';
import type { I18n, UiLanguage } from '../../adapters/i18n';
import type { Saves } from '../../adapters/saves';
import type { CatalogEntry } from '../../adapters/scenario-catalog';
import type { SafeStorage } from '../../adapters/storage';
import type { Diagnostics } from '../../adapters/diagnostics';
import type { Announcer } from '../announcer';
import type { Shortcuts } from '../keyboard';
import type { AppParams, ModeId } from '../mode-registry';
import type { Notice } from '../notice';
import type { PanelHost } from '../panel-host';
import type { Settings } from '../../adapters/settings';

/** How a screen is drawn: whether focus moves to it, and whether it lands on the language switch. */
export interface RenderOptions {
  focus: boolean;
  focusLanguage?: boolean;
}

/**
 * The services main.ts builds before the title shows: stable for the page's life, never replaced.
 * Nothing here is a global.
 */
export interface AppServices {
  readonly root: HTMLElement;
  byId(id: string): HTMLElement;
  /** The page's address, parsed once (src/ui/mode-registry.ts). */
  readonly params: AppParams;
  readonly storage: SafeStorage;
  readonly saves: Saves;
  readonly i18n: I18n;
  readonly catalog: readonly CatalogEntry[];
  readonly art: ArtAssets;
  readonly panels: PanelHost;
  readonly notice: Notice;
  readonly announcer: Announcer;
  readonly shortcuts: Shortcuts;
  readonly diagnostics: Diagnostics;
  readonly systemMotion: MediaQueryList;
}

/** What the player has picked and where the game is: owned by the title and the game shell. */
export interface AppState {
  settings: Settings;
  /** The scenario key: a bundled id, or `file:<id>:<hash>` for a scenario opened from a file. */
  selected: string;
  /** The mode picked on the title for the next game. */
  mode: ModeId;
  /** True from "Jouer" until the player goes back to the title. */
  started: boolean;
}

/** What the composition root does for the parts it wires (the title controller and the game shell). */
export interface AppActions {
  /** Stores and applies new settings (theme, text size, motion; sound through the shell). */
  saveSettings(next: Settings): void;
  /** Switches the interface language, keeping the game where it is. */
  chooseLanguage(lang: UiLanguage): void;
  /** Draws the current screen: the title, or the game's screen once started. */
  render(options: RenderOptions): void;
  /** Replaces the URL's query (scenario, mode, lang) without reloading. */
  setUrl(search: string): void;
  /** A friendly error screen with a link back to the default scenario. */
  showError(message: string, problems: readonly string[]): void;
  /** Tells the player something through the notice banner (a locale key). */
  report(key: string): void;
}

/** What main.ts hands to the title controller and to the game shell (src/ui/app/game-shell.ts). */
export interface AppContext {
  readonly services: AppServices;
  readonly state: AppState;
  readonly actions: AppActions;
}
