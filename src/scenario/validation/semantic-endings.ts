/**
 * Endings whose condition can never hold: a meter asked beyond its bounds (`atLeast: 1000` on a meter that
 * stops at 100), a range that is empty, a flag required both set and unset (`all: [flag, not flag]`). The
 * condition is expanded into alternatives of simple requirements (bounded: a condition too large to expand
 * is taken as possible), and the ending is reported when every alternative contradicts itself. A warning:
 * the scenario plays, but the ending is dead text.
 */
import type { Condition, Scenario } from '../format';
import { boundsOf, canHold } from './condition-reach';
import type { SemanticIssue } from './semantic-refs';

/** A simple requirement: a value within bounds (strict or not), or a flag set or unset. */
type Literal =
  | { kind: 'range'; key: string; low: number; lowOpen: boolean; high: number; highOpen: boolean }
  | { kind: 'flag'; flag: string; set: boolean }
  | { kind: 'other' };

/** Alternatives (any), each a list of requirements that must all hold. */
type Alternatives = Literal[][];

/** Alternatives kept at most while expanding: past it, the condition counts as possible. */
const MAX_ALTERNATIVES = 256;

const OTHER: Alternatives = [[{ kind: 'other' }]];

function range(key: string, atLeast?: number, atMost?: number, negate = false): Alternatives {
  const low = atLeast ?? -Infinity;
  const high = atMost ?? Infinity;
  const plain: Literal = { kind: 'range', key, low, lowOpen: false, high, highOpen: false };
  if (!negate) return [[plain]];
  // Not within [low, high]: below low, or above high.
  const out: Alternatives = [];
  if (low > -Infinity) out.push([{ ...plain, low: -Infinity, high: low, highOpen: true }]);
  if (high < Infinity) out.push([{ ...plain, low: high, lowOpen: true, high: Infinity }]);
  return out.length > 0 ? out : [[{ ...plain, low: 1, high: 0 }]];
}

function and(a: Alternatives | null, b: Alternatives | null): Alternatives | null {
  if (a === null || b === null || a.length * b.length > MAX_ALTERNATIVES) return null;
  return a.flatMap((x) => b.map((y) => [...x, ...y]));
}

function or(a: Alternatives | null, b: Alternatives | null): Alternatives | null {
  if (a === null || b === null || a.length + b.length > MAX_ALTERNATIVES) return null;
  return [...a, ...b];
}

/** The condition (or its negation) as alternatives; null when too large to expand. */
function expand(condition: Condition, negate: boolean): Alternatives | null {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    // not(all) = any(not), not(any) = all(not).
    const conjunction = 'all' in condition !== negate;
    let out: Alternatives | null = conjunction ? [[]] : [];
    for (const part of parts) {
      const sub = expand(part, negate);
      out = conjunction ? and(out, sub) : or(out, sub);
    }
    return out;
  }
  if ('not' in condition) return expand(condition.not, !negate);
  if ('meter' in condition)
    return range(`meter:${condition.meter}`, condition.atLeast, condition.atMost, negate);
  if ('flag' in condition)
    return [[{ kind: 'flag', flag: condition.flag, set: (condition.is ?? true) !== negate }]];
  if ('turn' in condition) return range('turn', condition.turn.atLeast, condition.turn.atMost, negate);
  if ('phaseTurn' in condition)
    return range('phaseTurn', condition.phaseTurn.atLeast, condition.phaseTurn.atMost, negate);
  return OTHER;
}

/** Whether every requirement of one alternative can hold together, within the meters' bounds. */
function consistent(literals: readonly Literal[], bounds: ReadonlyMap<string, [number, number]>): boolean {
  const ranges = new Map<string, { low: number; lowOpen: boolean; high: number; highOpen: boolean }>();
  const flags = new Map<string, boolean>();
  for (const literal of literals) {
    if (literal.kind === 'flag') {
      if (flags.get(literal.flag) === !literal.set) return false;
      flags.set(literal.flag, literal.set);
    } else if (literal.kind === 'range') {
      const [min, max] = bounds.get(literal.key) ?? [-Infinity, Infinity];
      const now = ranges.get(literal.key) ?? { low: min, lowOpen: false, high: max, highOpen: false };
      if (literal.low > now.low || (literal.low === now.low && literal.lowOpen)) {
        now.low = literal.low;
        now.lowOpen = literal.lowOpen;
      }
      if (literal.high < now.high || (literal.high === now.high && literal.highOpen)) {
        now.high = literal.high;
        now.highOpen = literal.highOpen;
      }
      if (now.low > now.high || (now.low === now.high && (now.lowOpen || now.highOpen))) return false;
      ranges.set(literal.key, now);
    }
  }
  return true;
}

/** Whether a condition can never hold in this scenario (false when unsure). */
export function neverHolds(condition: Condition, scenario: Scenario): boolean {
  const bounds = new Map<string, [number, number]>([
    ['turn', [0, Infinity]],
    ['phaseTurn', [0, Infinity]],
  ]);
  for (const meter of scenario.meters) bounds.set(`meter:${meter.id}`, [meter.min, meter.max]);
  const alternatives = expand(condition, false);
  return alternatives !== null && alternatives.every((literals) => !consistent(literals, bounds));
}

/** A warning for each ending whose condition can never hold. */
export function endingsNeverReached(scenario: Scenario): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const bounds = boundsOf(scenario);
  scenario.endings.forEach((ending, i) => {
    // Two readings: this file's expansion (negations, alternatives) and condition-reach's bounds (links,
    // session length, the conditions of format 2). Either one being sure is enough.
    if (ending.when !== undefined && (neverHolds(ending.when, scenario) || !canHold(ending.when, bounds)))
      issues.push({
        code: 'ending-never',
        path: `/endings/${i}/when`,
        params: { id: ending.id },
        severity: 'warning',
      });
  });
  return issues;
}
