/**
 * The public headless API of the engine, for tools (the CLI, the dilemma analysis, the inspector,
 * anything written outside the game): open a scenario text, start a session from a seed, read what a
 * player sees, take a choice or go on, keep or copy the state, run the debrief. The way inkjs exposes
 * `Story`. Documented in docs/engine-api.md; kept stable from format v2 on.
 *
 * It runs the same turn reducer as the game (src/core/turn.ts), in place on the session's own state,
 * without XState: tools play many thousands of sessions. The game's screens use `GameSession`
 * (src/engine/game-session.ts), which runs that reducer inside the compiled XState machine.
 */
import { evaluate } from '../core/endings';
import {
  choicesOf,
  createInitialState,
  type Change,
  type GameState,
  type Screen,
  type TurnRecord,
} from '../core/game-state';
import { replay, type ReplayResult } from '../core/replay';
import { indexScenario, type ScenarioIndex } from '../core/scenario-index';
import { playOutRandomly } from '../core/random-playout';
import { seedRng } from '../core/rng';
import {
  advanceInPlace,
  availableChoices,
  choose,
  chooseInPlace,
  chooseUnlogged,
  immediateChanges,
  shownChoices,
} from '../core/turn';
import type { Card, Choice, Codex, Concept, Language, Scenario } from '../scenario/format';
import {
  validateCodexBytes,
  validateCodexText,
  validateScenarioBytes,
  validateScenarioText,
  type MessageLang,
  type Problem,
  type ValidateOptions,
} from '../scenario/validation';
import { buildViewModel } from './build-view';
import { buildDebrief } from './debrief/build-debrief';
import type { Debrief } from './debrief/debrief-types';
import { SAVE_VERSION } from './save-version';
import type { ViewModel } from './view-model';
import { clonedState } from './cloned-state';
import type { ChoiceInfo, EndingResult, SavedGame } from './session-types';

export type { ChoiceInfo, EndingResult, SavedGame } from './session-types';

export type { Change, Debrief, GameState, Problem, Scenario, Screen, TurnRecord, ViewModel };

/** A scenario ready to play: validated (and migrated), indexed, with the concepts it can show. */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly index: ScenarioIndex;
  /** Concepts by id: the shared codex given to `openScenario` and the scenario's own. */
  readonly concepts: ReadonlyMap<string, Concept>;
}

/** What `openScenario` found: the scenario when it has no error, and every problem, located. */
export type OpenResult =
  | { ok: true; loaded: LoadedScenario; problems: Problem[]; migratedFrom?: number }
  | { ok: false; problems: Problem[] };

/** Options of `openScenario`. */
export interface OpenOptions {
  /** The file name the problems name (default `scenario.json`). */
  file?: string;
  /** Language of the problems' messages (default English). */
  lang?: MessageLang;
  /** The shared codex: its concepts are known to the scenario (unknown concepts are then errors). */
  codex?: Codex | readonly Concept[];
  /** Further validator options (asset lists, size limits). */
  validate?: Omit<ValidateOptions, 'lang' | 'knownConcepts'>;
}

/**
 * Parses, migrates (an older `formatVersion` is converted, with a warning) and validates a scenario
 * text, or a file's bytes (read by the one decoding rule: UTF-8, a byte-order mark tolerated, anything
 * else refused with a located message). Never throws: every problem is returned with its line, column
 * and JSON path.
 */
export function openScenario(text: string | Uint8Array, options: OpenOptions = {}): OpenResult {
  const codex =
    options.codex === undefined
      ? undefined
      : 'concepts' in options.codex
        ? options.codex.concepts
        : options.codex;
  const validateOptions = {
    ...options.validate,
    lang: options.lang ?? 'en',
    ...(codex ? { knownConcepts: codex.map((concept) => concept.id) } : {}),
  };
  const file = options.file ?? 'scenario.json';
  const result =
    typeof text === 'string'
      ? validateScenarioText(text, file, validateOptions)
      : validateScenarioBytes(text, file, validateOptions);
  if (!result.scenario) return { ok: false, problems: result.problems };
  return {
    ok: true,
    loaded: loadScenario(result.scenario, codex),
    problems: result.problems,
    ...(result.migratedFrom !== undefined ? { migratedFrom: result.migratedFrom } : {}),
  };
}

