/**
 * The game shell's side of the modes: it builds the host every mode gets (src/ui/mode-contract.ts),
 * makes active the mode the table (src/ui/mode-registry.ts) says plays, and adds the authoring tools
 * to the title. It never tests a mode's name.
 */
import type { ScenarioLoad } from '../../adapters/scenario-source';
import type { GameSession } from '../../engine/game-session';
import type { SessionFactory } from '../../engine/session-factory';
import { createAuthoringKit } from '../authoring/authoring-kit';
import { PLAIN_MODE, type Mode, type ModeHost, type ModeTerritory } from '../mode-contract';
import { modeEntry, pageMode, playingMode, type ModeId } from '../mode-registry';
import type { CurrentGame } from '../play-dialogs';
import type { AppContext, RenderOptions } from './app-context';

type Loaded = Extract<ScenarioLoad, { ok: true }>;

/** What the game shell lends the modes and the authoring tools. */
export interface ShellControls {
  current(): CurrentGame | null;
  load(id: string): Promise<ScenarioLoad>;
  showLoadError(result: Exclude<ScenarioLoad, { ok: true }>): void;
  start(resume: boolean): void;
  /** Puts another session (rewound, reloaded) in place and renders. */
  replace(next: GameSession, options: RenderOptions): void;
  /** Plays a scenario opened from a file; `hash` identifies its content (its saves are kept by it). */
  playOpened(result: Loaded, hash: string): void;
  /** Live preview: a saved scenario file replaces the one on show. */
  reloaded(result: Loaded, next: GameSession): void;
  /** Drops the session and starts a fresh one behind the title. */
  resetToTitle(): void;
  /** Rebuilds the game one decision back. */
  backOneDecision(): void;
  readonly territory: ModeTerritory;
  readonly sessions: SessionFactory;
}

/** The modes as the game shell sees them: the active one, and how to change it. */
export interface ShellModes {
  /** The mode playing now (the plain game until one is made active). */
  readonly active: Mode;
  /**
   * Makes active the mode that plays a game picked on the title in `picked` (loading its chunk the first
   * time; the previous mode is torn down). Resolves with it.
   */
  activateFor(picked: ModeId): Promise<Mode>;
  /** Loads a mode's chunk (and stylesheet) ahead, when the title's pick changes. */
  prefetch(id: ModeId): void;
  /** After the title is drawn: the authoring tools, then what the active mode adds. */
  decorateTitle(panel: HTMLElement): void;
}

/**
 * Builds the modes' host and makes the page's mode active. The authoring kit ("Ouvrir un scénario",
 * "Exporter") comes with the shell: it is part of the title in every mode.
 */
export async function createShellModes(ctx: AppContext, controls: ShellControls): Promise<ShellModes> {
  const { services, state } = ctx;
  const { root, i18n, storage, panels } = services;
  const host: ModeHost = {
    root,
    params: services.params,
    i18n,
    storage,
    saves: services.saves,
    shortcuts: services.shortcuts,
    diagnostics: services.diagnostics,
    territory: controls.territory,
    sessions: controls.sessions,
    say: (text) => services.announcer.say(text),
    current: controls.current,
    selected: () => state.selected,
    load: controls.load,
    showLoadError: controls.showLoadError,
    show(screen, component) {
      root.dataset.screen = screen;
      panels.show(component);
    },
    start: controls.start,
    replace: (next) => controls.replace(next, { focus: true }),
    resetToTitle: controls.resetToTitle,
    backOneDecision: controls.backOneDecision,
  };
  const authoring = createAuthoringKit({
    host: root,
    i18n,
    storage,
    selectedScenario: async () => {
      const result = await controls.load(state.selected);
      return result.ok ? result.index.scenario : null;
    },
    onPlay: controls.playOpened,
    report: (message) => services.notice.show(message, i18n.t('dialog.close')),
  });
  // Development server only: each save of a scenario file puts the player back on the same decision.
  if (import.meta.env.DEV)
    void import('../authoring/live-preview').then(({ startLivePreview }) =>
      startLivePreview({
        t: i18n.t,
        lang: () => i18n.language,
        check: authoring.check,
        current: () => controls.current()?.session ?? null,
        onReload: controls.reloaded,
        sessions: controls.sessions,
      }),
    );
  // Development server only: any card of the scenario on show at once (src/ui/authoring/card-preview.ts).
  if (import.meta.env.DEV)
    void Promise.all([
      import('../authoring/card-preview'),
      import('../../engine/authoring/play-from-card'),
    ]).then(([{ exposeCardPreview }, { stateAtCard }]) =>
      exposeCardPreview({
        lang: () => i18n.language,
        current: controls.current,
        stateAt: (loaded, request) => {
          const result = stateAtCard(loaded.index, request);
          return result.ok ? result.state : null;
        },
        load: async (id) => {
          const result = await controls.load(id);
          return result.ok ? result : null;
        },
        onReload: controls.reloaded,
        sessions: controls.sessions,
      }),
    );

  const page = pageMode(services.params);
  let active: Mode = PLAIN_MODE;
  let activeId: ModeId | null = null;
  /** Activations run one after the other (a fast double "Jouer" loads a chunk once). */
  let queue: Promise<Mode> = Promise.resolve(PLAIN_MODE);
  const activate = (id: ModeId | null): Promise<Mode> => {
    queue = queue.then(async () => {
      if (id === activeId) return active;
      const next = id === null ? PLAIN_MODE : (await modeEntry(id).load()).createMode(host);
      active.teardown();
      active = next;
      activeId = id;
      return active;
    });
    return queue;
  };
  await activate(playingMode(page, state.mode));

  return {
    get active() {
      return active;
    },
    activateFor: (picked) => activate(playingMode(page, picked)),
    prefetch: (id) =>
      void modeEntry(id)
        .load()
        .catch(() => undefined),
    decorateTitle(panel) {
      authoring.decorate(panel);
      active.decorateTitle?.(panel);
    },
  };
}
