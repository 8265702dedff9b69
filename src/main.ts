/**
 * The composition root: the ONLY place where things are built and wired. URL parameters → i18n →
 * storage → audio → scenario → GameSession → DOM UI, with Phaser loaded lazily behind the title.
 */
import { Howl, Howler } from 'howler';
import { createArtAssets } from './adapters/art-assets';
import { createAudio, type AmbientKey } from './adapters/audio';
import { audioUrls } from './adapters/audio-files';
import { createI18n, resolveLanguage, type UiLanguage } from './adapters/i18n';
import { loadBundledScenario } from './adapters/scenario-source';
import { createStorage } from './adapters/storage';
import { DEFAULT_SCENARIO, parseUrlParams, withParam } from './adapters/url-params';
import { GameSession, type SessionOptions } from './engine/game-session';
import { localize } from './engine/localize';
import { CompileError } from './scenario/compile';
import type { ViewModel } from './engine/view-model';
import { createViewBridge, type TerritoryFrame } from './scenes/view-bridge';
import { createAnnouncer } from './ui/announcer';
import { createCardPanel } from './ui/card-panel';
import { createConsequencePanel } from './ui/consequence-panel';
import type { Component } from './ui/dom';
import { createEndingScreen } from './ui/ending-screen';
import { createErrorScreen } from './ui/error-screen';
import { createHudMeters } from './ui/hud-meters';
import { createShortcuts } from './ui/keyboard';
import { createMuteToggle } from './ui/mute-toggle';
import { createPanelHost } from './ui/panel-host';
import { createPhasePanel } from './ui/phase-panel';
import { createTitleScreen } from './ui/title-screen';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/panels.css';

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

