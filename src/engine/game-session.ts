import { SAVE_VERSION } from './save-version';
import { createActor, type Actor, type InspectionEvent } from 'xstate';
import type { GameState } from '../core/game-state';
import { choicesOf } from '../core/game-state';
import { replay } from '../core/replay';
import type { ScenarioIndex } from '../core/scenario-index';
import type { SessionSignal } from '../core/signals';
import {
  compileScenario,
  stateValueOf,
  type GameEvent,
  type MachineContext,
  type ScenarioMachine,
} from '../scenario/compile';
import type { Concept, Language } from '../scenario/format';
import { buildViewModel, type ViewContext } from './build-view';
import { buildDebrief } from './debrief/build-debrief';
import type { Debrief } from './debrief/debrief-types';
import { codexEntries, type CodexView } from './debrief/codex-entries';
import { handoutOf, type Handout } from './debrief/handout';
import { roadNotTaken } from './debrief/road-not-taken';
import { roadWords } from './debrief/road-words';
import type { ViewModel } from './view-model';

/**
 * What a session tells the shell besides the view: the signals the machine emitted during the last
 * event (sound cues to play, announcements to make).
 */
export type SessionOutput = SessionSignal;

/** A listener of a session: the new view, and what to play. */
export type SessionListener = (view: ViewModel, outputs: readonly SessionOutput[]) => void;

/** The saved form of a session: the seed and the choices replay it exactly. */
export interface SavedSession {
  saveVersion: 1;
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  choices: string[];
}

/** The current version of `SavedSession`. */
export { SAVE_VERSION };

/** Options for a new session. */
export interface SessionOptions {
  seed: number;
  lang: Language;
  concepts: ReadonlyMap<string, Concept>;
  /** Restores a saved session (replayed from its seed and choices). */
  choices?: readonly string[];
  /**
   * Starts from this state instead of a new game (the inspector's "play from this card"); it wins
   * over `choices`. It must be a state of this scenario, e.g. from `stateAtCard`.
   */
  state?: GameState;
  /** Stately inspector hook (development, `?inspect`). */
  inspect?: (event: InspectionEvent) => void;
}

/**
 * The runtime facade the scenes and the UI use: a view model out, typed events in, sounds emitted.
 * It runs the compiled XState machine of one scenario.
 */
export class GameSession {
  private readonly actor: Actor<ScenarioMachine>;
  /** Signals emitted by the machine during the event being sent. */
  private emitted: SessionOutput[] = [];
  private readonly listeners = new Set<SessionListener>();
  private readonly ctx: ViewContext;
  private view: ViewModel;

  constructor(
    private readonly index: ScenarioIndex,
    options: SessionOptions,
    machine: ScenarioMachine = compileScenario(index),
  ) {
    this.ctx = { index, lang: options.lang, concepts: options.concepts };
    const restored =
      options.state ??
      (options.choices && options.choices.length > 0
        ? replay(index, options.seed, options.choices).state
        : null);
    const snapshot = restored
      ? machine.resolveState({
          value: stateValueOf(restored),
          context: { game: restored } satisfies MachineContext,
        })
      : undefined;
    this.actor = createActor(machine, {
      input: { seed: options.seed },
      ...(snapshot ? { snapshot } : {}),
      ...(options.inspect ? { inspect: options.inspect } : {}),
    });
    this.actor.on('*', (signal) => this.emitted.push(signal));
    this.actor.start();
    this.view = buildViewModel(this.state, this.ctx);
  }

  /** The game state (plain data). */
  get state(): GameState {
    return this.actor.getSnapshot().context.game;
  }

  /** The current view model. */
  get viewModel(): ViewModel {
    return this.view;
  }

  /** Sends an event; listeners get the new view and any sounds. Events that do not apply are ignored. */
  send(event: GameEvent): void {
    const before = this.state;
    this.emitted = [];
    this.actor.send(event);
    const after = this.state;
    if (after === before) return;
    this.view = buildViewModel(after, this.ctx);
    this.notify(this.emitted);
  }

  /** Changes the language of the texts; the state is kept. */
  setLanguage(lang: Language): void {
    if (lang === this.ctx.lang) return;
    this.ctx.lang = lang;
    this.view = buildViewModel(this.state, this.ctx);
    this.notify([]);
  }

  /** The debrief of the game as it stands, in `lang` (the session's language by default). */
  debrief(lang: Language = this.ctx.lang): Debrief {
    return buildDebrief(this.state, { ...this.ctx, lang });
  }

  /** The one-page handout of a debrief (from `debrief()`): what the room takes away. */
  handout(debrief: Debrief): Handout {
    return handoutOf(debrief);
  }

  /**
   * The road not taken at the decision of `turn`, in words (2–3 sentences, labelled as one simulated
   * possibility): the expert replays the other choice from that exact state. Null when no other choice
   * was possible there. Deterministic; well under a second.
   */
  roadNotTaken(turn: number, lang: Language = this.ctx.lang): string | null {
    const { index, concepts } = this.ctx;
    const logIndex = this.state.log.findIndex((record) => record.turn === turn);
    const found = roadNotTaken({ scenario: index.scenario, index, concepts }, this.state, logIndex);
    return found ? roadWords(found, this.state, { ...this.ctx, lang }) : null;
  }

  /** The codex of what the game has met so far (concepts and people), in `lang`. */
  codex(lang: Language = this.ctx.lang): CodexView {
    return codexEntries(this.state, { ...this.ctx, lang });
  }

  /** Subscribes to view changes; returns the unsubscribe function. */
  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The saved form of this session. */
  save(): SavedSession {
    const state = this.state;
    return {
      saveVersion: SAVE_VERSION,
      scenarioId: state.scenarioId,
      scenarioVersion: state.scenarioVersion,
      seed: state.seed,
      choices: choicesOf(state),
    };
  }

  /** Stops the machine and drops every listener. */
  stop(): void {
    this.listeners.clear();
    this.actor.stop();
  }

  private notify(outputs: readonly SessionOutput[]): void {
    for (const listener of this.listeners) listener(this.view, outputs);
  }
}
