/**
 * The composition root: the ONLY place where things are built and wired. URL parameters → settings →
 * i18n → storage → title (from the light catalog), shown at once; then the game shell
 * (src/ui/app/game-shell.ts: scenarios, sessions, sounds, modes, and Phaser later still) loads behind it
 * as its own chunk. Layers and data flow: docs/ARCHITECTURE.md.
 */
import { createArtAssets } from './adapters/art-assets';
import { createI18n, resolveLanguage, type UiLanguage } from './adapters/i18n';
import { createSaves } from './adapters/saves';
import { scenarioCatalog } from './adapters/scenario-catalog';
import { registerServiceWorker } from './adapters/service-worker';
import { createStorage } from './adapters/storage';
import { DEFAULT_SCENARIO, parseUrlParams, withParam } from './adapters/url-params';
import { createDiagnostics } from './scenes/diagnostics';
import { createAnnouncer } from './ui/announcer';
import type { AppContext, AppState, RenderOptions } from './ui/app/app-context';
import type { GameShell } from './ui/app/game-shell';
import { createCrashScreen, createErrorScreen, installCrashGuard } from './ui/error-screen';
import { createGameTools } from './ui/game-tools';
import { createShortcuts } from './ui/keyboard';
import { kioskScenario } from './ui/kiosk/kiosk-config';
import { createNotice } from './ui/notice';
import { createPanelHost } from './ui/panel-host';
import { applySettings, parseSettings, type Settings } from './ui/settings-model';
import { createTitleScreen } from './ui/title-screen';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/panels.css';
import './styles/dilemmas.css';
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

const setUrl = (search: string): void =>
  history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);

