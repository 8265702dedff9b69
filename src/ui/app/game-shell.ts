/**
 * The game shell, loaded behind the title screen (its own chunk): scenario loading and validation,
 * sessions (XState), sounds (Howler), dialogs, the modes, and the territory (Phaser, later still).
 * main.ts shows the title without any of it.
 */
import type { AmbientKey } from '../../adapters/audio';
import { loadBundledScenario, type ScenarioLoad } from '../../adapters/scenario-source';
import type { GameSession, SessionOutput } from '../../engine/game-session';
import { localize } from '../../engine/localize';
import type { ViewModel } from '../../engine/view-model';
import { createHudMeters } from '../hud-meters';
import { createLoadingScreen } from '../loading-screen';
import { createPlayDialogs } from '../play-dialogs';
import { announcement, playScreen, type PlayScreenDeps } from '../play-screens';
import { freshSeed, startSession } from '../session-start';
import type { AppContext, RenderOptions } from './app-context';
import { createShellAudio } from './shell-audio';
import { createShellModes } from './shell-modes';
import { createShellSaves } from './shell-saves';
import { fileScenarioKey } from '../../adapters/saves';
import { createShellTerritory } from './shell-territory';
import { createSessionFactory } from '../../engine/session-factory';

/** What main.ts asks of the game shell. */
export interface GameShell {
  /** Draws the game's current screen (only while `state.started`). */
  renderPlay(options: RenderOptions): void;
  /** After the title is drawn: meters, territory frame, authoring tools, kiosk attract screen. */
  afterTitle(): void;
  /** Starts (or resumes) the selected scenario. */
  start(resume: boolean): Promise<void>;
  /** Loads the selected scenario behind the title, so the map shows it and "Jouer" is instant. */
  preload(): Promise<ScenarioLoad>;
  /** Shows a failed load as a friendly error. */
  showLoadError(result: Exclude<ScenarioLoad, { ok: true }>): void;
  /** Starts the selected scenario again from its beginning. */
  restart(): void;
  openSettings(): void;
  openMenu(): void;
  /** Sound and territory follow new settings. */
  settingsChanged(): void;
  /** The session follows a new interface language. */
  languageChanged(): void;
  /** The page of a mode that has its own (`?page=inspecteur`: the inspector) instead of the title and game. */
  showPage(): Promise<void>;
}

/** The name of each screen on the root's `data-screen`, for styling and tests. */
const SCREEN_NAMES: Record<ViewModel['screen'], string> = {
  'phase-intro': 'phase',
  card: 'card',
  consequence: 'consequence',
  ended: 'debrief',
};

