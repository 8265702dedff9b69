/**
 * The performance budgets of the game (issue 4) and how a figure is checked against each.
 * A budget whose figure could not be measured counts as missed: the bench cannot vouch for it.
 */

/** One budget checked in a run. */
export interface BudgetCheck {
  id: string;
  /** What is measured, in words. */
  figure: string;
  /** The measured value, or null when it could not be measured. */
  value: number | null;
  unit: string;
  /** The budget in words, e.g. "≤ 500 KB". */
  budget: string;
  pass: boolean;
  /** Why the figure is missing, or a detail worth printing next to it. */
  note?: string;
}

/** The budgets' limits, in one place. */
export const LIMITS = {
  /** JS + CSS + fonts fetched before the title is interactive, gzip bytes (1 KB = 1,000 bytes). */
  bytesBeforeInteractive: 500_000,
  /** Game time-to-interactive-title ÷ empty Phaser page's first frame, CPU ×4 + slow 4G. */
  coldLoadRatio: 0.8,
  /** p95 frame time on the largest scenario's territory during thread animations, Canvas renderer. */
  frameP95Ms: 20,
  /** That p95 ÷ the empty Phaser page's p95, same renderer and run. */
  frameP95Ratio: 1.2,
  /** Heap after 50 restarts ÷ heap after 1. */
  heapRatio: 1.1,
  /** Random playthroughs per second of the largest bundled scenario. */
  playthroughsPerSecond: 5_000,
  /** Today's fast path ÷ the frozen v1 fast path, same v1 scenario, same run. */
  fastPathRatioToV1: 0.8,
  /** The default dilemma analysis of the largest scenario (1,000 sessions per policy, expert 200), CPU s. */
  analyseSeconds: 20,
  /** CPU time to the analysis's first figures (what the inspector shows first), ms. */
  analyseFirstFiguresMs: 2000,
  /** Validation of a generated 300-card scenario, ms (strictly below). */
  validate300Ms: 100,
  lighthousePerformance: 90,
  lighthouseAccessibility: 95,
  lighthouseBestPractices: 95,
} as const;

/** `value ≤ limit` (or `<` when strict); missing values fail. */
export function atMost(
  base: Omit<BudgetCheck, 'pass' | 'value'>,
  value: number | null | undefined,
  limit: number,
  strict = false,
): BudgetCheck {
  const v = value ?? null;
  const ok = v !== null && Number.isFinite(v) && (strict ? v < limit : v <= limit);
  return { ...base, value: v, pass: ok };
}

/** `value ≥ limit`; missing values fail. */
export function atLeast(
  base: Omit<BudgetCheck, 'pass' | 'value'>,
  value: number | null | undefined,
  limit: number,
): BudgetCheck {
  const v = value ?? null;
  return { ...base, value: v, pass: v !== null && Number.isFinite(v) && v >= limit };
}
