/**
 * The facilitated training mode (`?mode=formation`): setup before the game, then every screen wrapped
 * with the facilitation (votes, timer, predictions, shortcuts), and the team part of the debrief with
 * the session report. The rules live in src/engine/modes/formation; this is their shell.
 */
import type { I18n } from '../../adapters/i18n';
import type { ScenarioLoad } from '../../adapters/scenario-source';
import type { SafeStorage } from '../../adapters/storage';
import type { GameSession } from '../../engine/game-session';
import * as formationModel from '../../engine/modes/formation/formation-model';
import type { FormationEffect, FormationSettings } from '../../engine/modes/formation/session';

/** The pseudo-scenario under which the last setup is kept, for the next session of any scenario. */
const LAST_SETUP = '~last-setup';
import type { SessionLength } from '../../engine/modes/formation/session-length';
import type { ViewModel } from '../../engine/view-model';
import type { Scenario } from '../../scenario/format';
import { el, type Component } from '../dom';
import type { Shortcuts } from '../keyboard';
import type { Mode, ModeHost, ModeTerritory } from '../mode-contract';
import { playScreen, type PlayScreenDeps } from '../play-screens';
import { createFormationController, type FormationController } from './formation-controller';
import { formationPlayScreen } from './formation-play';
import { confirmErase } from './confirm-erase';
import { collapseLongSections, formationDebrief } from './formation-debrief';
import { createFormationSetup } from './formation-setup';
import { createPresenterLink } from './presenter-link';
import './pressed-buttons.css';
import './formation.css';
import './formation-room.css';
import './formation-debrief.css';

/** The game on show. */
export interface FormationGame {
  session: GameSession;
  loaded: Extract<ScenarioLoad, { ok: true }>;
}

/** What the facilitation asks of the territory (src/ui/app/territory-host.ts). */
export type FormationTerritory = ModeTerritory;

/** The facilitated training (`?mode=formation`) as a mode of the table (src/ui/mode-registry.ts). */
export function createMode(host: ModeHost): Mode {
  const formation = createFormationMode({
    i18n: host.i18n,
    storage: host.storage,
    shortcuts: host.shortcuts,
    host: host.root,
    say: host.say,
    interval: (callback, ms) => host.diagnostics.interval(callback, ms),
    current: host.current,
    onBack: host.backOneDecision,
    territory: host.territory,
  });
  return {
    keepsSaves: true,
    keymap: formationModel.shortcuts.SHORTCUT_HELP,
    // The scenario is loaded first (the shell keeps it for the game): the setup counts each length's cards.
    prepare: async (game) => {
      const loaded = await host.load(game.key);
      return formation.prepare(
        game.key,
        game.title,
        game.resume,
        (screen) => host.show('formation-setup', screen),
        loaded.ok ? loaded.index.scenario : undefined,
      );
    },
    adaptScenario: (loaded) => formation.adaptScenario(loaded),
    screen: formation.screen,
    confirmErase: () => formation.confirmErase(),
    teardown: () => formation.dispose(),
  };
}

/** The facilitation's two hooks: before the game, and around each of its screens. */
export interface FormationMode {
  /**
   * Before the game starts: restores the stored setup when resuming, or shows the setup form through
   * `show`. Resolves true to start the game, false when the facilitator goes back.
   */
  prepare(
    scenarioId: string,
    scenarioTitle: string,
    resume: boolean,
    show: (screen: Component) => void,
    /** The scenario as written, when loaded (the setup counts each length of play's cards on it). */
    written?: Scenario,
  ): Promise<boolean>;
  /** The facilitated version of a play screen (the ordinary one until a setup exists). */
  screen(view: ViewModel, deps: PlayScreenDeps): Component;
  /**
   * Before the game is erased ("Rejouer", "Recommencer"): asks once the room has voted, and starts the
   * facilitation afresh (same setup) when the facilitator confirms. Resolves true to erase.
   */
  confirmErase(): Promise<boolean>;
  /** Closes the presenter channel (the mode is left). */
  dispose(): void;
  /** The scenario cut to the length of play of the setup (or of the stored one, when resuming). */
  adaptScenario(loaded: FormationGame['loaded']): FormationGame['loaded'];
}

