/**
 * The composition root: the ONLY place where things are built and wired. URL parameters → settings →
 * i18n → storage → audio → title (from the light catalog) → scenario → GameSession → DOM UI, with
 * the scenario and Phaser loaded behind the title.
 */
import { Howl, Howler } from 'howler';
import { createArtAssets } from './adapters/art-assets';
import { createAudio, type AmbientKey } from './adapters/audio';
import { audioUrls } from './adapters/audio-files';
import { createI18n, resolveLanguage, type UiLanguage } from './adapters/i18n';
import { createSaves } from './adapters/saves';
import { scenarioCatalog } from './adapters/scenario-catalog';
import { loadBundledScenario, type ScenarioLoad } from './adapters/scenario-source';
import { registerServiceWorker } from './adapters/service-worker';
import { createStorage } from './adapters/storage';
import { DEFAULT_SCENARIO, parseUrlParams, withParam, type UrlParams } from './adapters/url-params';
import type { GameSession } from './engine/game-session';
import { localize } from './engine/localize';
import type { ViewModel } from './engine/view-model';
import { createDiagnostics } from './scenes/diagnostics';
import { createViewBridge, type TerritoryFrame } from './scenes/view-bridge';
import { createAnnouncer } from './ui/announcer';
import type { Component } from './ui/dom';
import { createAuthoringKit } from './ui/authoring/authoring-kit';
import { createCrashScreen, createErrorScreen, injectFault, installCrashGuard } from './ui/error-screen';
import { createGameTools } from './ui/game-tools';
import { createHudMeters } from './ui/hud-meters';
import { kioskScenario, kioskSettingsFromUrl } from './ui/kiosk/kiosk-config';
import { createKioskMode } from './ui/kiosk/kiosk-mode';
import { createSoloMode } from './ui/solo/solo-mode';
import { createShortcuts } from './ui/keyboard';
import { createLoadingScreen } from './ui/loading-screen';
import { createNotice } from './ui/notice';
import { createPanelHost } from './ui/panel-host';
import { startSession } from './ui/session-start';
import { announcement, playScreen } from './ui/play-screens';
import { applySettings, motionReduced, parseSettings, type Settings } from './ui/settings-model';
import { createTitleScreen } from './ui/title-screen';
import { createPlayDialogs } from './ui/play-dialogs';
import { createFormationMode } from './ui/formation/formation-mode';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/panels.css';
import './styles/dialogs.css';
import './styles/title.css';
import './styles/debrief.css';
import './styles/themes.css';
import './styles/print.css';
import './styles/formation.css';
import './styles/solo.css';
import './styles/kiosk.css';
import './styles/authoring.css';