async function main(): Promise<void> {
  const root = byId('game');
  const params = parseUrlParams(location.search);
  root.dataset.mode = params.mode;
  // A write the storage refuses (full) is told once; saves are told by the game shell, with an export.
  let writeFailureTold = false;
  const storage = createStorage(
    () => window.localStorage,
    'tisser:',
    (key) => {
      if (writeFailureTold || key.startsWith('save:') || key === 'probe') return;
      writeFailureTold = true;
      report('storage.full');
    },
  );
  const saves = createSaves(storage);
  const stored = parseSettings(storage.get('settings'));
  const systemMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  // `?pseudo`: pseudo-localised interface, to spot text that does not come from the catalogs.
  const i18n = createI18n(
    resolveLanguage(params.lang ?? stored.settings.lang, navigator.languages ?? [navigator.language]),
    { pseudo: new URLSearchParams(location.search).has('pseudo') },
  );
  // Live games, listeners, timers and sounds, read by the robustness test (window.__tisserDiagnostics).
  const diagnostics = createDiagnostics(window);
  Object.defineProperty(window, '__tisserDiagnostics', { get: () => diagnostics.snapshot() });
  const catalog = scenarioCatalog();
  const art = createArtAssets();
  const panels = createPanelHost(byId('panel-host'));
  const notice = createNotice(byId('notice'));
  const state: AppState = {
    settings: stored.settings,
    selected:
      params.mode === 'evenement'
        ? kioskScenario(location.search, catalog, params.scenario)
        : params.scenario,
    mode: params.mode,
    started: false,
  };

  // The game shell arrives behind the title; the title's buttons wait for it when pressed early.
  let shell: GameShell | null = null;
  let shellLoad: Promise<GameShell> | null = null;
  const game = (): Promise<GameShell> => {
    shellLoad ??= import('./ui/app/game-shell').then(async ({ createGameShell }) => {
      shell = await createGameShell(ctx);
      return shell;
    });
    return shellLoad;
  };

  const applyAll = (): void => applySettings(document.documentElement, state.settings, systemMotion.matches);
  applyAll();
  systemMotion.addEventListener('change', applyAll);
  const saveSettings = (next: Settings): void => {
    state.settings = next;
    storage.setJson('settings', next);
    applyAll();
    tools.update(i18n.t, next.sound);
    shell?.settingsChanged();
  };
  const tools = createGameTools({
    onSound: () => saveSettings({ ...state.settings, sound: !state.settings.sound }),
    onMenu: () => void game().then((loaded) => loaded.openMenu()),
  });
  byId('tools').append(tools.element);
  const applyChrome = (): void => {
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('app.name');
    byId('app-name').textContent = i18n.t('app.name');
    byId('skip-link').textContent = i18n.t('app.skip');
    tools.update(i18n.t, state.settings.sound);
  };
  applyChrome();

  const showError = (message: string, problems: readonly string[]): void => {
    root.dataset.screen = 'error';
    const fallbackHref = withParam(location.search, 'scenario', DEFAULT_SCENARIO) || '?';
    panels.show(createErrorScreen({ t: i18n.t, message, problems, fallbackHref }));
  };
  const report = (key: string): void => notice.show(i18n.t(key), i18n.t('dialog.close'));

  const chooseLanguage = (lang: UiLanguage): void => {
    i18n.setLanguage(lang);
    shell?.languageChanged();
    setUrl(withParam(location.search, 'lang', lang));
    applyChrome();
    render({ focus: false, focusLanguage: !state.started });
    ctx.announcer.say(i18n.t(lang === 'fr' ? 'lang.fr' : 'lang.en'));
  };

  /** The title: DOM only, drawn before the game shell arrives. */
  const renderTitle = (options: RenderOptions): void => {
    // A re-render of the title keeps focus on the same radio, select or button.
    const active = document.activeElement;
    const keep =
      active instanceof HTMLInputElement && active.closest('#panel-host')
        ? `input[value="${active.value}"]`
        : null;
    root.dataset.screen = 'title';
    // Until Phaser draws it, the selected scenario's map stands behind the title (same cover fit).
    const shown =
      catalog.find((entry) => entry.id === state.selected) ?? catalog.find((e) => e.id === DEFAULT_SCENARIO);
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
        selected: state.selected,
        mode: state.mode,
        canContinue: saves.has(state.selected),
        focusLanguage: options.focusLanguage ?? false,
        onLanguage: chooseLanguage,
        onSelect: (id) => {
          state.selected = id;
          setUrl(withParam(location.search, 'scenario', id));
          // Re-render ("Continue" depends on the scenario), keeping focus on the radio just picked.
          render({ focus: false });
          void game().then((loaded) => loaded.preload());
        },
        onMode: (next) => {
          state.mode = next;
          root.dataset.mode = next;
          setUrl(withParam(location.search, 'mode', next));
        },
        onPlay: () => void game().then((loaded) => loaded.start(false)),
        onContinue: () => void game().then((loaded) => loaded.start(true)),
        onSettings: () => void game().then((loaded) => loaded.openSettings()),
      }),
      { focus: options.focus || (options.focusLanguage ?? false) },
    );
    if (keep) document.querySelector<HTMLElement>(`#panel-host ${keep}`)?.focus();
    shell?.afterTitle();
  };

  /** Draws the current screen; a failure shows the crash screen instead of a blank page. */
  function render(options: RenderOptions): void {
    try {
      if (state.started && shell) shell.renderPlay(options);
      else renderTitle(options);
    } catch (error) {
      crash(error);
    }
  }

  /** A bug: "Reprendre" shows the last good state again, "Recommencer" starts a new game. */
  function crash(error: unknown): void {
    console.error(error);
    root.dataset.screen = 'error';
    panels.show(
      createCrashScreen({
        t: i18n.t,
        onResume: () => render({ focus: true }),
        onRestart: () => (state.started && shell ? shell.restart() : render({ focus: true })),
      }),
    );
  }

  const ctx: AppContext = {
    root,
    byId,
    params,
    storage,
    saves,
    i18n,
    catalog,
    art,
    panels,
    notice,
    announcer: createAnnouncer(byId('announcer')),
    shortcuts: createShortcuts(document),
    diagnostics,
    systemMotion,
    state,
    saveSettings,
    chooseLanguage,
    render,
    setUrl,
    showError,
    report,
  };

  // `?page=inspecteur`: the author's inspector of the selected scenario instead of the game.
  if (new URLSearchParams(location.search).get('page') === 'inspecteur')
    return (await game()).showInspector();
  // The kiosk replaces the title by its attract screen, whose demo plays the scenario: wait for both
  // rather than flash the title, then rebuild the attract screen once the scenario is there.
  if (params.mode === 'evenement') await (await game()).preload();
  render({ focus: false });
  if (stored.corrupt) report('settings.corrupt');
  if (!storage.set('probe', '1')) {
    writeFailureTold = true;
    report('storage.unavailable');
  }
  storage.remove('probe');
  installCrashGuard(window, crash);
  registerServiceWorker(navigator, import.meta.env.PROD);
  const loaded = await game();
  // The shell's first look at the title: the "write a scenario" tools, and the territory frame.
  if (!state.started) loaded.afterTitle();
  const first = await loaded.preload();
  if (!first.ok) loaded.showLoadError(first);
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
