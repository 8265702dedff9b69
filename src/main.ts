/**
 * The composition root: it builds the services and wires them, and does nothing else. Address → stored
 * settings → i18n → storage → the title (src/ui/title-controller.ts, from the light catalog), shown at
 * once; then the game shell (src/ui/app/game-shell.ts: scenarios, sessions, sounds, the modes of
 * src/ui/mode-registry.ts, and Phaser later still) loads behind it as its own chunk.
 * Layers and data flow: docs/ARCHITECTURE.md.
 */
import { createArtAssets } from './adapters/art-assets';
import { createI18n, resolveLanguage, type UiLanguage } from './adapters/i18n';
import { createSaves } from './adapters/saves';
import { scenarioCatalog } from './adapters/scenario-catalog';
import { registerServiceWorker } from './adapters/service-worker';
import { createStorage } from './adapters/storage';
import { DEFAULT_SCENARIO, withParam } from './adapters/url-params';
import { createDiagnostics } from './adapters/diagnostics';
import { createAnnouncer } from './ui/announcer';
import type { AppActions, AppContext, AppServices, AppState, RenderOptions } from './ui/app/app-context';
import type { GameShell } from './ui/app/game-shell';
import { createCrashScreen, createErrorScreen, installCrashGuard } from './ui/error-screen';
import { createGameTools } from './ui/game-tools';
import { createShortcuts } from './ui/keyboard';
import { modeEntry, openingScenario, pageMode, parseAddress } from './ui/mode-registry';
import { createNotice } from './ui/notice';
import { createPanelHost } from './ui/panel-host';
import { applySettings, parseSettings, type Settings } from './adapters/settings';
import { createTitleController } from './ui/title-controller';
// The stylesheets every screen needs; a mode's own comes with its chunk (src/ui/<mode>/<mode>.css).
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

const byId = (id: string): HTMLElement => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from index.html`);
  return node;
};

async function main(): Promise<void> {
  const root = byId('game');
  const params = parseAddress(location.search);
  root.dataset.mode = params.mode;
  // A write the storage refuses (full) is told once; saves are told by the game shell, with an export.
  let writeFailureTold = false;
  const storage = createStorage(
    () => window.localStorage,
    'tisser:',
    (key) => {
      if (writeFailureTold || key.startsWith('save:') || key === 'probe') return;
      writeFailureTold = true;
      actions.report('storage.full');
    },
  );
  const stored = parseSettings(storage.get('settings'));
  const i18n = createI18n(
    resolveLanguage(params.lang ?? stored.settings.lang, navigator.languages ?? [navigator.language]),
    { pseudo: params.pseudo },
  );
  // Live games, listeners, timers and sounds, read by the robustness test (window.__tisserDiagnostics).
  const diagnostics = createDiagnostics(window);
  Object.defineProperty(window, '__tisserDiagnostics', { get: () => diagnostics.snapshot() });
  const catalog = scenarioCatalog();
  const services: AppServices = {
    root,
    byId,
    params,
    storage,
    saves: createSaves(storage),
    i18n,
    catalog,
    art: createArtAssets(),
    panels: createPanelHost(byId('panel-host')),
    notice: createNotice(byId('notice')),
    announcer: createAnnouncer(byId('announcer')),
    shortcuts: createShortcuts(document),
    diagnostics,
    systemMotion: window.matchMedia('(prefers-reduced-motion: reduce)'),
  };
  const state: AppState = {
    settings: stored.settings,
    selected: openingScenario(params, catalog),
    mode: params.mode,
    started: false,
  };

  let shell: GameShell | null = null;
  const applyAll = (): void =>
    applySettings(document.documentElement, state.settings, services.systemMotion.matches);
  const tools = createGameTools({
    onSound: () => actions.saveSettings({ ...state.settings, sound: !state.settings.sound }),
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

  const actions: AppActions = {
    saveSettings(next: Settings) {
      state.settings = next;
      storage.setJson('settings', next);
      applyAll();
      tools.update(i18n.t, next.sound);
      shell?.settingsChanged();
    },
    chooseLanguage(lang: UiLanguage) {
      i18n.setLanguage(lang);
      shell?.languageChanged();
      actions.setUrl(withParam(location.search, 'lang', lang));
      applyChrome();
      actions.render({ focus: false, focusLanguage: !state.started });
      services.announcer.say(i18n.t(lang === 'fr' ? 'lang.fr' : 'lang.en'));
    },
    /** Draws the current screen; a failure shows the crash screen instead of a blank page. */
    render(options: RenderOptions) {
      try {
        if (state.started && shell) shell.renderPlay(options);
        else title.render(options);
      } catch (error) {
        crash(error);
      }
    },
    setUrl: (search) => history.replaceState(null, '', `${location.pathname}${search}${location.hash}`),
    showError(message, problems) {
      root.dataset.screen = 'error';
      const fallbackHref = withParam(location.search, 'scenario', DEFAULT_SCENARIO) || '?';
      services.panels.show(createErrorScreen({ t: i18n.t, message, problems, fallbackHref }));
    },
    report: (key) => services.notice.show(i18n.t(key), i18n.t('dialog.close')),
  };
  const ctx: AppContext = { services, state, actions };
  // The game shell arrives behind the title; the title's buttons wait for it when pressed early.
  let shellLoad: Promise<GameShell> | null = null;
  function game(): Promise<GameShell> {
    shellLoad ??= import('./ui/app/game-shell').then(async ({ createGameShell }) => {
      shell = await createGameShell(ctx);
      return shell;
    });
    return shellLoad;
  }
  const title = createTitleController(ctx, game, () => shell);

  /** A bug: "Reprendre" shows the last good state again, "Recommencer" starts a new game. */
  function crash(error: unknown): void {
    console.error(error);
    root.dataset.screen = 'error';
    services.panels.show(
      createCrashScreen({
        t: i18n.t,
        onResume: () => actions.render({ focus: true }),
        onRestart: () => (state.started && shell ? shell.restart() : actions.render({ focus: true })),
      }),
    );
  }

  applyAll();
  services.systemMotion.addEventListener('change', applyAll);
  applyChrome();
  // A mode with a page of its own (`?page=inspecteur`) draws it instead of the title and the game.
  if (params.page) return (await game()).showPage();
  // A mode that covers the title (the kiosk's attract screen, whose demo plays the scenario): wait for
  // it and the scenario rather than flash the title.
  if (modeEntry(pageMode(params)).coversTitle) await (await game()).preload();
  actions.render({ focus: false });
  if (stored.corrupt) actions.report('settings.corrupt');
  if (!storage.set('probe', '1')) {
    writeFailureTold = true;
    actions.report('storage.unavailable');
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
