/**
 * Conditions that can never hold: a meter asked beyond its bounds (`atLeast: 1000` on a meter that stops at
 * 100), a range that is empty, a flag required both set and unset (`all: [flag, not flag]`), a link asked
 * above 3, a gap wider than the meters allow, a meter that cannot lead the others by that much. The
 * condition is expanded into alternatives of simple requirements (bounded: a condition too large to expand
 * is taken as possible), and it never holds when every alternative contradicts itself. Endings whose
 * condition never holds get a warning here (the scenario plays, but the ending is dead text); the rules of
 * format 2 are checked with the same reading (semantic-mechanics.ts).
 */
import { MAX_LINK_STRENGTH } from '../../core/links';
import { FAMILIES, type Condition, type Scenario } from '../format';
import type { SemanticIssue } from './semantic-refs';

/** A simple requirement: a value within bounds (strict or not), or a flag set or unset. */
type Literal =
  | { kind: 'range'; key: string; low: number; lowOpen: boolean; high: number; highOpen: boolean }
  | { kind: 'flag'; flag: string; set: boolean }
  | { kind: 'dominant'; dominant: string; among: string[]; by: number }
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
  if ('link' in condition)
    return range(`link:${[...condition.link].sort().join('|')}`, condition.atLeast, condition.atMost, negate);
  if ('linkCount' in condition)
    return range('linkCount', condition.linkCount.atLeast, condition.linkCount.atMost, negate);
  if ('leftOut' in condition)
    return range(`leftOut:${condition.leftOut}`, condition.atLeast, condition.atMost, negate);
  if ('gap' in condition)
    return range(`gap:${[...condition.gap].sort().join('|')}`, condition.atLeast, condition.atMost, negate);
  if ('dominant' in condition) return negate ? OTHER : [[{ kind: 'dominant', ...condition }]];
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
    } else if (literal.kind === 'dominant') {
      // It must be able to lead every other listed meter by `by`: its highest against their lowest.
      const top = bounds.get(`meter:${literal.dominant}`)?.[1] ?? Infinity;
      for (const id of literal.among)
        if (id !== literal.dominant && top - (bounds.get(`meter:${id}`)?.[0] ?? -Infinity) < literal.by)
          return false;
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

/** The range keys of links and gaps a condition reads (their bounds depend on what they name). */
function collectKeys(condition: Condition, into: Set<string>): void {
  if ('all' in condition) condition.all.forEach((c) => collectKeys(c, into));
  else if ('any' in condition) condition.any.forEach((c) => collectKeys(c, into));
  else if ('not' in condition) collectKeys(condition.not, into);
  else if ('link' in condition) into.add(`link:${[...condition.link].sort().join('|')}`);
  else if ('gap' in condition) into.add(`gap:${[...condition.gap].sort().join('|')}`);
}

/** Whether a condition can never hold in this scenario (false when unsure). */
export function neverHolds(condition: Condition, scenario: Scenario): boolean {
  const bounds = new Map<string, [number, number]>([
    ['turn', [0, Infinity]],
    ['phaseTurn', [0, Infinity]],
  ]);
  for (const meter of scenario.meters) bounds.set(`meter:${meter.id}`, [meter.min, meter.max]);
  const actors = scenario.actors.length;
  bounds.set('linkCount', [0, (actors * (actors - 1)) / 2]);
  for (const family of FAMILIES) bounds.set(`leftOut:${family}`, [0, Infinity]);
  const keys = new Set<string>();
  collectKeys(condition, keys);
  for (const key of keys) {
    if (key.startsWith('link:')) bounds.set(key, [0, MAX_LINK_STRENGTH]);
    else if (key.startsWith('gap:')) {
      // The widest gap: the highest top of the meters minus the lowest bottom.
      const meters = key
        .slice(4)
        .split('|')
        .map((id) => scenario.meters.find((m) => m.id === id));
      const top = Math.max(...meters.map((m) => m?.max ?? Infinity));
      const bottom = Math.min(...meters.map((m) => m?.min ?? -Infinity));
      bounds.set(key, [0, Math.max(0, top - bottom)]);
    }
  }
  const alternatives = expand(condition, false);
  return alternatives !== null && alternatives.every((literals) => !consistent(literals, bounds));
}

/** A warning for each ending whose condition can never hold. */
export function endingsNeverReached(scenario: Scenario): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  scenario.endings.forEach((ending, i) => {
    if (ending.when !== undefined && neverHolds(ending.when, scenario))
      issues.push({
        code: 'ending-never',
        path: `/endings/${i}/when`,
        params: { id: ending.id },
        severity: 'warning',
      });
  });
  return issues;
}
