import type { GameState } from '../core/game-state';
import { copyIdTable, copyTable } from '../core/turn-context';

/**
 * A deep copy of a game state that its new holder may advance in place: every table and the log are
 * its own (a turn record is never written once logged, so records are shared). Also accepts a state
 * that went through JSON. Every table and array of `GameState` the fast path writes in place must be
 * copied here: a test walks the state's fields and proves none is shared (tests/unit/engine/clone.test.ts).
 * `shareLog`: the log array is shared, for a copy that never appends to it (a look-ahead session).
 */
export function clonedState(state: GameState, options: { shareLog?: boolean } = {}): GameState {
  return {
    ...state,
    meters: copyTable(state.meters),
    links: copyIdTable(state.links),
    flags: copyIdTable(state.flags),
    // An initiative's status is replaced, never written, when it changes: the statuses can be shared.
    initiatives: copyTable(state.initiatives),
    played: copyIdTable(state.played),
    lastInvolved: copyTable(state.lastInvolved),
    // A queued delayed consequence is never written once queued: the queue is copied, not its items.
    pending: state.pending.slice(),
    drifting: state.drifting.slice(),
    // A look-ahead copy never appends to its log (src/core/turn.ts, `chooseUnlogged`): it may share it.
    log: options.shareLog === true ? state.log : state.log.slice(),
  };
}
