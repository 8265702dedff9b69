/**
 * The rules that run at the end of every turn, after the choice: delayed consequences land (or lapse),
 * drift rules apply, and meters are brought down to their ceilings. Each change records its cause: the
 * choice a delayed consequence comes from (with its turn), or the rule.
 */
import { delayedKey } from './compile-choice';
import type { DelayedRecord, PendingDelayed } from './game-state';
import type { ScenarioIndex } from './scenario-index';
import { writable, type TurnContext } from './turn-context';

/** What the end of a turn adds to its record. */
export interface EndOfTurnRecord {
  delayed?: DelayedRecord[];
  drifts?: { index: number; told: boolean }[];
}

/** Lands or lapses the pending delayed consequences that are due; keeps the others, in order. */
function landDelayed(turn: TurnContext, index: ScenarioIndex): DelayedRecord[] {
  const { draft } = turn;
  const done: DelayedRecord[] = [];
  const waiting: PendingDelayed[] = [];
  for (const item of draft.pending) {
    const delayed = index.rules.delayed.get(delayedKey(item.card, item.choice, item.path));
    const passed = draft.turn - item.turn;
    // Unknown site (the scenario changed under a restored state): dropped, as if lapsed.
    if (!delayed) {
      done.push({ ...item, landed: false });
      continue;
    }
    if (passed < 1 || (delayed.afterTurns !== undefined && passed < delayed.afterTurns)) {
      waiting.push(item);
      continue;
    }
    if (delayed.when !== null && !delayed.when(draft)) {
      if (delayed.within !== undefined && passed >= delayed.within) done.push({ ...item, landed: false });
      else waiting.push(item);
      continue;
    }
    const cause = { card: item.card, choice: item.choice, via: 'delayed' as const, turn: item.turn };
    for (const step of delayed.effects) step(turn, cause);
    done.push({ ...item, landed: true });
  }
  // The queue is replaced, never written: the previous state may share it.
  if (done.length > 0) draft.pending = waiting;
  return done;
}

/** Applies the drift rules whose condition holds; a drift's text is told when it starts applying. */
function drift(turn: TurnContext, index: ScenarioIndex): { index: number; told: boolean }[] {
  const { draft } = turn;
  const applied: { index: number; told: boolean }[] = [];
  index.rules.drifts.forEach((rule, i) => {
    if (!rule.when(draft)) return;
    rule.step(turn, rule.cause);
    applied.push({ index: i, told: rule.told && !draft.drifting.includes(i) });
  });
  const now = applied.map((a) => a.index);
  if (now.length !== draft.drifting.length || now.some((i, k) => draft.drifting[k] !== i))
    draft.drifting = now;
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
    turn.changes.push({ kind: 'meter', meter: ceiling.meter, from, to: limit, cause: ceiling.cause });
  }
}

/** Runs the end-of-turn rules on a turn whose counters have moved on; returns what its record adds. */
export function endOfTurn(turn: TurnContext, index: ScenarioIndex): EndOfTurnRecord {
  const record: EndOfTurnRecord = {};
  if (turn.draft.pending.length > 0) {
    const delayed = landDelayed(turn, index);
    if (delayed.length > 0) record.delayed = delayed;
  }
  if (index.rules.drifts.length > 0) {
    const drifts = drift(turn, index);
    if (drifts.length > 0) record.drifts = drifts;
  }
  ceilings(turn, index);
  return record;
}
