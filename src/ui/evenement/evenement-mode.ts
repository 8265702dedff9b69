import type { I18n } from '../../adapters/i18n';
import {
  activity,
  countdownSeconds,
  kioskSettings,
  resetDone,
  startKiosk,
  tickKiosk,
  type KioskSettings,
  type KioskState,
} from '../../engine/modes/evenement/kiosk-idle';
import type { SessionFactory } from '../../engine/session-factory';
import { attractDemo } from '../../engine/modes/evenement/attract-demo';
import { wovenSummary } from '../../engine/modes/evenement/woven';
import type { Diagnostics } from '../../adapters/diagnostics';
import { el } from '../dom';
import type { Mode, ModeHost } from '../mode-contract';
import type { CurrentGame } from '../play-dialogs';
import { createAttractScreen, type AttractScreen } from './attract-screen';
import { eventSettings } from './evenement-config';
import { createWovenCard, type WovenCard } from './woven-card';
import './evenement.css';

/**
 * The event mode (`?mode=evenement`): the game on a stand's kiosk. It keeps no data (no saves), covers
 * the title with its attract screen, and resets after a visit (idle countdown, final summary card).
 */
export function createMode(host: ModeHost): Mode {
  const kiosk = createKioskMode({
    root: host.root,
    i18n: host.i18n,
    diagnostics: host.diagnostics,
    settings: eventSettings(host.params, kioskSettings),
    current: host.current,
    title: () => host.i18n.t('app.name'),
    start: () => host.start(false),
    reset: host.resetToTitle,
    sessions: host.sessions,
  });
  return {
    keepsSaves: false,
    afterRender: kiosk.afterRender,
    teardown: kiosk.teardown,
  };
}

