/**
 * What each decision of a session led to, read from the log alone: its own changes on the spot, the
 * delayed consequences that came back later, the later cards its flags (or its chain) opened, the
 * initiatives it moved, and whether it counted in the ending reached or in the evaluation. Each
 * decision gets a score from its consequences, the turning points are chosen by it (turning-points.ts).
 * Pure.
 */
import type { ChoiceCause, GameState, TurnRecord } from '../../core/game-state';
import type { ScenarioIndex } from '../../core/scenario-index';
import type { Dimension, InitiativeState } from '../../scenario/format';
import { flagsWaitedFor } from './flag-reads';

/** A meter's net change. */
export interface MeterDelta {
  meter: string;
  delta: number;
}

/** Something a decision led to later (or, for an initiative, on the spot). */
export type LaterEvent =
  /** One of its delayed consequences landed (`path`: the effect in the choice). */
  | { kind: 'delayed'; turn: number; phase: string; path: string; deltas: MeterDelta[] }
  /** A later card was drawn because of a flag it set, or chained to it. */
  | { kind: 'opened'; turn: number; phase: string; card: string }
  /** An initiative changed state through its effects. */
  | { kind: 'initiative'; turn: number; initiative: string; state: InitiativeState }
  /** A flag it set is one the ending reached waited for. */
  | { kind: 'ending' }
  /** A flag it set still counts in the evaluation, on these dimensions. */
  | { kind: 'evaluation'; dimensions: Dimension[] };

/** One decision and its consequences. */
export interface Trace {
  /** Its place in the log. */
  index: number;
  record: TurnRecord;
  /** The net changes of its own effects (outcome and risk included) on the spot, by meter. */
  immediate: MeterDelta[];
  later: LaterEvent[];
  /** How much it moved the threads between actors. */
  links: number;
  score: number;
}

const isOwn = (cause: unknown, record: TurnRecord): cause is ChoiceCause => {
  const c = cause as Partial<ChoiceCause>;
  return c.card === record.card && c.choice === record.choice && c.via !== 'delayed';
};

function addDelta(list: MeterDelta[], meter: string, delta: number): void {
  const found = list.find((d) => d.meter === meter);
  if (found) found.delta += delta;
  else list.push({ meter, delta });
}

/** The decisions of a session with what each led to, and a score from those consequences. */
export function traceDecisions(
  state: GameState,
  index: ScenarioIndex,
  resources: ReadonlySet<string>,
): Trace[] {
  const log = state.log;
  const byTurn = new Map(log.map((record, i) => [record.turn, i]));
  const traces: Trace[] = log.map((record, i) => {
    const immediate: MeterDelta[] = [];
    let links = 0;
    const later: LaterEvent[] = [];
    for (const change of record.changes) {
      if (!isOwn(change.cause, record)) continue;
      if (change.kind === 'meter' && change.to !== change.from)
        addDelta(immediate, change.meter, change.to - change.from);
      else if (change.kind === 'link') links += Math.abs(change.after - change.before);
      else if (change.kind === 'initiative' && change.stateAfter !== change.stateBefore)
        later.push({
          kind: 'initiative',
          turn: record.turn,
          initiative: change.initiative,
          state: change.stateAfter,
        });
    }
    return { index: i, record, immediate: immediate.filter((d) => d.delta !== 0), later, links, score: 0 };
  });

  // Delayed consequences, credited to the decision they come from.
  log.forEach((record) => {
    for (const item of record.delayed ?? []) {
      if (!item.landed) continue;
      const origin = byTurn.get(item.turn);
      const trace = origin === undefined ? undefined : traces[origin];
      if (!trace || trace.record.card !== item.card || trace.record.choice !== item.choice) continue;
      const deltas: MeterDelta[] = [];
      for (const change of record.changes) {
        const cause = change.cause as Partial<ChoiceCause>;
        if (
          change.kind === 'meter' &&
          cause.via === 'delayed' &&
          cause.turn === item.turn &&
          cause.card === item.card
        )
          addDelta(deltas, change.meter, change.to - change.from);
      }
      if (trace.later.some((e) => e.kind === 'delayed' && e.turn === record.turn)) deltas.length = 0;
      trace.later.push({ kind: 'delayed', turn: record.turn, phase: record.phase, path: item.path, deltas });
    }
  });

  // Flags: who set each flag's current value, and which later cards waited for it.
  const value = new Map<string, boolean>();
  const setter = new Map<string, number>();
  log.forEach((record, j) => {
    const card = index.cards.get(record.card);
    const opened = new Set<number>();
    for (const read of flagsWaitedFor(card?.when)) {
      const s = setter.get(read.flag);
      if (s !== undefined && (value.get(read.flag) ?? false) === read.value) opened.add(s);
    }
    const previous = log[j - 1];
    if (previous && index.choices.get(previous.card)?.get(previous.choice)?.next === record.card)
      opened.add(j - 1);
    for (const s of opened)
      traces[s]?.later.push({ kind: 'opened', turn: record.turn, phase: record.phase, card: record.card });
    for (const change of record.changes) {
      if (change.kind !== 'flag' || (value.get(change.flag) ?? false) === change.value) continue;
      value.set(change.flag, change.value);
      const cause = change.cause as Partial<ChoiceCause>;
      const origin =
        cause.via === 'delayed' && cause.turn !== undefined
          ? byTurn.get(cause.turn)
          : cause.card
            ? j
            : undefined;
      if (origin === undefined) setter.delete(change.flag);
      else setter.set(change.flag, origin);
    }
  });
  const ending = state.ending === null ? undefined : index.endings.get(state.ending);
  for (const read of flagsWaitedFor(ending?.when)) {
    const s = setter.get(read.flag);
    if (s !== undefined && (value.get(read.flag) ?? false) === read.value)
      traces[s]?.later.push({ kind: 'ending' });
  }
  const counted = new Map<number, Dimension[]>();
  for (const [dimension, terms] of Object.entries(index.scenario.evaluation) as [
    Dimension,
    typeof index.scenario.evaluation.cooperation,
  ][])
    for (const term of terms) {
      if (!('flag' in term) || !value.get(term.flag)) continue;
      const s = setter.get(term.flag);
      if (s === undefined) continue;
      const dims = counted.get(s) ?? [];
      if (!dims.includes(dimension)) dims.push(dimension);
      counted.set(s, dims);
    }
  for (const [s, dimensions] of counted) traces[s]?.later.push({ kind: 'evaluation', dimensions });

  for (const trace of traces) trace.score = scoreOf(trace, index, resources);
  return traces;
}

/** How much a decision weighed, by its consequences: on the spot, later, and on the ending. */
function scoreOf(trace: Trace, index: ScenarioIndex, resources: ReadonlySet<string>): number {
  const territory = (deltas: readonly MeterDelta[]): number =>
    deltas.filter((d) => !resources.has(d.meter)).reduce((sum, d) => sum + Math.abs(d.delta), 0);
  let score = territory(trace.immediate) + trace.links;
  for (const event of trace.later) {
    if (event.kind === 'delayed') score += 4 + 1.5 * territory(event.deltas);
    else if (event.kind === 'opened') score += 5;
    else if (event.kind === 'initiative') score += 5;
    else if (event.kind === 'ending') score += 10;
    else score += 4 * event.dimensions.length;
  }
  if (index.cards.get(trace.record.card)?.key) score += 4;
  if (trace.record.risk?.happened) score += 3;
  return score;
}
