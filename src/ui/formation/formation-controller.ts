import type { SafeStorage } from '../../adapters/storage';
import type { GameEvent } from '../../scenario/compile';
import type { GameState } from '../../core/game-state';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type {
  FormationEffect,
  FormationInput,
  FormationSettings,
  FormationState,
} from '../../engine/modes/formation/session';

/** The game the facilitation drives: its state, and a way to send it events. */
export interface DrivenGame {
  readonly state: GameState;
  send(event: GameEvent): void;
}

/** Holds the facilitation state of one scenario, steps it, carries out its effects and stores it. */
export interface FormationController {
  readonly state: FormationState | null;
  /** The formation's pure model (src/engine/modes/formation/formation-model.ts), for the screens. */
  readonly model: typeof FormationModel;
  /** Starts the facilitation with fresh settings (history emptied). */
  begin(settings: FormationSettings): void;
  /** Restores the stored facilitation of the scenario, for a game with `keepTurns` decisions; false if none. */
  restore(keepTurns: number): boolean;
  /** Whether stored facilitation exists for the scenario. */
  hasStored(): boolean;
  /** Tells the model what the game shows now (new decisions logged, a new card). */
  sync(game: DrivenGame, card: { id: string; choices: string[] } | null): void;
  dispatch(input: FormationInput): void;
  /** Listens to state changes; returns the removal. */
  subscribe(listener: () => void): () => void;
  /** Drops the stored facilitation. */
  forget(): void;
}

/** What the controller needs from the shell. */
export interface ControllerDeps {
  scenarioId: string;
  storage: SafeStorage;
  game: () => DrivenGame | null;
  now: () => number;
  /** Effects the shell carries out (back one decision, replay the last change). */
  onEffect: (effect: FormationEffect) => void;
  /** The formation's pure model, handed in by the mode's module. */
  model: typeof FormationModel;
}

/** Creates the controller of one scenario's facilitation. */
export function createFormationController(deps: ControllerDeps): FormationController {
  const { decodeFormation, encodeFormation, formationKey } = deps.model.persist;
  const { startFormation, stepFormation } = deps.model.session;
  let state: FormationState | null = null;
  let loggedTurns = 0;
  const listeners = new Set<() => void>();
  const key = formationKey(deps.scenarioId);
  const store = (): void => {
    if (state) deps.storage.set(key, encodeFormation(deps.scenarioId, state));
  };
  const run = (effect: FormationEffect): void => {
    const game = deps.game();
    if (effect.type === 'choose') game?.send({ type: 'CHOOSE', choice: effect.choice });
    else if (effect.type === 'continue') game?.send({ type: 'CONTINUE' });
    else deps.onEffect(effect);
  };
  const api: FormationController = {
    get state() {
      return state;
    },
    model: deps.model,
    begin(settings) {
      state = startFormation(settings);
      loggedTurns = 0;
      store();
    },
    restore(keepTurns) {
      const read = decodeFormation(deps.storage.get(key), deps.scenarioId, keepTurns);
      if (!read.ok) return false;
      state = read.state;
      loggedTurns = keepTurns;
      return true;
    },
    hasStored() {
      return decodeFormation(deps.storage.get(key), deps.scenarioId, Number.MAX_SAFE_INTEGER).ok;
    },
    sync(game, card) {
      if (!state) return;
      const log = game.state.log;
      if (log.length < loggedTurns) api.dispatch({ type: 'rewound', keepTurns: log.length });
      loggedTurns = Math.min(loggedTurns, log.length);
      while (loggedTurns < log.length) {
        const record = log[loggedTurns];
        loggedTurns += 1;
        if (record) api.dispatch({ type: 'played', record });
      }
      const round = state.round;
      const turn = log.length + 1;
      if (card && (!round || round.card !== card.id || round.turn !== turn))
        api.dispatch({ type: 'card', turn, card: card.id, choices: card.choices });
    },
    dispatch(input) {
      if (!state) return;
      const before = state;
      const step = stepFormation(state, input, deps.now());
      state = step.state;
      // A tick that does not change the timer's status redraws nothing (the shell updates the digits).
      if (input.type === 'tick' && state.timer.status === before.timer.status) return;
      if (state.history !== before.history || state.settings !== before.settings) store();
      if (state !== before) for (const listener of [...listeners]) listener();
      for (const effect of step.effects) run(effect);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    forget() {
      deps.storage.remove(key);
      state = null;
      loggedTurns = 0;
    },
  };
  return api;
}