/** Builds the shell over the context main.ts made. */
export async function createGameShell(ctx: AppContext): Promise<GameShell> {
  const { services, state, actions } = ctx;
  const { root, i18n, saves, panels, catalog } = services;
  const { audio, applySettings } = createShellAudio(ctx);
  // The one session factory of the page: the modes and tools get sessions from it, never by `new`.
  const sessions = createSessionFactory();
  const hud = createHudMeters();
  services.byId('hud-host').append(hud.element);
  let session: GameSession | null = null;
  /** What the session emitted with its last event (risk drawn, consequences landed): announced once. */
  let heard: readonly SessionOutput[] = [];
  let loaded: Extract<ScenarioLoad, { ok: true }> | null = null;
  /** The scenario key of `loaded`, which its save is kept under: a bundled id, or `file:<id>:<hash>`. */
  let loadedKey = '';
  let quiet = false;
  const current = (): { session: GameSession; loaded: Extract<ScenarioLoad, { ok: true }> } | null =>
    session && loaded ? { session, loaded } : null;
  const { territory, portraitUrl } = createShellTerritory(ctx, () => loaded);
  const loads = new Map<string, Promise<ScenarioLoad>>();
  const load = (id: string): Promise<ScenarioLoad> => {
    let promise = loads.get(id);
    if (!promise) {
      promise = loadBundledScenario(id, i18n.language);
      loads.set(id, promise);
    }
    return promise;
  };

  /** Creates the session of the loaded scenario (from its save when resuming). */
  const newSession = (resume: boolean): GameSession | null => {
    if (!loaded) return null;
    const begun = startSession({
      loaded,
      key: loadedKey,
      saves,
      resume,
      seed: () => services.params.seed ?? freshSeed(),
      lang: i18n.language,
      sessions,
    });
    if (!begun.ok) {
      actions.showError(i18n.t('error.invalid', { id: loaded.index.scenario.meta.id }), begun.problems);
      return null;
    }
    if (begun.saveSetAside) shellSaves.toldSetAside(loadedKey);
    return begun.session;
  };

  const shellSaves = createShellSaves(ctx, {
    current: () => session,
    currentKey: () => (loaded ? loadedKey : null),
    resumeStored: () => {
      const next = newSession(true);
      if (!next) return;
      attach(next);
      actions.render({ focus: true });
    },
    // A game imported from a file (settings) is resumed like any save.
    loadedKeys: () => loads.keys(),
    start: (resume) => void start(resume),
  });

  const attach = (next: GameSession): void => {
    session?.stop();
    session = next;
    const key = loadedKey;
    next.subscribe((view, outputs) => {
      if (quiet) return;
      heard = outputs;
      for (const output of outputs) if (output.type === 'sound') audio.play(output.cue);
      if (modes.active.keepsSaves && (view.screen === 'consequence' || view.screen === 'ended'))
        shellSaves.autosave(key, next, { turn: view.progress.turn, ended: view.screen === 'ended' });
      actions.render({ focus: true });
    });
  };

  const restart = async (): Promise<void> => {
    // A mode may ask first (a training session the room has voted in is not erased on one click).
    if (modes.active.confirmErase && !(await modes.active.confirmErase())) return;
    if (loaded) saves.remove(loadedKey);
    const next = newSession(false);
    if (!next) return;
    attach(next);
    actions.render({ focus: true });
  };

  const backToTitle = (): void => {
    state.started = false;
    audio.stopAmbient();
    actions.render({ focus: true });
  };

  const dialogs = createPlayDialogs({
    host: root,
    i18n,
    current,
    settings: () => state.settings,
    onSettings: actions.saveSettings,
    onLanguage: actions.chooseLanguage,
    onRestart: () => void restart(),
    onTitle: backToTitle,
    isPlaying: () => state.started,
    menuExtras: () => modes.active.menu?.() ?? [],
    setAside: shellSaves.setAside,
  });

  const modes = await createShellModes(ctx, {
    current,
    load,
    showLoadError: (result) => showLoadError(result),
    territory,
    sessions,
    start: (resume) => void start(resume),
    replace: (next, options) => {
      attach(next);
      actions.render(options);
    },
    playOpened: (result, hash) => {
      // A file's saves are its own (by id and content), never the bundled scenario's of the same id.
      const key = fileScenarioKey(result.index.scenario.meta.id, hash);
      loads.set(key, Promise.resolve(result));
      state.selected = key;
      void start(false);
    },
    reloaded: (result, next) => {
      loaded = result;
      loadedKey = state.selected;
      loads.set(state.selected, Promise.resolve(result));
      attach(next);
      actions.render({ focus: false });
    },
    resetToTitle: () => {
      const next = newSession(false);
      if (next) attach(next);
      backToTitle();
    },
    backOneDecision: () => {
      const saved = session?.save();
      if (!saved || saved.choices.length === 0) return;
      saves.write(loadedKey, { ...saved, choices: saved.choices.slice(0, -1) });
      const next = newSession(true);
      if (next) attach(next);
      actions.render({ focus: true });
    },
  });

  services.shortcuts.bind(['Escape'], () => {
    if (state.started) dialogs.menu();
  });

  function showLoadError(result: Exclude<ScenarioLoad, { ok: true }>): void {
    if (result.reason === 'unknown') {
      const list = result.available.join(', ');
      actions.showError(
        `${i18n.t('error.unknown', { id: result.id })} ${i18n.t('error.available', { list })}`,
        [],
      );
    } else actions.showError(i18n.t('error.invalid', { id: result.id }), result.problems);
  }

  const renderPlay = (options: RenderOptions): void => {
    if (!session) return;
    const view = session.viewModel;
    root.dataset.screen = SCREEN_NAMES[view.screen];
    hud.update(view.meters, i18n.t);
    const playing = session;
    const mode = modes.active;
    const deps: PlayScreenDeps = {
      t: i18n.t,
      shortcuts: services.shortcuts,
      portraitUrl,
      onChoose: (choice) => playing.send({ type: 'CHOOSE', choice }),
      onContinue: () => {
        audio.play('click');
        playing.send({ type: 'CONTINUE' });
      },
      onConcept: (id) => dialogs.codex(id),
      debrief: (sessionCode) => dialogs.debrief(() => void restart(), sessionCode),
    };
    panels.show(mode.screen ? mode.screen(view, deps) : playScreen(view, deps), {
      focus: options.focus || (options.focusLanguage ?? false),
    });
    territory.publish(session);
    mode.afterRender?.(true);
    if (options.focus) services.announcer.say(announcement(view, i18n.t, heard));
    heard = [];
  };

  const preload = async (): Promise<ScenarioLoad> => {
    const id = state.selected;
    const result = await load(id);
    if (id !== state.selected || state.started) return result;
    if (result.ok && loaded?.index.scenario.meta.id !== id) {
      loaded = result;
      loadedKey = id;
      const next = newSession(false);
      if (next) attach(next);
      // The title itself does not change (a dialog opened from it keeps its way back): only what is
      // around it and behind it.
      afterTitle();
    }
    return result;
  };

  async function start(asked: boolean): Promise<void> {
    let resume = asked;
    const mode = await modes.activateFor(state.mode);
    // A new game never replaces an unfinished save without asking (a mode may keep no saves: the kiosk).
    if (!resume && mode.keepsSaves) {
      const answer = await shellSaves.beforeNewGame(state.selected);
      if (answer === 'cancel') return;
      if (answer === 'continue') resume = true;
      else saves.remove(state.selected);
    }
    void territory.start();
    const entry = catalog.find((item) => item.id === state.selected);
    const title = entry ? localize(entry.title, i18n.language) : state.selected;
    if (mode.prepare && !(await mode.prepare({ key: state.selected, title, resume })))
      return actions.render({ focus: true });
    const loading = createLoadingScreen(i18n.t, title);
    root.dataset.screen = 'loading';
    panels.show(loading);
    loading.progress(0.2);
    const result = await load(state.selected);
    loading.progress(0.7);
    if (!result.ok) return showLoadError(result);
    loaded = mode.adaptScenario ? mode.adaptScenario(result) : result;
    loadedKey = state.selected;
    const next = newSession(resume);
    if (!next) return;
    attach(next);
    loading.progress(1);
    state.started = true;
    audio.play('click');
    audio.playAmbient(`ambient-${result.index.scenario.map.template}` as AmbientKey);
    actions.render({ focus: true });
  }

  /** Around the title: the authoring tools, the meters and map of the scenario behind it, the kiosk. */
  const afterTitle = (): void => {
    // Only while the title is on show (not over a loading or setup screen).
    if (root.dataset.screen !== 'title') return;
    modes.decorateTitle(services.byId('panel-host'));
    if (session) hud.update(session.viewModel.meters, i18n.t);
    territory.publish(session);
    modes.active.afterRender?.(false);
  };

  return {
    renderPlay,
    afterTitle,
    start,
    preload,
    showLoadError,
    restart,
    openSettings: () => dialogs.settings(),
    openMenu: () => dialogs.menu(),
    settingsChanged() {
      applySettings();
      territory.publish(session);
    },
    languageChanged() {
      quiet = true;
      session?.setLanguage(i18n.language);
      quiet = false;
    },
    async showPage() {
      await modes.active.page?.();
    },
  };
}