/** Parses and validates the shared codex (`scenarios/codex.json`), as text or bytes. Never throws. */
export function openCodex(
  text: string | Uint8Array,
  options: { file?: string; lang?: MessageLang } = {},
): { codex?: Codex; problems: Problem[] } {
  const file = options.file ?? 'codex.json';
  const lang = options.lang ?? 'en';
  return typeof text === 'string'
    ? validateCodexText(text, file, { lang })
    : validateCodexBytes(text, file, { lang });
}

/** A scenario already validated (for instance by `openScenario`), indexed for play. */
export function loadScenario(scenario: Scenario, codex: readonly Concept[] = []): LoadedScenario {
  const concepts = new Map<string, Concept>();
  for (const concept of codex) concepts.set(concept.id, concept);
  for (const concept of scenario.concepts ?? []) concepts.set(concept.id, concept);
  return { scenario, index: indexScenario(scenario), concepts };
}

/** One session of a scenario: a seed, the choices taken, and what the player sees. */
export class Session {
  private constructor(
    /** The scenario played. */
    readonly loaded: LoadedScenario,
    private readonly game: GameState,
    /** The language of `view()` and `debrief()` (default French). */
    public lang: Language,
    /** A look-ahead copy: its turns write no log record (see `clone`). */
    private readonly lookAhead = false,
  ) {}

  /** A new session at the first phase's introduction. */
  static start(loaded: LoadedScenario, options: { seed: number; lang?: Language }): Session {
    return new Session(loaded, createInitialState(loaded.index, options.seed), options.lang ?? 'fr');
  }

  /**
   * A session at a given state (one `state` or `snapshot()` returned, possibly through JSON). The state
   * is copied: the caller's object is never written.
   */
  static fromState(loaded: LoadedScenario, state: GameState, lang: Language = 'fr'): Session {
    return new Session(loaded, clonedState(state), lang);
  }

  /**
   * Replays a saved game (seed and choices) on a scenario. `replay.error` says where it stopped when a
   * choice no longer applies (the scenario changed); the session is then at that point.
   */
  static restore(
    loaded: LoadedScenario,
    saved: Pick<SavedGame, 'seed' | 'choices'>,
    lang: Language = 'fr',
  ): { session: Session; replay: ReplayResult } {
    const result = replay(loaded.index, saved.seed, saved.choices);
    return { session: new Session(loaded, clonedState(result.state), lang), replay: result };
  }

  /** The screen: `phase-intro`, `card`, `consequence` or `ended`. */
  get screen(): Screen {
    return this.game.screen;
  }

  /** The live state (plain data). Read it, never write it; `snapshot()` gives a copy to keep. */
  get state(): Readonly<GameState> {
    return this.game;
  }

  /** A deep copy of the state: serialisable with JSON, and restored with `Session.fromState`. */
  snapshot(): GameState {
    return clonedState(this.game);
  }

  /**
   * An independent copy of this session (same state, same language). With `seed`, the copy's random
   * generator is reseeded: its future draws (cards, stated risks) differ from this session's. For
   * look-ahead, e.g. estimating a choice by playing many possible futures.
   *
   * With `lookAhead: true`, the copy plays faster: the same rules, draws and states, but its turns
   * write no log record (`state.log` stops at the copy; so do `save()`, `debrief()` and the view's
   * history). For futures that only read the state and the ending. A copy of it is a look-ahead copy too.
   */
  clone(options: { seed?: number; lookAhead?: boolean } = {}): Session {
    const lookAhead = this.lookAhead || options.lookAhead === true;
    const state = clonedState(this.game, { shareLog: lookAhead });
    if (options.seed !== undefined) state.rng = seedRng(options.seed);
    return new Session(this.loaded, state, this.lang, lookAhead);
  }

  /** The card on show (authored data), or null when the screen is not a card. */
  card(): Card | null {
    if (this.game.screen !== 'card' || this.game.card === null) return null;
    return this.loaded.index.cards.get(this.game.card) ?? null;
  }