/** The event kiosk around the game: attract screen, idle countdown and reset, final summary card. */
export interface KioskMode {
  /** Call after each render: `playing` is false on the title (which the kiosk replaces by the attract screen). */
  afterRender(playing: boolean): void;
  /** Removes its overlays, listeners and timers. */
  teardown(): void;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * Creates the kiosk. It keeps no data: `reset` must drop the session (the shell starts a fresh one
 * behind the attract screen). The root gets `data-kiosk="attract|playing|warning"` for styling and tests.
 */
export function createKioskMode(options: {
  root: HTMLElement;
  i18n: I18n;
  diagnostics: Diagnostics;
  settings: KioskSettings;
  current: () => CurrentGame | null;
  title: () => string;
  start: () => void;
  reset: () => void;
  sessions: SessionFactory;
  now?: () => number;
  demoStepMs?: number;
}): KioskMode {
  const { root, i18n, diagnostics, settings } = options;
  const now = options.now ?? (() => performance.now());
  let state: KioskState = startKiosk(now());
  let attract: AttractScreen | null = null;
  let attractLoaded = false;
  let woven: WovenCard | null = null;
  let wovenFor: unknown = null;
  const seconds = el('span', { className: 'kiosk-countdown-number' });
  const countdown = el(
    'section',
    {
      className: 'kiosk-countdown',
      attrs: { role: 'alertdialog', 'aria-labelledby': 'kiosk-countdown-text' },
    },
    [el('p', { className: 'kiosk-countdown-text', attrs: { id: 'kiosk-countdown-text' } }), seconds],
  );
  countdown.hidden = true;
  root.append(countdown);
  // `data-kiosk="attract"` is set by showAttract, once the attract screen is really there.

  const setInert = (inert: boolean): void => {
    for (const child of Array.from(root.children))
      if (child !== attract?.element && child !== woven?.element && child !== countdown)
        (child as HTMLElement).inert = inert;
  };
  const hideAttract = (): void => {
    attract?.unmount();
    attract = null;
  };
  const hideWoven = (): void => {
    woven?.unmount();
    woven = null;
  };
  const showAttract = (): void => {
    hideWoven();
    root.dataset.kiosk = 'attract';
    const loaded = options.current()?.loaded ?? null;
    // Built again once the scenario has loaded behind it, so the demo can play.
    if (attract && (attractLoaded || !loaded)) return;
    hideAttract();
    attractLoaded = loaded !== null;
    attract = createAttractScreen({
      t: i18n.t,
      lang: i18n.language,
      loaded,
      title: options.title(),
      every: (callback, ms) => diagnostics.interval(callback, ms),
      stepMs: options.demoStepMs ?? 1400,
      sessions: options.sessions,
      demo: attractDemo,
      onStart: () => {
        state = activity(state, now());
        options.start();
      },
    });
    root.append(attract.element);
    setInert(true);
    attract.element.querySelector<HTMLElement>('.kiosk-start')?.focus();
  };
  const showWoven = (game: CurrentGame): void => {
    if (woven || wovenFor === game.session) return;
    wovenFor = game.session;
    woven = createWovenCard({
      t: i18n.t,
      lang: i18n.language,
      index: game.loaded.index,
      state: game.session.state,
      summarize: wovenSummary,
      onDone: () => doReset(),
    });
    root.append(woven.element);
    setInert(true);
    woven.focusTarget.focus();
  };
  const doReset = (): void => {
    // Open dialogs close through their own path (their `cancel`), so their owners know.
    for (const dialog of Array.from(document.querySelectorAll('dialog[open]')))
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    countdown.hidden = true;
    hideWoven();
    wovenFor = null;
    state = resetDone({ ...state, status: 'reset' }, now());
    // A visit leaves nothing behind, not even the browser's timings of the portraits it showed.
    performance.clearResourceTimings();
    options.reset();
  };

  const onActivity = (): void => {
    if (state.status === 'attract') return;
    state = activity(state, now());
  };
  /** What teardown releases: listeners and timers. */
  const offs: (() => void)[] = [];
  for (const type of ACTIVITY_EVENTS)
    offs.push(
      diagnostics.track(() => {
        document.addEventListener(type, onActivity, { capture: true, passive: true });
        return () => document.removeEventListener(type, onActivity, { capture: true });
      }),
    );
  // No way out of the game: no context menu, no link that leaves the page, no dragging things away.
  const block = (event: Event): void => event.preventDefault();
  const onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (link && !link.getAttribute('href')?.startsWith('#')) event.preventDefault();
  };
  offs.push(
    diagnostics.track(() => {
      document.addEventListener('contextmenu', block);
      document.addEventListener('dragstart', block);
      document.addEventListener('click', onClick, { capture: true });
      return () => {
        document.removeEventListener('contextmenu', block);
        document.removeEventListener('dragstart', block);
        document.removeEventListener('click', onClick, { capture: true });
      };
    }),
  );

  offs.push(
    diagnostics.interval(() => {
      if (state.status !== 'playing' && state.status !== 'warning') return;
      const at = now();
      state = tickKiosk(state, settings, at);
      if (state.status === 'reset') return doReset();
      const left = countdownSeconds(state, settings, at);
      countdown.hidden = left === null;
      root.dataset.kiosk = state.status;
      if (left !== null) {
        const text = countdown.querySelector('.kiosk-countdown-text');
        if (text) text.textContent = i18n.t('kiosk.countdown');
        seconds.textContent = String(left);
      }
    }, 250),
  );

  return {
    afterRender(playing) {
      if (!playing) {
        showAttract();
        return;
      }
      if (attract) {
        hideAttract();
        setInert(false);
      }
      if (state.status === 'attract') state = activity(state, now());
      root.dataset.kiosk = state.status;
      const game = options.current();
      if (game && game.session.viewModel.screen === 'ended') showWoven(game);
      else if (woven) {
        hideWoven();
        setInert(false);
      }
    },
    teardown() {
      for (const off of offs.splice(0)) off();
      hideAttract();
      hideWoven();
      setInert(false);
      countdown.remove();
      delete root.dataset.kiosk;
    },
  };
}