const byId = (id: string): HTMLElement => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from index.html`);
  return node;
};

/** The name of each screen on the root's `data-screen`, for styling and tests. */
const SCREEN_NAMES: Record<ViewModel['screen'], string> = {
  'phase-intro': 'phase',
  card: 'card',
  consequence: 'consequence',
  ended: 'debrief',
};

function deriveSeed(): number {
  try {
    return crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now() >>> 0;
  } catch {
    return Date.now() >>> 0;
  }
}

function setUrl(search: string): void {
  history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
}

async function main(): Promise<void> {
  const root = byId('game');
  const params: UrlParams = parseUrlParams(location.search);
  root.dataset.mode = params.mode;
  const storage = createStorage(() => window.localStorage);
  const saves = createSaves(storage);
  const stored = parseSettings(storage.get('settings'));
  let settings: Settings = stored.settings;
  const systemMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  // `?pseudo`: pseudo-localised interface, to spot text that does not come from the catalogs.
  const i18n = createI18n(
    resolveLanguage(params.lang ?? settings.lang, navigator.languages ?? [navigator.language]),
    { pseudo: new URLSearchParams(location.search).has('pseudo') },
  );
  let audioAwake = false;
  const audio = createAudio({
    urls: audioUrls(),
    createHowl: (options) => new Howl({ ...options, preload: true }),
    // Howler's first global call makes its AudioContext, a long task on slow phones: not on the title.
    setGlobalMute: (muted) => {
      if (audioAwake) Howler.mute(muted);
    },
    muted: !settings.sound,
  });
  const wakeAudio = (): void => {
    document.removeEventListener('pointerdown', wakeAudio, true);
    document.removeEventListener('keydown', wakeAudio, true);
    audioAwake = true;
    Howler.mute(!settings.sound);
    Howler.volume(settings.volume / 100);
  };
  document.addEventListener('pointerdown', wakeAudio, true);
  document.addEventListener('keydown', wakeAudio, true);
  // Live games, listeners, timers and sounds, read by the robustness test (window.__tisserDiagnostics).
  const diagnostics = createDiagnostics(window);
  diagnostics.countSounds(() => audio.playingCount());
  Object.defineProperty(window, '__tisserDiagnostics', { get: () => diagnostics.snapshot() });
  diagnostics.track(() => {
    const onVisibility = (): void => audio.setHidden(document.hidden);
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  });
  const art = createArtAssets();
  const catalog = scenarioCatalog();
  const shortcuts = createShortcuts(document);
  const announcer = createAnnouncer(byId('announcer'));
  const panels = createPanelHost(byId('panel-host'));
  const notice = createNotice(byId('notice'));
  const report = (key: string): void => notice.show(i18n.t(key), i18n.t('dialog.close'));
  const hud = createHudMeters();
  byId('hud-host').append(hud.element);
  const bridge = createViewBridge();
  bridge.onSceneEvent((event) => {
    if (event.type === 'scene-ready') root.dataset.territory = 'ready';
  });
  const applyAll = (): void => applySettings(document.documentElement, settings, systemMotion.matches);
  applyAll();
  systemMotion.addEventListener('change', applyAll);

  let selected =
    params.mode === 'evenement' ? kioskScenario(location.search, catalog, params.scenario) : params.scenario;
  let mode = params.mode;
  let started = false;
  let session: GameSession | null = null;
  let loaded: Extract<ScenarioLoad, { ok: true }> | null = null;
  let quiet = false;
  let territory: Promise<void> | null = null;
  const loads = new Map<string, Promise<ScenarioLoad>>();
  const load = (id: string): Promise<ScenarioLoad> => {
    let promise = loads.get(id);
    if (!promise) {
      promise = loadBundledScenario(id, i18n.language);
      loads.set(id, promise);
    }
    return promise;
  };

  const panelSide = (): TerritoryFrame['panel'] =>
    window.innerWidth >= window.innerHeight * 1.1 ? 'right' : 'bottom';
  const publish = (): void => {
    if (session)
      bridge.publish({
        view: session.viewModel,
        reducedMotion: motionReduced(settings, systemMotion.matches),
        panel: panelSide(),
        labels: {
          states: {
            idea: i18n.t('initiative.idea'),
            emerging: i18n.t('initiative.emerging'),
            running: i18n.t('initiative.running'),
            consolidated: i18n.t('initiative.consolidated'),
            failed: i18n.t('initiative.failed'),
          },
          progress: i18n.t('hud.progress', {
            turn: session.viewModel.progress.turn,
            expected: session.viewModel.progress.expectedTurns,
          }),
        },
      });
  };

  const saveSettings = (next: Settings): void => {
    settings = next;
    storage.setJson('settings', settings);
    applyAll();
    audio.setMuted(!settings.sound);
    Howler.volume(settings.volume / 100);
    tools.update(i18n.t, settings.sound);
    publish();
  };

  const tools = createGameTools({
    onSound: () => saveSettings({ ...settings, sound: !settings.sound }),
    onMenu: () => dialogs.menu(),
  });
  byId('tools').append(tools.element);

  const applyChrome = (): void => {
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('app.name');
    byId('app-name').textContent = i18n.t('app.name');
    byId('skip-link').textContent = i18n.t('app.skip');
    tools.update(i18n.t, settings.sound);
  };
  applyChrome();

  const showError = (message: string, problems: readonly string[]): void => {
    root.dataset.screen = 'error';
    panels.show(
      createErrorScreen({
        t: i18n.t,
        message,
        problems,
        fallbackHref: withParam(location.search, 'scenario', DEFAULT_SCENARIO) || '?',
      }),
    );
  };
  const showLoadError = (result: Exclude<ScenarioLoad, { ok: true }>): void => {
    if (result.reason === 'unknown') {
      const list = result.available.join(', ');
      showError(`${i18n.t('error.unknown', { id: result.id })} ${i18n.t('error.available', { list })}`, []);
    } else showError(i18n.t('error.invalid', { id: result.id }), result.problems);
  };

  const chooseLanguage = (lang: UiLanguage): void => {
    i18n.setLanguage(lang);
    quiet = true;
    session?.setLanguage(lang);
    quiet = false;
    setUrl(withParam(location.search, 'lang', lang));
    applyChrome();
    render({ focus: false, focusLanguage: !started });
    announcer.say(i18n.t(lang === 'fr' ? 'lang.fr' : 'lang.en'));
  };

  const dialogs = createPlayDialogs({
    host: root,
    i18n,
    current: () => (session && loaded ? { session, loaded } : null),
    settings: () => settings,
    onSettings: saveSettings,
    onLanguage: chooseLanguage,
    onRestart: () => restart(),
    onTitle: () => backToTitle(),
    isPlaying: () => started,
    menuExtras: () => (solo && mode === 'solo' ? solo.menuExtras() : []),
  });
  // Event kiosk (attract screen, idle reset, summary card; no saves) or solo additions (tutorial, rewind).
  const kiosk =
    params.mode === 'evenement'
      ? createKioskMode({
          root,
          i18n,
          diagnostics,
          settings: kioskSettingsFromUrl(location.search),
          current: () => (session && loaded ? { session, loaded } : null),
          title: () => i18n.t('app.name'),
          start: () => void start(false),
          reset: () => {
            const next = newSession(false);
            if (next) attach(next);
            backToTitle();
          },
        })
      : null;
  const solo = kiosk
    ? null
    : createSoloMode({
        host: root,
        storage,
        saves,
        i18n,
        current: () => (session && loaded ? { session, loaded } : null),
        replace: (next) => {
          attach(next);
          render({ focus: true });
        },
      });
  const afterRender = (playing: boolean): void => {
    kiosk?.afterRender(playing);
    solo?.afterRender(playing && mode === 'solo');
  };
  // "Open a scenario" / "Export": a scenario opened from a file is played under the key `file:<id>`.
  const authoring = createAuthoringKit({
    host: root,
    i18n,
    storage,
    selectedScenario: async () => {
      const result = await load(selected);
      return result.ok ? result.index.scenario : null;
    },
    onPlay: (result) => {
      const key = `file:${result.index.scenario.meta.id}`;
      loads.set(key, Promise.resolve(result));
      selected = key;
      void start(false);
    },
    report: (message) => notice.show(message, i18n.t('dialog.close')),
  });
  // Development server only: each save of a scenario file puts the player back on the same decision.
  if (import.meta.env.DEV)
    void import('./ui/authoring/live-preview').then(({ startLivePreview }) =>
      startLivePreview({
        t: i18n.t,
        lang: () => i18n.language,
        check: authoring.check,
        current: () => session,
        onReload: (result, next) => {
          loaded = result;
          loads.set(selected, Promise.resolve(result));
          attach(next);
          render({ focus: false });
        },
      }),
    );
  shortcuts.bind(['Escape'], () => {
    if (started) dialogs.menu();
  });
  // Facilitated training (?mode=formation): setup, votes, timer, team debrief and report.
  const formation = createFormationMode({
    i18n,
    storage,
    shortcuts,
    host: root,
    say: (text) => announcer.say(text),
    interval: (callback, ms) => diagnostics.interval(callback, ms),
    current: () => (session && loaded ? { session, loaded } : null),
    onBack: () => {
      const saved = session?.save();
      if (!saved || saved.choices.length === 0) return;
      saves.write({ ...saved, choices: saved.choices.slice(0, -1) });
      const next = newSession(true);
      if (next) attach(next);
      render({ focus: true });
    },
  });

  /** Creates the session of the loaded scenario (from its save when resuming). */
  const newSession = (resume: boolean): GameSession | null => {
    if (!loaded) return null;
    const started = startSession({
      loaded,
      saves,
      resume,
      seed: () => params.seed ?? deriveSeed(),
      lang: i18n.language,
    });
    if (!started.ok) {
      showError(i18n.t('error.invalid', { id: loaded.index.scenario.meta.id }), started.problems);
      return null;
    }
    if (started.saveSetAside) report('save.corrupt');
    return started.session;
  };

  const attach = (next: GameSession): void => {
    session?.stop();
    session = next;
    next.subscribe((view, outputs) => {
      if (quiet) return;
      for (const output of outputs) audio.play(output.cue);
      if (!kiosk && (view.screen === 'consequence' || view.screen === 'ended'))
        saves.write(next.save(), { turn: view.progress.turn, ended: view.screen === 'ended' });
      render({ focus: true });
    });
  };

  /** Renders the current screen; a failure shows the crash screen instead of a blank page. */
  function render(options: { focus: boolean; focusLanguage?: boolean }): void {
    try {
      renderScreen(options);
    } catch (error) {
      crash(error);
    }
  }

  function renderScreen(options: { focus: boolean; focusLanguage?: boolean }): void {
    if (!started || !session) {
      // A re-render of the title keeps focus on the same radio, select or button.
      const active = document.activeElement;
      const keep =
        active instanceof HTMLInputElement && active.closest('#panel-host')
          ? `input[value="${active.value}"]`
          : null;
      root.dataset.screen = 'title';
      // Until Phaser draws it, the selected scenario's map stands behind the title (same cover fit).
      const shown =
        catalog.find((entry) => entry.id === selected) ?? catalog.find((e) => e.id === DEFAULT_SCENARIO);
      const backdrop = art.map(shown?.map ?? '');
      Object.assign(byId('territory').style, {
        backgroundImage: backdrop ? `url("${backdrop}")` : '',
        backgroundSize: 'cover',
        backgroundPosition: 'center',
      });
      panels.show(
        createTitleScreen({
          t: i18n.t,
          lang: i18n.language,
          catalog,
          selected,
          mode,
          canContinue: saves.has(selected),
          focusLanguage: options.focusLanguage ?? false,
          onLanguage: chooseLanguage,
          onSelect: (id) => {
            selected = id;
            setUrl(withParam(location.search, 'scenario', id));
            // Re-render ("Continue" depends on the scenario), keeping focus on the radio just picked.
            render({ focus: false });
            void preload();
          },
          onMode: (next) => {
            mode = next;
            root.dataset.mode = next;
            setUrl(withParam(location.search, 'mode', next));
          },
          onPlay: () => void start(false),
          onContinue: () => void start(true),
          onSettings: () => dialogs.settings(),
        }),
        { focus: options.focus || (options.focusLanguage ?? false) },
      );
      authoring.decorate(byId('panel-host'));
      if (keep) document.querySelector<HTMLElement>(`#panel-host ${keep}`)?.focus();
      if (session) hud.update(session.viewModel.meters, i18n.t);
      publish();
      afterRender(false);
      return;
    }
    const view = session.viewModel;
    injectFault(window, 'render');
    root.dataset.screen = SCREEN_NAMES[view.screen];
    hud.update(view.meters, i18n.t);
    const current = session;
    panels.show(
      (mode === 'formation' ? formation.screen : playScreen)(view, {
        t: i18n.t,
        shortcuts,
        portraitUrl: (id) => art.portrait(id),
        onChoose: (choice) => current.send({ type: 'CHOOSE', choice }),
        onContinue: () => {
          audio.play('click');
          current.send({ type: 'CONTINUE' });
        },
        onConcept: (id) => dialogs.codex(id),
        debrief: () => dialogs.debrief(() => restart()),
      }),
      { focus: options.focus || (options.focusLanguage ?? false) },
    );
    publish();
    afterRender(true);
    if (options.focus) announcer.say(announcement(view, i18n.t));
  }

  /** Loads the selected scenario behind the title, so the map shows it and "Play" is instant. */
  async function preload(): Promise<ScenarioLoad> {
    const id = selected;
    const result = await load(id);
    if (id !== selected || started) return result;
    if (result.ok && loaded?.index.scenario.meta.id !== id) {
      loaded = result;
      const next = newSession(false);
      if (next) attach(next);
      render({ focus: false });
    }
    return result;
  }

  async function start(resume: boolean): Promise<void> {
    void startPhaser();
    const entry = catalog.find((item) => item.id === selected);
    const setup = (screen: Component): void => {
      root.dataset.screen = 'formation-setup';
      panels.show(screen);
    };
    const title = entry ? localize(entry.title, i18n.language) : selected;
    if (mode === 'formation' && !(await formation.prepare(selected, title, resume, setup)))
      return render({ focus: true });
    const loading = createLoadingScreen(i18n.t, entry ? localize(entry.title, i18n.language) : selected);
    root.dataset.screen = 'loading';
    panels.show(loading);
    loading.progress(0.2);
    const result = await load(selected);
    loading.progress(0.7);
    if (!result.ok) return showLoadError(result);
    loaded = result;
    const next = newSession(resume);
    if (!next) return;
    attach(next);
    loading.progress(1);
    started = true;
    audio.play('click');
    audio.playAmbient(`ambient-${result.index.scenario.map.template}` as AmbientKey);
    render({ focus: true });
  }

  function restart(): void {
    if (loaded) saves.remove(loaded.index.scenario.meta.id);
    const next = newSession(false);
    if (!next) return;
    attach(next);
    render({ focus: true });
  }

  /** A bug: "Reprendre" shows the last good state again, "Recommencer" starts a new game. */
  function crash(error: unknown): void {
    console.error(error);
    root.dataset.screen = 'error';
    panels.show(
      createCrashScreen({
        t: i18n.t,
        onResume: () => render({ focus: true }),
        onRestart: () => (started ? restart() : render({ focus: true })),
      }),
    );
  }

  /** Imports Phaser and starts the territory, once. */
  function startPhaser(): Promise<void> {
    territory ??= import('./scenes/start-territory').then(({ startTerritory }) => {
      const maps = new Map<string, string>();
      for (const entry of catalog) {
        const url = art.map(entry.map);
        if (url) maps.set(entry.map, url);
      }
      const templateOf = (view: ViewModel): string =>
        catalog.find((entry) => entry.id === view.scenario.id)?.map ??
        loaded?.index.scenario.map.template ??
        '';
      startTerritory({ host: byId('territory'), bridge, maps, mapTemplate: templateOf, art, diagnostics });
    });
    return territory;
  }

  function backToTitle(): void {
    started = false;
    audio.stopAmbient();
    render({ focus: true });
  }

  // `?page=inspecteur`: the author's inspector of the selected scenario instead of the game.
  if (new URLSearchParams(location.search).get('page') === 'inspecteur') {
    const [{ createInspector }, result] = await Promise.all([
      import('./ui/authoring/inspector'),
      load(selected),
    ]);
    if (!result.ok) return showLoadError(result);
    root.dataset.screen = 'inspector';
    return panels.show(createInspector(i18n.t, i18n.language, result));
  }
  render({ focus: false });
  if (stored.corrupt) report('settings.corrupt');
  if (!storage.set('probe', '1')) report('storage.unavailable');
  storage.remove('probe');
  installCrashGuard(window, crash);
  registerServiceWorker(navigator, import.meta.env.PROD);
  const first = await preload();
  if (!first.ok) {
    showLoadError(first);
    return;
  }
  diagnostics.track(() => {
    const onResize = (): void => {
      if (bridge.current()?.panel !== panelSide()) publish();
    };
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  });

  // Phaser waits for the player (first key or pointer press, or "Jouer"): the title stays DOM-only
  // and light, with no long task behind it (Lighthouse's total blocking time, docs/benchmark.md).
  const wake = (): void => {
    document.removeEventListener('pointerdown', wake, true);
    document.removeEventListener('keydown', wake, true);
    void startPhaser();
  };
  if (!territory) {
    document.addEventListener('pointerdown', wake, true);
    document.addEventListener('keydown', wake, true);
  }
}

void main().catch((error: unknown) => {
  const host = document.getElementById('panel-host');
  if (!host) return;
  const panel = document.createElement('section');
  panel.className = 'panel panel-error';
  panel.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = `Erreur / Error: ${error instanceof Error ? error.message : String(error)}`;
  panel.append(text);
  host.replaceChildren(panel);
});
