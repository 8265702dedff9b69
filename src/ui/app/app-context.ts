import type { ArtAssets } from '../../adapters/art-assets';
import type { I18n, UiLanguage } from '../../adapters/i18n';
import type { Saves } from '../../adapters/saves';
import type { CatalogEntry } from '../../adapters/scenario-catalog';
import type { SafeStorage } from '../../adapters/storage';
import type { Mode, UrlParams } from '../../adapters/url-params';
import type { Diagnostics } from '../../scenes/diagnostics';
import type { Announcer } from '../announcer';
import type { Shortcuts } from '../keyboard';
import type { Notice } from '../notice';
import type { PanelHost } from '../panel-host';
import type { Settings } from '../settings-model';

/** How a screen is drawn: whether focus moves to it, and whether it lands on the language switch. */
export interface RenderOptions {
  focus: boolean;
  focusLanguage?: boolean;
}

/** What the player has picked and where the game is; shared by the title and the game shell. */
export interface AppState {
  settings: Settings;
  /** The scenario key: a bundled id, or `file:<id>` for a scenario opened from a file. */
  selected: string;
  mode: Mode;
  /** True from "Jouer" until the player goes back to the title. */
  started: boolean;
}

/**
 * Everything main.ts builds before the title shows, handed to the game shell (src/ui/app/game-shell.ts)
 * when its chunk arrives. Built once per page; nothing here is a global.
 */
export interface AppContext {
  readonly root: HTMLElement;
  byId(id: string): HTMLElement;
  readonly params: UrlParams;
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
  readonly state: AppState;
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
