/**
 * The turning points of a session: three to five decisions chosen by their consequences (not by their
 * turn), spread over the phases: the weightiest decision of each phase first, the phases ranked by it,
 * then, if fewer than three phases were played, the next weightiest decisions. Told in play order; the
 * decisive one is the weightiest of them. Pure.
 */
import type { Trace } from './consequences';

/** The most turning points a story tells. */
export const MAX_TURNING_POINTS = 5;
/** The fewest, when the session had that many decisions. */
export const MIN_TURNING_POINTS = 3;

const weightier = (a: Trace, b: Trace): number => b.score - a.score || a.index - b.index;

/** The turning points among a session's traced decisions, in play order. */
export function turningPoints(traces: readonly Trace[]): Trace[] {
  const bestOfPhase = new Map<string, Trace>();
  for (const trace of traces) {
    const best = bestOfPhase.get(trace.record.phase);
    if (!best || weightier(trace, best) < 0) bestOfPhase.set(trace.record.phase, trace);
  }
  const picked = [...bestOfPhase.values()].sort(weightier).slice(0, MAX_TURNING_POINTS);
  if (picked.length < MIN_TURNING_POINTS)
    for (const trace of [...traces].sort(weightier)) {
      if (picked.length >= MIN_TURNING_POINTS) break;
      if (!picked.includes(trace)) picked.push(trace);
    }
  return picked.sort((a, b) => a.index - b.index);
}

/** The decisive turning point: the weightiest (the earliest of equals). */
export function decisive(points: readonly Trace[]): Trace | undefined {
  return [...points].sort(weightier)[0];
}
