import type { GameState } from '../core/game-state';
import { copyTable } from '../core/turn-context';

/**
 * A deep copy of a game state that its new holder may advance in place: every table and the log are
 * its own (a turn record is never written once logged, so records are shared). Also accepts a state
 * that went through JSON.
 */
export function clonedState(state: GameState): GameState {
  return {
    ...state,
    meters: copyTable(state.meters),
    links: copyTable(state.links),
    flags: copyTable(state.flags),
    // An initiative's status is replaced, never written, when it changes: the statuses can be shared.
    initiatives: copyTable(state.initiatives),
    played: copyTable(state.played),
    log: state.log.slice(),
  };
}
