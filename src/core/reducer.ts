/**
 * The turn reducer as events: what a player can do, and the one function that applies it. The XState
 * machine (src/scenario/compile.ts) calls it from its actions; replay, simulation, exploration, the
 * public API (src/engine/api.ts) and the CLI call it directly.
 */
import type { GameState } from './game-state';
import type { ScenarioIndex } from './scenario-index';
import { advance, advanceInPlace, choose, chooseInPlace } from './turn';

/** What a player can do: move on from an introduction or a consequence, or take a choice. */
export type GameEvent = { type: 'CONTINUE' } | { type: 'CHOOSE'; choice: string };

/** Applies an event to a state (pure): the next state, or the same state when the event does not apply. */
export function reduce(state: GameState, event: GameEvent, index: ScenarioIndex): GameState {
  return event.type === 'CHOOSE' ? choose(state, event.choice, index) : advance(state, index);
}

/**
 * Applies an event to a state the caller alone holds, in place; returns whether it applied. Same rules
 * and same results as `reduce` (a test compares them state by state on every bundled scenario).
 */
export function reduceInPlace(state: GameState, event: GameEvent, index: ScenarioIndex): boolean {
  if (event.type === 'CHOOSE') return chooseInPlace(state, event.choice, index);
  if (state.screen !== 'phase-intro' && state.screen !== 'consequence') return false;
  advanceInPlace(state, index);
  return true;
}
