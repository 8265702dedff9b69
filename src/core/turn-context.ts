/**
 * A turn being applied: the draft of the next state, the changes recorded so far, and which of the
 * draft's tables are its own. The pure reducer starts from a shallow copy whose tables are still shared
 * with the previous state and copies a table the first time a rule writes it; the in-place fast path
 * owns every table from the start. Both run the same rules: only this bookkeeping differs.
 */
import { emptyTable, type Change, type GameState, type PendingDelayed } from './game-state';

/** The tables of a state that a turn may write. */
export type Table = 'meters' | 'links' | 'flags' | 'initiatives' | 'played' | 'lastInvolved';

const BITS: Record<Table, number> = {
  meters: 1,
  links: 2,
  flags: 4,
  initiatives: 8,
  played: 16,
  lastInvolved: 32,
};
const PENDING = 64;

/** Every table owned: a state no one else holds (the fast path). */
export const OWN_ALL = 127;

/** A turn in progress. */
export interface TurnContext {
  readonly draft: GameState;
  readonly changes: Change[];
  /** Bit set of the tables of `draft` that are its own (written in place without copying). */
  own: number;
  /** Whether the whole state is the caller's own (the fast path): its log is appended in place. */
  readonly inPlace: boolean;
  /**
   * Whether the turn writes its log record (always, but on a look-ahead copy, whose log nobody reads:
   * the rules read the state's tables and counters, never the log).
   */
  readonly logged: boolean;
  /**
   * Changes made and not recorded (a turn without a record): every rule that changes something records
   * it in `changes` or, unlogged, counts it here; the end of the turn reads how many changes were made.
   */
  unrecorded: number;
}

/** Copies one table. A for-in loop: much faster than spread for id-keyed (dictionary-mode) objects. */
export function copyTable<T>(table: Record<string, T>): Record<string, T> {
  const copy: Record<string, T> = {};
  for (const key in table) copy[key] = table[key] as T;
  return copy;
}

/**
 * Copies a table of ids added one by one during a session (`links`, `flags`, `played`) into a new table
 * in V8's dictionary mode, as `emptyTable` makes them: a plain copy would start a fast object that goes
 * through a new hidden class per key (in each state's own key order) before V8 gives up on it, and every
 * read and write of such copies went through megamorphic lookups.
 */
export function copyIdTable<T>(table: Record<string, T>): Record<string, T> {
  const copy = emptyTable<T>();
  for (const key in table) copy[key] = table[key] as T;
  return copy;
}

/** The tables of ids added during a session, copied with `copyIdTable`. */
const ID_TABLES = BITS.links | BITS.flags | BITS.played;

/**
 * A table of the draft that may be written: copied first if it is still shared with another state. The
 * check is inlined where it is hot: the in-place fast path owns every table, and only the first write of
 * a table in a pure turn takes the copy (`ownTable`).
 */
export function writable<K extends Table>(turn: TurnContext, name: K): GameState[K] {
  return turn.own === OWN_ALL || (turn.own & BITS[name]) !== 0 ? turn.draft[name] : ownTable(turn, name);
}

/** Copies a table the draft still shares, and marks it as the draft's own. */
function ownTable<K extends Table>(turn: TurnContext, name: K): GameState[K] {
  const table = turn.draft[name] as Record<string, unknown>;
  turn.draft[name] = ((BITS[name] & ID_TABLES) !== 0 ? copyIdTable(table) : copyTable(table)) as GameState[K];
  turn.own |= BITS[name];
  return turn.draft[name];
}

/** The queue of delayed consequences of the draft, to append to: copied first if it is still shared. */
export function writablePending(turn: TurnContext): PendingDelayed[] {
  if ((turn.own & PENDING) === 0) {
    turn.draft.pending = turn.draft.pending.slice();
    turn.own |= PENDING;
  }
  return turn.draft.pending;
}

/** A turn on a state: a shallow copy for the pure reducer, the state itself in place. */
export function beginTurn(state: GameState, inPlace: boolean, logged = true): TurnContext {
  return inPlace
    ? { draft: state, changes: [], own: OWN_ALL, inPlace, logged, unrecorded: 0 }
    : { draft: { ...state }, changes: [], own: 0, inPlace, logged: true, unrecorded: 0 };
}