/**
 * Builds the facilitation itself (its controller, setup form, facilitator bar, votes and report);
 * `createMode` above wraps it as the mode the table (src/ui/mode-registry.ts) hands the game shell.
 */
export function createFormationMode(deps: {
  i18n: I18n;
  storage: SafeStorage;
  shortcuts: Shortcuts;
  host: HTMLElement;
  say: (text: string) => void;
  interval: (callback: () => void, ms: number) => () => void;
  current: () => FormationGame | null;
  /** Rebuilds the game one decision back. */
  onBack: () => void;
  /** The map behind the panels: its meter board can hide, its last change can play again. */
  territory: FormationTerritory;
}): FormationMode {
  let controller: FormationController | null = null;
  let restoring = false;
  let scenarioKey = '';
  /** Each scenario as loaded, before any cut: the setup counts its cards on it. */
  const originals = new Map<string, FormationGame['loaded']['index']>();
  /** The length of play of the facilitation on show, or of the stored one. */
  const lengthNow = (): SessionLength | undefined => {
    if (controller?.state) return controller.state.settings.length;
    const { decodeFormation, formationKey } = formationModel.persist;
    const read = decodeFormation(
      deps.storage.get(formationKey(scenarioKey)),
      scenarioKey,
      Number.MAX_SAFE_INTEGER,
    );
    return read.ok ? read.state.settings.length : undefined;
  };
  const now = (): number => performance.now();
  const onEffect = (effect: FormationEffect): void => {
    if (effect.type === 'back-one-decision') deps.onBack();
    if (effect.type === 'replay-last-change') replayLastChange();
    if (effect.type === 'toggle-presenter') presenter.toggle();
  };
  const presenter = createPresenterLink({
    t: deps.i18n.t,
    say: deps.say,
    win: window,
    model: formationModel,
  });
  const controllerOf = (scenarioId: string): FormationController => {
    controller = createFormationController({
      scenarioId,
      storage: deps.storage,
      game: () => deps.current()?.session ?? null,
      now,
      onEffect,
      model: formationModel,
    });
    return controller;
  };
  /**
   * Plays the last consequence again: the map's threads and meter bars move once more from their
   * values before it, the list of changes is highlighted, and the changes are read out (meters left out
   * while they are hidden).
   */
  function replayLastChange(): void {
    const list = document.querySelector<HTMLElement>('.panel-consequence .changes');
    const view = deps.current()?.session.viewModel;
    if (!view?.consequence) {
      deps.say(deps.i18n.t('formation.replay.none'));
      return;
    }
    const replayMs = controller?.state?.settings.replayMs ?? formationModel.session.DEFAULT_REPLAY_MS;
    const onMap = deps.territory.replayLastChange(replayMs);
    if (list) {
      // The list's highlight blinks twice over the replay's length.
      list.style.animationDuration = `${Math.round(replayMs / 2)}ms`;
      list.classList.remove('formation-replay');
      void list.offsetWidth;
      list.classList.add('formation-replay');
      list.scrollIntoView({ block: 'center' });
    }
    const hidden = controller?.state?.metersVisible === false;
    const moved = view.consequence.changes.filter(
      (change) => change.direction !== 'same' && !(hidden && change.kind === 'meter'),
    );
    if (!onMap && moved.length === 0) {
      deps.say(deps.i18n.t('formation.replay.none'));
      return;
    }
    const said = moved.map((change) => `${change.target} ${change.from} → ${change.to}`);
    if (hidden) said.push(deps.i18n.t('formation.meters.hiddenNote'));
    deps.say(`${deps.i18n.t('formation.replay.said')} ${said.join(deps.i18n.t('exports.listSeparator'))}`);
  }
  /** The setup of the last session started, whatever its scenario. */
  const lastSettings = (): FormationSettings | null => {
    const { decodeFormation, formationKey } = formationModel.persist;
    const read = decodeFormation(deps.storage.get(formationKey(LAST_SETUP)), LAST_SETUP, 0);
    return read.ok ? read.state.settings : null;
  };
  const roomCode = (gameCode: string): string =>
    formationModel.lengthCode.withLength(gameCode, controller?.state?.settings.length);
  const debriefExtra = (panel: HTMLElement): HTMLElement => {
    const game = deps.current();
    const state = controller?.state;
    if (!game || !state) return el('div');
    const debrief = game.session.debrief(deps.i18n.language);
    collapseLongSections(panel);
    // The code carries the length of play, so that it replays on the same cut: the same code everywhere.
    const sessionCode = roomCode(debrief.sessionCode);
    return formationDebrief({
      t: deps.i18n.t,
      lang: deps.i18n.language,
      index: game.loaded.index,
      whole: originals.get(scenarioKey) ?? game.loaded.index,
      game: game.session.state,
      state,
      sessionCode,
      curves: debrief.curves,
      date: new Date().toISOString().slice(0, 10),
      model: formationModel,
    });
  };
  return {
    dispose: () => presenter.dispose(),
    async confirmErase() {
      const state = controller?.state;
      if (!controller || !state) return true;
      const voted = state.history.length + (Object.keys(state.round?.votes ?? {}).length > 0 ? 1 : 0);
      if (voted > 0 && !(await confirmErase(deps.host, deps.i18n.t, state.history.length))) return false;
      controller.begin(state.settings);
      return true;
    },
    adaptScenario(loaded) {
      originals.set(scenarioKey, loaded.index);
      const length = lengthNow();
      if (length === undefined || length === 'full') return loaded;
      return { ...loaded, index: formationModel.sessionLength.fitIndex(loaded.index, length) };
    },
    prepare(scenarioId, scenarioTitle, resume, show, written) {
      scenarioKey = scenarioId;
      const current = controllerOf(scenarioId);
      const scenario = written ?? (originals.get(scenarioId) ?? deps.current()?.loaded.index)?.scenario;
      if (resume && current.hasStored()) {
        restoring = true;
        return Promise.resolve(true);
      }
      restoring = false;
      // The scenario's own setup, else the last one used (the warm-up's teams carry to the main game).
      const previous =
        (deps.storage.get(`formation:${scenarioId}`) ? readSettings(current) : null) ?? lastSettings();
      return new Promise((resolve) => {
        show(
          createFormationSetup({
            t: deps.i18n.t,
            scenarioTitle,
            initial: previous,
            lengths: scenario ? formationModel.sessionLength.lengthChoices(scenario) : null,
            onStart: (settings) => {
              current.begin(settings);
              const { encodeFormation, formationKey } = formationModel.persist;
              const remembered = formationModel.session.startFormation(settings);
              deps.storage.set(formationKey(LAST_SETUP), encodeFormation(LAST_SETUP, remembered));
              resolve(true);
            },
            onBack: () => resolve(false),
            model: formationModel,
          }),
        );
      });
    },
    screen(view, playDeps) {
      const game = deps.current();
      if (!controller || !game) return playScreen(view, playDeps);
      if (restoring) {
        restoring = !controller.restore(game.session.state.log.length);
      }
      if (!controller.state) return playScreen(view, playDeps);
      const card =
        view.screen === 'card' && view.card
          ? { id: view.card.id, choices: view.card.choices.filter((c) => !c.unavailable).map((c) => c.id) }
          : null;
      controller.sync(game.session, card);
      return formationPlayScreen(view, playDeps, {
        t: deps.i18n.t,
        controller,
        shortcuts: deps.shortcuts,
        host: deps.host,
        say: deps.say,
        now,
        interval: deps.interval,
        hideMeters: deps.territory.hideMeters,
        presenter,
        debriefExtra,
        roomCode,
      });
    },
  };
}

/** The settings of the stored facilitation, to pre-fill the form (the history is not kept). */
function readSettings(controller: FormationController) {
  return controller.restore(0) ? (controller.state?.settings ?? null) : null;
}
