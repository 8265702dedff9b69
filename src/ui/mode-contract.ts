/**
 * The mode contract: what every way of playing (solo, facilitated training, event kiosk, the author's
 * inspector, and the next ones) may hook into, and what the game shell offers them. A mode is one folder
 * (`src/ui/<id>/`, its pure model in `src/engine/modes/<id>/`) whose entry module exports `createMode`,
 * and one line of the table in src/ui/mode-registry.ts. The shell never tests a mode's name: it looks
 * the mode up in the table and calls these hooks. How to add one: docs/EXTENDING.md.
 */
import type { I18n } from '../adapters/i18n';
import type { Saves } from '../adapters/saves';
import type { ScenarioLoad } from '../adapters/scenario-source';
import type { SafeStorage } from '../adapters/storage';
import type { UrlParams } from '../adapters/url-params';
import type { GameSession } from '../engine/game-session';
import type { SessionFactory } from '../engine/session-factory';
import type { ViewModel } from '../engine/view-model';
import type { Diagnostics } from '../adapters/diagnostics';
import type { Component } from './dom';
import type { Shortcuts } from './keyboard';
import type { CurrentGame } from './play-dialogs';
import type { PlayScreenDeps } from './play-screens';

/** An entry a mode adds to the game menu: the locale key of its label, and what it does. */
export interface MenuEntry {
  key: string;
  action: () => void;
}

/** One line of a mode's keyboard map (its help): the keys as shown, and the locale key of the label. */
export interface KeyHelp {
  keys: readonly string[];
  labelKey: string;
}

/** What a game about to start is: the scenario key, its title, and whether its save is resumed. */
export interface StartingGame {
  key: string;
  title: string;
  resume: boolean;
}

/** The map behind the panels, as far as a mode may drive it. */
export interface ModeTerritory {
  /** Hides or shows the map's meter board (the threads stay). */
  hideMeters(hidden: boolean): void;
  /** Plays the last decision's change again on the map (lasting `durationMs`, if given); false when there is none. */
  replayLastChange(durationMs?: number): boolean;
}

/**
 * What the game shell offers a mode: stable services, the game on show, and the few controls a mode
 * may use. Built once per page by src/ui/app/shell-modes.ts.
 */
export interface ModeHost {
  /** The game's root element (`#game`), where modes add their overlays. */
  readonly root: HTMLElement;
  readonly params: UrlParams;
  readonly i18n: I18n;
  readonly storage: SafeStorage;
  readonly saves: Saves;
  readonly shortcuts: Shortcuts;
  /** Counted listeners and timers (released on teardown; checked by the robustness tests). */
  readonly diagnostics: Diagnostics;
  /** The map behind the panels. */
  readonly territory: ModeTerritory;
  /** Makes game sessions (a mode never constructs one itself). */
  readonly sessions: SessionFactory;
  /** Says something politely to screen readers. */
  say(text: string): void;
  /** The game on show and its scenario, or null. */
  current(): CurrentGame | null;
  /** The scenario key selected on the title (its saves are kept under it). */
  selected(): string;
  /** Loads a scenario by key (bundled id, or a file already opened). */
  load(key: string): Promise<ScenarioLoad>;
  /** Shows a failed load as the friendly error screen. */
  showLoadError(result: Exclude<ScenarioLoad, { ok: true }>): void;
  /** Shows one of the mode's own screens in the panel; `screen` goes to the root's `data-screen`. */
  show(screen: string, component: Component): void;
  /** Starts (or resumes) the selected scenario, as "Jouer" does. */
  start(resume: boolean): void;
  /** Puts another session (rewound, rebuilt) in place and draws it. */
  replace(next: GameSession): void;
  /** Drops the game and starts a fresh one behind the title (the kiosk's reset). */
  resetToTitle(): void;
  /** Rebuilds the game one decision back (its save loses the last choice). */
  backOneDecision(): void;
}

/**
 * A mode, once created. Every hook is optional except `keepsSaves` and `teardown`: a mode that adds
 * nothing plays the ordinary game.
 */
export interface Mode {
  /** Whether its games are saved after each decision and resumed (the event kiosk keeps nothing). */
  readonly keepsSaves: boolean;
  /** Its keyboard map, for its help and for documentation (the keys themselves are bound by its screens). */
  readonly keymap?: readonly KeyHelp[];
  /** After the title is drawn: what it adds to it (or puts over it, as the kiosk's attract screen). */
  decorateTitle?(panel: HTMLElement): void;
  /**
   * Before a game starts: may show its own screens (through `host.show`). Resolves true to start the
   * game, false to go back to the title.
   */
  prepare?(game: StartingGame): Promise<boolean>;
  /**
   * After `prepare`, before the session is made: the scenario as this mode plays it (the training cuts
   * its phases to the length of play chosen at setup). Default: as loaded. Pure and repeatable, so a
   * resumed save replays on the same scenario.
   */
  adaptScenario?(loaded: Extract<ScenarioLoad, { ok: true }>): Extract<ScenarioLoad, { ok: true }>;
  /** The screen of a view in this mode (default: the ordinary play screen). */
  screen?(view: ViewModel, deps: PlayScreenDeps): Component;
  /** After each render: `playing` is false on the title. */
  afterRender?(playing: boolean): void;
  /**
   * Before "Rejouer" or "Recommencer" erases the game on show: resolves false to keep it (the training
   * mode asks once its room has voted). Absent: nothing to ask.
   */
  confirmErase?(): Promise<boolean>;
  /** Its entries in the game menu, read when the menu opens. */
  menu?(): readonly MenuEntry[];
  /** A mode that is a page of its own (the inspector): draws it instead of the title and the game. */
  page?(): Promise<void>;
  /** Removes what it added (overlays, listeners, timers) when another mode takes over. */
  teardown(): void;
}

/** What a mode's entry module exports (loaded as its own chunk, with its stylesheet). */
export interface ModeModule {
  createMode(host: ModeHost): Mode;
}

/** The mode that adds nothing: the ordinary game, saved and resumed. */
export const PLAIN_MODE: Mode = { keepsSaves: true, teardown: () => undefined };
