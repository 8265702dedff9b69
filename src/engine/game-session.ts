import { SAVE_VERSION } from './save-version';
import { createActor, type Actor, type AnyStateMachine, type InspectionEvent } from 'xstate';
import type { GameState } from '../core/game-state';
import { choicesOf } from '../core/game-state';
import { replay } from '../core/replay';
import type { ScenarioIndex } from '../core/scenario-index';
import { compileScenario, stateValueOf, type GameEvent, type MachineContext } from '../scenario/compile';
import type { Concept, Language, SoundCue } from '../scenario/format';
import { buildViewModel, type ViewContext } from './build-view';
import type { ViewModel } from './view-model';

/** What a session tells the shell besides the view: sounds to play. */
export type SessionOutput = { type: 'sound'; cue: SoundCue | 'click' };

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
  private readonly actor: Actor<AnyStateMachine>;
  private readonly listeners = new Set<SessionListener>();
  private readonly ctx: ViewContext;
  private view: ViewModel;

  constructor(
    private readonly index: ScenarioIndex,
    options: SessionOptions,
    machine: AnyStateMachine = compileScenario(index),
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
          context: { game: restored, turn: null } satisfies MachineContext,
        })
      : undefined;
    this.actor = createActor(machine, {
      input: { seed: options.seed },
      ...(snapshot ? { snapshot } : {}),
      ...(options.inspect ? { inspect: options.inspect } : {}),
    });
    this.actor.start();
    this.view = buildViewModel(this.state, this.ctx);
  }

  /** The game state (plain data). */
  get state(): GameState {
    return (this.actor.getSnapshot().context as MachineContext).game;
  }

  /** The current view model. */
  get viewModel(): ViewModel {
    return this.view;
  }

  /** Sends an event; listeners get the new view and any sounds. Events that do not apply are ignored. */
  send(event: GameEvent): void {
    const before = this.state;
    this.actor.send(event);
    const after = this.state;
    if (after === before) return;
    this.view = buildViewModel(after, this.ctx);
    this.notify(outputsOf(before, after));
  }

  /** Changes the language of the texts; the state is kept. */
  setLanguage(lang: Language): void {
    if (lang === this.ctx.lang) return;
    this.ctx.lang = lang;
    this.view = buildViewModel(this.state, this.ctx);
    this.notify([]);
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

function outputsOf(before: GameState, after: GameState): SessionOutput[] {
  if (after.log.length > before.log.length) {
    const record = after.log[after.log.length - 1];
    const cues: SessionOutput[] = [];
    for (const change of record?.changes ?? [])
      if (change.kind === 'sound') cues.push({ type: 'sound', cue: change.cue as SoundCue });
    if (cues.length === 0) {
      let balance = 0;
      for (const change of record?.changes ?? [])
        if (change.kind === 'meter') balance += Math.sign(change.to - change.from);
      cues.push({ type: 'sound', cue: balance > 0 ? 'positive' : balance < 0 ? 'negative' : 'neutral' });
    }
    return cues;
  }
  if (after.screen === 'ended' && before.screen !== 'ended') return [{ type: 'sound', cue: 'ending' }];
  return [];
}
