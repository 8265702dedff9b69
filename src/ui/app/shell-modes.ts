import type { ScenarioLoad } from '../../adapters/scenario-source';
import type { GameSession } from '../../engine/game-session';
import { createAuthoringKit } from '../authoring/authoring-kit';
import type { FormationMode } from '../formation/formation-mode';
import { kioskSettingsFromUrl } from '../kiosk/kiosk-config';
import type { KioskMode } from '../kiosk/kiosk-mode';
import type { CurrentGame } from '../play-dialogs';
import { createSoloMode, type SoloMode } from '../solo/solo-mode';
import type { AppContext, RenderOptions } from './app-context';
import type { TerritoryHost } from './territory-host';

type Loaded = Extract<ScenarioLoad, { ok: true }>;

/** What the modes may ask of the game shell. */
export interface ShellControls {
  current(): CurrentGame | null;
  load(id: string): Promise<ScenarioLoad>;
  start(resume: boolean): void;
  /** Puts another session (rewound, reloaded) in place and renders. */
  replace(next: GameSession, options: RenderOptions): void;
  /** Plays a scenario opened from a file; `hash` identifies its content (its saves are kept by it). */
  playOpened(result: Loaded, hash: string): void;
  /** Live preview: a saved scenario file replaces the one on show. */
  reloaded(result: Loaded, next: GameSession): void;
  /** Kiosk: drop the session, start a fresh one behind the title. */
  resetToTitle(): void;
  /** Formation: rebuild the game one decision back. */
  backOneDecision(): void;
  /** Formation: hide the map's meters, replay the last change on it. */
  readonly territory: Pick<TerritoryHost, 'hideMeters' | 'replayLastChange'>;
}

/** The modes around the game: kiosk or solo additions, facilitated training, authoring tools. */
export interface ShellModes {
  readonly kiosk: KioskMode | null;
  readonly solo: SoloMode | null;
  /** The facilitated training, once `formationMode()` has loaded it. */
  readonly formation: FormationMode | null;
  /** Loads the facilitated training (its own chunk) the first time it is needed. */
  formationMode(): Promise<FormationMode>;
  /** Adds the authoring section ("Ouvrir un scénario", "Exporter") to the title. */
  decorateTitle(container: HTMLElement): void;
  afterRender(playing: boolean): void;
}

/**
 * Builds the modes the URL asks for. The kiosk (`?mode=evenement`) and the facilitated training load as
 * their own chunks; solo additions and the authoring kit come with the shell.
 */
export async function createShellModes(ctx: AppContext, controls: ShellControls): Promise<ShellModes> {
  const { root, i18n, state, storage, saves } = ctx;
  let kiosk: KioskMode | null = null;
  if (ctx.params.mode === 'evenement') {
    const { createKioskMode } = await import('../kiosk/kiosk-mode');
    kiosk = createKioskMode({
      root,
      i18n,
      diagnostics: ctx.diagnostics,
      settings: kioskSettingsFromUrl(location.search),
      current: controls.current,
      title: () => i18n.t('app.name'),
      start: () => controls.start(false),
      reset: controls.resetToTitle,
    });
  }
  const solo = kiosk
    ? null
    : createSoloMode({
        host: root,
        storage,
        saves,
        saveKey: () => state.selected,
        i18n,
        current: controls.current,
        replace: (next) => controls.replace(next, { focus: true }),
      });
  const authoring = createAuthoringKit({
    host: root,
    i18n,
    storage,
    selectedScenario: async () => {
      const result = await controls.load(state.selected);
      return result.ok ? result.index.scenario : null;
    },
    onPlay: controls.playOpened,
    report: (message) => ctx.notice.show(message, i18n.t('dialog.close')),
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
      }),
    );
  let formation: FormationMode | null = null;
  const formationMode = async (): Promise<FormationMode> => {
    if (formation) return formation;
    const { createFormationMode } = await import('../formation/formation-mode');
    formation ??= createFormationMode({
      i18n,
      storage,
      shortcuts: ctx.shortcuts,
      host: root,
      say: (text) => ctx.announcer.say(text),
      interval: (callback, ms) => ctx.diagnostics.interval(callback, ms),
      current: controls.current,
      onBack: controls.backOneDecision,
      territory: controls.territory,
    });
    return formation;
  };
  return {
    kiosk,
    solo,
    get formation() {
      return formation;
    },
    formationMode,
    decorateTitle: (container) => authoring.decorate(container),
    afterRender(playing) {
      kiosk?.afterRender(playing);
      solo?.afterRender(playing && state.mode === 'solo');
    },
  };
}
