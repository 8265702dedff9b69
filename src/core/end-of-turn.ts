/**
 * The rules that run at the end of every turn, after the choice: delayed consequences land (or lapse),
 * drift rules apply, and meters are brought down to their ceilings. Each change records its cause: the
 * choice a delayed consequence comes from (with its turn), or the rule.
 */
import type { CompiledDrift } from './compiled-rules';
import type { ChoiceCause, DelayedRecord, PendingDelayed } from './game-state';
import type { ScenarioIndex } from './scenario-index';
import { writable, type TurnContext } from './turn-context';

/** What the end of a turn adds to its record. */
export interface EndOfTurnRecord {
  delayed?: DelayedRecord[];
  drifts?: { index: number; told: boolean }[];
}

/**
 * The cause given to the effects of a delayed consequence landing in a turn without a record: effects
 * read their cause only to record their change, and such a turn records none (no object per landing).
 */
const UNRECORDED: ChoiceCause = { card: '', choice: '', via: 'delayed' };

/**
 * Lands or lapses the pending delayed consequences that are due; keeps the others, in order. Returns
 * what the record lists, or null when none is due (the common case: nothing is allocated then) or when
 * the turn writes no record.
 */
function landDelayed(turn: TurnContext, index: ScenarioIndex): DelayedRecord[] | null {
  const { draft, logged } = turn;
  const sites = index.rules.delayedSites;
  let done: DelayedRecord[] | null = null;
  let waiting: PendingDelayed[] | null = null;
  // The queue as it was (a consequence queued while this runs is seen, as a for-of over it would).
  const pending = draft.pending;
  for (let i = 0; i < pending.length; i++) {
    const item = pending[i] as PendingDelayed;
    const delayed = sites.get(item.card, item.choice, item.path);
    const passed = draft.turn - item.turn;
    let landed: boolean;
    if (!delayed) {
      // Unknown site (the scenario changed under a restored state): dropped, as if lapsed.
      landed = false;
    } else if (passed < 1 || (delayed.afterTurns !== undefined && passed < delayed.afterTurns)) {
      waiting?.push(item);
      continue;
    } else if (delayed.when !== null && !delayed.when(draft)) {
      if (delayed.within === undefined || passed < delayed.within) {
        waiting?.push(item);
        continue;
      }
      landed = false;
    } else {
      const cause = logged
        ? { card: item.card, choice: item.choice, via: 'delayed' as const, turn: item.turn }
        : UNRECORDED;
      for (const step of delayed.effects) step(turn, cause);
      landed = true;
    }
    // The first one due: every item before it is still waiting.
    waiting ??= pending.slice(0, i);
    if (logged) (done ??= []).push({ ...item, landed });
  }
  // The queue is replaced, never written: the previous state may share it.
  if (waiting !== null) draft.pending = waiting;
  return done;
}

/**
 * Applies the drift rules whose condition holds; a drift's text is told when it starts applying.
 * Returns what the record says (null when none applies, or when the turn writes no record).
 */
function drift(turn: TurnContext, index: ScenarioIndex): { index: number; told: boolean }[] | null {
  const { draft } = turn;
  const rules = index.rules.drifts;
  const was = draft.drifting;
  let applied: { index: number; told: boolean }[] | null = null;
  // The rules applying now, built only once they differ from the last turn's (the list is replaced,
  // never written, and only when it changed).
  let now: number[] | null = null;
  let count = 0;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as CompiledDrift;
    if (!rule.when(draft)) continue;
    rule.step(turn, rule.cause);
    if (now === null && was[count] !== i) now = was.slice(0, count);
    now?.push(i);
    count++;
    if (turn.logged) (applied ??= []).push({ index: i, told: rule.told && !was.includes(i) });
  }
  if (now === null && count !== was.length) now = was.slice(0, count);
  if (now !== null) draft.drifting = now;
  return applied;
}

/** Brings every meter with a ceiling down to the lowest of its meters plus its margin. */
function ceilings(turn: TurnContext, index: ScenarioIndex): void {
  const { draft } = turn;
  for (const ceiling of index.rules.ceilings) {
    let lowest = Infinity;
    for (const id of ceiling.lowestOf) lowest = Math.min(lowest, draft.meters[id] ?? 0);
    const from = draft.meters[ceiling.meter] ?? 0;
    const limit = Math.max(ceiling.min, lowest + ceiling.plus);
    if (!(from > limit)) continue;
    writable(turn, 'meters')[ceiling.meter] = limit;
    if (turn.logged)
      turn.changes.push({ kind: 'meter', meter: ceiling.meter, from, to: limit, cause: ceiling.cause });
    else turn.unrecorded++;
  }
}

/** What the end of a turn without a record adds to it: nothing (shared, never written). */
const NO_RECORD: EndOfTurnRecord = Object.freeze({});

/** Runs the end-of-turn rules on a turn whose counters have moved on; returns what its record adds. */
export function endOfTurn(turn: TurnContext, index: ScenarioIndex): EndOfTurnRecord {
  const record: EndOfTurnRecord = turn.logged ? {} : NO_RECORD;
  if (turn.draft.pending.length > 0) {
    const delayed = landDelayed(turn, index);
    if (delayed !== null) record.delayed = delayed;
  }
  if (index.rules.drifts.length > 0) {
    const drifts = drift(turn, index);
    if (drifts !== null) record.drifts = drifts;
  }
  ceilings(turn, index);
  return record;
}