async function main(): Promise<void> {
  const root = byId('game');
  const params = parseUrlParams(location.search);
  // Only solo play exists for now; the mode is kept on the root for styling and the modes to come.
  root.dataset.mode = params.mode;
  const i18n = createI18n(resolveLanguage(params.lang, navigator.languages ?? [navigator.language]));
  const storage = createStorage(() => window.localStorage);
  const audio = createAudio({
    urls: audioUrls(),
    createHowl: (options) => new Howl({ ...options, preload: true }),
    setGlobalMute: (muted) => Howler.mute(muted),
    muted: storage.get('muted') === '1',
  });
  const art = createArtAssets();
  const shortcuts = createShortcuts(document);
  const announcer = createAnnouncer(byId('announcer'));
  const panels = createPanelHost(byId('panel-host'));
  const hud = createHudMeters();
  byId('hud-host').append(hud.element);
  const mute = createMuteToggle((muted) => {
    audio.setMuted(muted);
    storage.set('muted', muted ? '1' : '0');
    mute.update(i18n.t, muted);
  });
  byId('tools').append(mute.element);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const bridge = createViewBridge();
  bridge.onSceneEvent((event) => {
    if (event.type === 'scene-ready') root.dataset.territory = 'ready';
  });

  const applyChrome = (): void => {
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('app.name');
    byId('app-name').textContent = i18n.t('app.name');
    byId('skip-link').textContent = i18n.t('app.skip');
    const loading = document.getElementById('loading');
    if (loading) loading.textContent = i18n.t('app.loading');
    mute.update(i18n.t, audio.muted);
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

  const loaded = await loadBundledScenario(params.scenario, i18n.language);
  if (!loaded.ok) {
    if (loaded.reason === 'unknown') {
      const list = loaded.available.join(', ');
      showError(`${i18n.t('error.unknown', { id: loaded.id })} ${i18n.t('error.available', { list })}`, []);
    } else {
      showError(i18n.t('error.invalid', { id: loaded.id }), loaded.problems);
    }
    return;
  }
  const { index, concepts } = loaded;
  const meta = index.scenario.meta;
  const template = index.scenario.map.template;

  let inspect: SessionOptions['inspect'];
  if (import.meta.env.DEV && params.inspect) {
    const { createBrowserInspector } = await import('@statelyai/inspect');
    const inspector = createBrowserInspector();
    inspect = (event) => inspector.inspect.next?.(event);
  }

  const newSession = (seed: number): GameSession =>
    new GameSession(index, { seed, lang: i18n.language, concepts, ...(inspect ? { inspect } : {}) });
  let seed = params.seed ?? deriveSeed();
  let session: GameSession;
  try {
    session = newSession(seed);
  } catch (error) {
    // The compiler refuses names outside its vocabulary (CompileError carries the list).
    const problems = error instanceof CompileError ? error.problems : [String(error)];
    showError(i18n.t('error.invalid', { id: meta.id }), problems);
    return;
  }
  let started = false;
  /** Set while the session re-emits the same state in another language (the caller re-renders). */
  let quiet = false;

  const panelSide = (): TerritoryFrame['panel'] =>
    window.innerWidth >= window.innerHeight * 1.1 ? 'right' : 'bottom';
  const publish = (): void =>
    bridge.publish({ view: session.viewModel, reducedMotion: reducedMotion.matches, panel: panelSide() });

  const chooseLanguage = (lang: UiLanguage): void => {
    i18n.setLanguage(lang);
    quiet = true;
    session.setLanguage(lang);
    quiet = false;
    history.replaceState(
      null,
      '',
      `${location.pathname}${withParam(location.search, 'lang', lang)}${location.hash}`,
    );
    applyChrome();
    render({ focus: false, focusLanguage: true });
    announcer.say(i18n.t(lang === 'fr' ? 'lang.fr' : 'lang.en'));
  };

  const screenComponent = (view: ViewModel, focusLanguage: boolean): Component => {
    if (!started) {
      return createTitleScreen({
        t: i18n.t,
        lang: i18n.language,
        focusLanguage,
        info: {
          title: view.scenario.title,
          summary: localize(meta.summary, i18n.language),
          minutes: meta.durationMinutes,
          objectives: meta.objectives.map((text) => localize(text, i18n.language)),
        },
        onLanguage: chooseLanguage,
        onPlay: () => {
          started = true;
          audio.play('click');
          audio.playAmbient(`ambient-${template}` as AmbientKey);
          render({ focus: true });
        },
      });
    }
    const next = (): void => {
      audio.play('click');
      session.send({ type: 'CONTINUE' });
    };
    if (view.screen === 'card' && view.card) {
      return createCardPanel({
        t: i18n.t,
        card: view.card,
        portraitUrl: art.portrait(view.card.speaker.portrait),
        shortcuts,
        onChoose: (choice) => session.send({ type: 'CHOOSE', choice }),
      });
    }
    if (view.screen === 'consequence' && view.consequence) {
      return createConsequencePanel({ t: i18n.t, consequence: view.consequence, onContinue: next });
    }
    if (view.screen === 'ended' && view.ending) {
      return createEndingScreen({
        t: i18n.t,
        ending: view.ending,
        sessionCode: view.sessionCode,
        onReplay: () => {
          audio.play('click');
          restart();
        },
      });
    }
    return createPhasePanel({ t: i18n.t, view, onContinue: next });
  };

  const announce = (view: ViewModel): void => {
    if (view.screen === 'phase-intro') announcer.say(i18n.t('announce.phase', { title: view.phase.title }));
    else if (view.screen === 'card' && view.card)
      announcer.say(i18n.t('announce.card', { name: view.card.speaker.name }));
    else if (view.screen === 'consequence') announcer.say(i18n.t('announce.consequence'));
    else if (view.screen === 'ended' && view.ending)
      announcer.say(i18n.t('announce.ending', { title: view.ending.title }));
  };

  function render(options: { focus: boolean; focusLanguage?: boolean }): void {
    const view = session.viewModel;
    root.dataset.screen = started ? SCREEN_NAMES[view.screen] : 'title';
    hud.update(view.meters, i18n.t);
    panels.show(screenComponent(view, options.focusLanguage ?? false), {
      focus: options.focus || (options.focusLanguage ?? false),
    });
    publish();
    if (options.focus && started) announce(view);
  }

  const attach = (): void => {
    session.subscribe((_view, outputs) => {
      if (quiet) return;
      for (const output of outputs) audio.play(output.cue);
      render({ focus: true });
    });
  };

  function restart(): void {
    session.stop();
    if (params.seed === null) seed = deriveSeed();
    session = newSession(seed);
    attach();
    render({ focus: true });
  }

  attach();
  render({ focus: false });
  window.addEventListener('resize', () => {
    if (bridge.current()?.panel !== panelSide()) publish();
  });

  // Phaser (~355 KB gzip) comes after the first screen is interactive.
  const { startTerritory } = await import('./scenes/start-territory');
  const maps = new Map<string, string>();
  const mapUrl = art.map(template);
  if (mapUrl) maps.set(template, mapUrl);
  startTerritory({ host: byId('territory'), bridge, maps, mapTemplate: () => template });
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
