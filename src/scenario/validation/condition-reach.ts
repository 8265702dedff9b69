/**
 * A static reading of conditions: whether one can ever hold, from the bounds the scenario sets (meter
 * ranges, the longest possible session, link strengths 0–3…) and from contradictions inside an `all`
 * (two ranges on the same quantity that do not meet, a flag required both ways, two different phases).
 * It only answers "never" when that is certain; anything it cannot decide counts as possible.
 */
import { unreachable } from '../../core/unreachable';
import type { Condition, Range, Scenario } from '../format';

/** The bounds a condition is read against. */
export interface ConditionBounds {
  /** Meter id → [min, max]. */
  readonly meters: ReadonlyMap<string, readonly [number, number]>;
  /** The most turns a session can last. */
  readonly longest: number;
  /** The most links that can exist (pairs of actors). */
  readonly maxLinks: number;
}

/** The bounds of a scenario. */
export function boundsOf(scenario: Scenario): ConditionBounds {
  const actors = scenario.actors.length;
  return {
    meters: new Map(scenario.meters.map((m) => [m.id, [m.min, m.max] as const])),
    longest: longestSession(scenario),
    maxLinks: (actors * (actors - 1)) / 2,
  };
}

/** A generous bound on a session's length: every phase to its limit, plus every card once as a chain. */
export function longestSession(scenario: Scenario): number {
  return scenario.phases.reduce((sum, phase) => sum + phase.maxTurns, 0) + scenario.cards.length;
}

type Interval = [number, number];

/** What an `all` has gathered: the interval of each quantity, required flag values, required phase. */
interface Facts {
  ranges: Map<string, Interval>;
  flags: Map<string, boolean>;
  phase: string | null;
}

const meet = (a: Interval, b: Interval): Interval => [Math.max(a[0], b[0]), Math.min(a[1], b[1])];
const empty = (i: Interval): boolean => i[0] > i[1];
const within = (range: Range, domain: Interval): Interval =>
  meet([range.atLeast ?? -Infinity, range.atMost ?? Infinity], domain);

/** The quantity a leaf condition bounds, with its interval (null: not a ranged quantity). */
function ranged(condition: Condition, bounds: ConditionBounds): [string, Interval] | null {
  if ('meter' in condition) {
    const domain = bounds.meters.get(condition.meter) ?? [-Infinity, Infinity];
    return [`meter:${condition.meter}`, within(condition, [domain[0], domain[1]])];
  }
  if ('turn' in condition) return ['turn', within(condition.turn, [0, bounds.longest])];
  if ('phaseTurn' in condition) return ['phaseTurn', within(condition.phaseTurn, [0, bounds.longest])];
  if ('link' in condition) return [`link:${[...condition.link].sort().join('|')}`, within(condition, [0, 3])];
  if ('linkCount' in condition) return ['linkCount', within(condition.linkCount, [0, bounds.maxLinks])];
  if ('leftOut' in condition) return [`leftOut:${condition.leftOut}`, within(condition, [0, bounds.longest])];
  if ('gap' in condition) {
    let low = Infinity;
    let high = -Infinity;
    for (const id of condition.gap) {
      const domain = bounds.meters.get(id) ?? [-Infinity, Infinity];
      low = Math.min(low, domain[0]);
      high = Math.max(high, domain[1]);
    }
    return [`gap:${[...condition.gap].sort().join('|')}`, within(condition, [0, Math.max(0, high - low)])];
  }
  return null;
}

/** Whether a condition, added to what `facts` already requires, can hold; `facts` gathers it. */
function admit(condition: Condition, bounds: ConditionBounds, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((c) => admit(c, bounds, facts));
  if ('any' in condition) return condition.any.some((c) => canHold(c, bounds));
  if ('not' in condition) return true;
  if ('flag' in condition) {
    const is = condition.is ?? true;
    const known = facts.flags.get(condition.flag);
    facts.flags.set(condition.flag, is);
    return known === undefined || known === is;
  }
  if ('phase' in condition) {
    const ok = facts.phase === null || facts.phase === condition.phase;
    facts.phase = condition.phase;
    return ok;
  }
  if ('dominant' in condition) {
    const top = bounds.meters.get(condition.dominant)?.[1] ?? Infinity;
    const lows = condition.among
      .filter((id) => id !== condition.dominant)
      .map((id) => bounds.meters.get(id)?.[0] ?? -Infinity);
    return lows.every((low) => top - low >= condition.by);
  }
  if ('initiative' in condition || 'cardPlayed' in condition) return true;
  if (
    'meter' in condition ||
    'turn' in condition ||
    'phaseTurn' in condition ||
    'link' in condition ||
    'linkCount' in condition ||
    'leftOut' in condition ||
    'gap' in condition
  ) {
    const found = ranged(condition, bounds);
    if (!found) return true;
    const [key, interval] = found;
    const known = facts.ranges.get(key);
    const merged = known ? meet(known, interval) : interval;
    facts.ranges.set(key, merged);
    return !empty(merged);
  }
  return unreachable(condition, 'condition');
}

/** Whether a condition can ever hold (false only when it certainly cannot). */
export function canHold(condition: Condition | undefined, bounds: ConditionBounds): boolean {
  if (condition === undefined) return true;
  return admit(condition, bounds, { ranges: new Map(), flags: new Map(), phase: null });
}
