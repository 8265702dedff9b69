/**
 * Conditions compiled once per scenario into plain closures (never generated code): the rules test them
 * hundreds of times per session, and walking the condition objects each time dominated simulation time.
 * The chain of kinds is exhaustive: a kind added to the format and not implemented here does not compile.
 */
import type { Condition, Phase, Range } from '../scenario/format';
import { INITIATIVE_STATES } from './vocabulary';
import type { GameState } from './game-state';
import { linkKey } from './links';
import { unreachable } from './unreachable';

/** A compiled condition: whether it holds in a state. */
export type StateTest = (state: GameState) => boolean;

/** The test of an absent condition: it always holds. */
export const ALWAYS: StateTest = () => true;

const NEVER: StateTest = () => false;

/** The rank of an initiative state in `INITIATIVE_STATES` (−1 when unknown), as `indexOf` gives it. */
const RANKS: ReadonlyMap<string, number> = (() => {
  const ranks = new Map<string, number>();
  INITIATIVE_STATES.forEach((state, i) => {
    if (!ranks.has(state)) ranks.set(state, i);
  });
  return ranks;
})();

const rankOf = (state: string): number => RANKS.get(state) ?? -1;

/** A test of a number against a range; `read` must return the number (missing values already defaulted). */
function rangeTest(range: Range, read: (state: GameState) => number): StateTest {
  const { atLeast: lo, atMost: hi } = range;
  if (lo === undefined && hi === undefined) return ALWAYS;
  if (hi === undefined) return (state) => read(state) >= (lo as number);
  if (lo === undefined) return (state) => read(state) <= hi;
  return (state) => {
    const value = read(state);
    return value >= lo && value <= hi;
  };
}

function allOf(tests: StateTest[]): StateTest {
  if (tests.length === 0) return ALWAYS;
  if (tests.length === 1) return tests[0] as StateTest;
  if (tests.length === 2) {
    const [a, b] = tests as [StateTest, StateTest];
    return (state) => a(state) && b(state);
  }
  return (state) => {
    for (const test of tests) if (!test(state)) return false;
    return true;
  };
}

function anyOf(tests: StateTest[]): StateTest {
  if (tests.length === 0) return NEVER;
  if (tests.length === 1) return tests[0] as StateTest;
  return (state) => {
    for (const test of tests) if (test(state)) return true;
    return false;
  };
}

function initiativeTest(condition: Extract<Condition, { initiative: string }>): StateTest {
  const { initiative: id, state: wanted, atLeast } = condition;
  const atLeastRank = atLeast === undefined ? -1 : rankOf(atLeast);
  return (state) => {
    const current = state.initiatives[id]?.state ?? 'idea';
    if (wanted !== undefined && current !== wanted) return false;
    if (atLeast !== undefined) {
      if (current === 'failed') return atLeast === 'failed';
      if (rankOf(current) < atLeastRank) return false;
    }
    return true;
  };
}

/** The gap between meters: the highest of their values minus the lowest (missing meters count 0). */
export function gapReader(meters: readonly string[]): (state: GameState) => number {
  return (state) => {
    let low = Infinity;
    let high = -Infinity;
    for (const id of meters) {
      const value = state.meters[id] ?? 0;
      if (value < low) low = value;
      if (value > high) high = value;
    }
    return meters.length === 0 ? 0 : high - low;
  };
}

/** Whether a meter leads every other meter of `among` by at least `by`. */
function dominantTest(condition: Extract<Condition, { dominant: string }>): StateTest {
  const { dominant, by } = condition;
  const others = condition.among.filter((id) => id !== dominant);
  return (state) => {
    const value = state.meters[dominant] ?? 0;
    for (const id of others) if (value - (state.meters[id] ?? 0) < by) return false;
    return true;
  };
}

/**
 * A meter against a range, written out (the most frequent test with the flags: no reader closure called
 * through a shared, megamorphic call site).
 */
function meterTest(condition: Extract<Condition, { meter: string }>): StateTest {
  const { meter: id, atLeast: lo, atMost: hi } = condition;
  if (lo === undefined && hi === undefined) return ALWAYS;
  if (hi === undefined) return (state) => (state.meters[id] ?? 0) >= (lo as number);
  if (lo === undefined) return (state) => (state.meters[id] ?? 0) <= hi;
  return (state) => {
    const value = state.meters[id] ?? 0;
    return value >= lo && value <= hi;
  };
}

/** How long a family has been left out against a range, written out like `meterTest`. */
function leftOutTest(condition: Extract<Condition, { leftOut: string }>): StateTest {
  const { leftOut: family, atLeast: lo, atMost: hi } = condition;
  if (lo === undefined && hi === undefined) return ALWAYS;
  if (hi === undefined) return (state) => state.turn - (state.lastInvolved[family] ?? 0) >= (lo as number);
  if (lo === undefined) return (state) => state.turn - (state.lastInvolved[family] ?? 0) <= hi;
  return (state) => {
    const value = state.turn - (state.lastInvolved[family] ?? 0);
    return value >= lo && value <= hi;
  };
}

/**
 * Compiles a condition into a test, for an index whose phases are `phases`. The condition must not
 * change afterwards (scenarios are read-only once indexed).
 */
export function compileCondition(condition: Condition | undefined, phases: readonly Phase[]): StateTest {
  if (condition === undefined) return ALWAYS;
  if ('all' in condition) return allOf(condition.all.map((c) => compileCondition(c, phases)));
  if ('any' in condition) return anyOf(condition.any.map((c) => compileCondition(c, phases)));
  if ('not' in condition) {
    const inner = compileCondition(condition.not, phases);
    return (state) => !inner(state);
  }
  if ('meter' in condition) return meterTest(condition);
  if ('flag' in condition) {
    const { flag } = condition;
    const is = condition.is ?? true;
    return (state) => (state.flags[flag] ?? false) === is;
  }
  if ('turn' in condition) return rangeTest(condition.turn, (state) => state.turn);
  if ('phaseTurn' in condition) return rangeTest(condition.phaseTurn, (state) => state.phaseTurn);
  if ('phase' in condition) {
    const matches = phases.map((phase) => phase.id === condition.phase);
    return (state) => matches[state.phaseIndex] === true;
  }
  if ('initiative' in condition) return initiativeTest(condition);
  if ('link' in condition) {
    const key = linkKey(condition.link[0], condition.link[1]);
    return rangeTest(condition, (state) => state.links[key] ?? 0);
  }
  if ('linkCount' in condition) return rangeTest(condition.linkCount, (s) => Object.keys(s.links).length);
  if ('cardPlayed' in condition) {
    const id = condition.cardPlayed;
    return (state) => (state.played[id] ?? 0) > 0;
  }
  if ('leftOut' in condition) return leftOutTest(condition);
  if ('gap' in condition) return rangeTest(condition, gapReader(condition.gap));
  if ('dominant' in condition) return dominantTest(condition);
  return unreachable(condition, 'condition');
}