  /** The choices on show on the current card, in screen order, with whether each can be taken. */
  choices(): ChoiceInfo[] {
    const card = this.card();
    if (!card) return [];
    const rules = this.loaded.index.rules;
    return shownChoices(card, this.game, this.loaded.index).map((choice, i) => ({
      number: i + 1,
      id: choice.id,
      choice,
      available: rules.byChoice.get(choice)?.available(this.game) ?? false,
    }));
  }

  /** The choices of the current card that can be taken now, in screen order (cheap: no view built). */
  available(): readonly Choice[] {
    const card = this.card();
    return card ? availableChoices(card, this.game, this.loaded.index) : [];
  }

  /**
   * What taking a choice now would do, without taking it: the turn's record (every change with its
   * cause, the outcome, the risk) and the state after it. `risk` decides the stated risk instead of
   * drawing it. Null when the choice cannot be taken. The session is left as it was.
   */
  tryChoice(
    choice: string,
    options: { risk?: boolean } = {},
  ): { record: TurnRecord; state: GameState } | null {
    const after = choose(this.game, choice, this.loaded.index, options);
    const record = after.log[after.log.length - 1];
    return after === this.game || !record ? null : { record, state: after };
  }

  /**
   * The changes taking a choice now would make at once (its effects, its outcome's, its stated risk's if
   * it happens; `risk` decides it), with their causes, as `tryChoice`'s record lists them first: without
   * the end of the turn and its record (cheaper, for a player that weighs what it sees). Null when the
   * choice cannot be taken. The session is left as it was.
   */
  immediateChanges(choice: string, options: { risk?: boolean } = {}): readonly Change[] | null {
    return immediateChanges(this.game, choice, this.loaded.index, options);
  }

  /**
   * Takes a choice on the current card, by id or by its 1-based number on screen. Returns whether it
   * was taken (false: not a card screen, no such choice, or not available).
   */
  choose(choice: string | number): boolean {
    const id = typeof choice === 'number' ? this.choices()[choice - 1]?.id : choice;
    if (id === undefined) return false;
    return this.lookAhead
      ? chooseUnlogged(this.game, id, this.loaded.index)
      : chooseInPlace(this.game, id, this.loaded.index);
  }

  /**
   * Plays on to the end, or for `limit` steps, as a uniform random player: on each card, one of the
   * available choices (screen order) picked with `nextFloat` of the player's own generator `rng` (no draw
   * when only one is available); every other screen is moved on from. The game's generator draws cards
   * and risks as usual. The same moves as `available()`, a pick and `choose()` in a loop, only faster
   * (look-ahead). Returns the player's generator after its draws.
   */
  playRandomly(rng: number, limit: number): number {
    return playOutRandomly(this.game, this.loaded.index, rng, limit, !this.lookAhead);
  }

  /** Moves on from a phase introduction or a consequence. Returns whether the screen changed. */
  continue(): boolean {
    if (this.game.screen !== 'phase-intro' && this.game.screen !== 'consequence') return false;
    advanceInPlace(this.game, this.loaded.index);
    return true;
  }

  /** The ending reached and its evaluation, or null before the end. */
  ending(): EndingResult | null {
    const ending = this.game.ending === null ? undefined : this.loaded.index.endings.get(this.game.ending);
    if (this.game.screen !== 'ended' || !ending) return null;
    return { id: ending.id, kind: ending.kind, evaluation: evaluate(this.game, this.loaded.index) };
  }

  /** Everything a screen shows, in `lang`: texts, meters, card and choices, consequence, ending. */
  view(): ViewModel {
    return buildViewModel(this.game, this.context());
  }

  /** The debrief of the session so far (meant for an ended session), in `lang`. */
  debrief(): Debrief {
    return buildDebrief(this.game, this.context());
  }

  /** The saved form: seed and choices. */
  save(): SavedGame {
    return {
      saveVersion: SAVE_VERSION,
      scenarioId: this.game.scenarioId,
      scenarioVersion: this.game.scenarioVersion,
      seed: this.game.seed,
      choices: choicesOf(this.game),
    };
  }

  private context() {
    return { index: this.loaded.index, lang: this.lang, concepts: this.loaded.concepts };
  }
}
