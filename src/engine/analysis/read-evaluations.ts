/**
 * What the expert's evaluations say about the cards: which ones have a best choice that changes with
 * the state they are drawn in (context-dependent), and which choices are never worth taking
 * (dominated). Two choices are told apart only beyond a noise margin: the difference of their mean
 * values must exceed both 0.05 and 1.96 standard errors of the paired differences of their futures
 * (the same K futures, seeded alike, for every choice of a state).
 */
import type { Scenario } from '../../scenario/format';
import type { ContextDependence, Dominated } from './analysis-types';
import { mean, type Evaluation } from './expert';

/** The smallest difference of value the analysis reads as real. */
export const MIN_MARGIN = 0.05;

/** The noise margin between two choices' futures (paired by seed). */
export function margin(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n < 2) return Infinity;
  const diffs = Array.from({ length: n }, (_, k) => (a[k] ?? 0) - (b[k] ?? 0));
  const m = mean(diffs);
  const variance = diffs.reduce((sum, d) => sum + (d - m) ** 2, 0) / (n - 1);
  return Math.max(MIN_MARGIN, 1.96 * Math.sqrt(variance / n));
}

/** The choice clearly best in an evaluation (better than every other beyond the margin), or null. */
export function clearBest(evaluation: Evaluation): string | null {
  const entries = [...evaluation.values.entries()];
  const ranked = entries.map(([id, values]) => ({ id, values, value: mean(values) }));
  ranked.sort((x, y) => y.value - x.value);
  const [best, ...others] = ranked;
  if (!best || others.length === 0) return null;
  for (const other of others) if (best.value - other.value <= margin(best.values, other.values)) return null;
  return best.id;
}

/** Whether a choice is best, or within the noise margin of the best, in an evaluation. */
function nearBest(evaluation: Evaluation, choice: string): boolean {
  const mine = evaluation.values.get(choice);
  if (!mine) return false;
  for (const [id, values] of evaluation.values) {
    if (id === choice) continue;
    if (mean(values) - mean(mine) > margin(values, mine)) return false;
  }
  return true;
}

/** The context-dependent cards: two states where different choices are clearly best. */
export function contextDependence(evaluations: readonly Evaluation[], scenario: Scenario): ContextDependence {
  const states = new Map<string, number>();
  const bests = new Map<string, Set<string>>();
  for (const evaluation of evaluations) {
    states.set(evaluation.card, (states.get(evaluation.card) ?? 0) + 1);
    const best = clearBest(evaluation);
    if (best === null) continue;
    const set = bests.get(evaluation.card) ?? new Set<string>();
    set.add(best);
    bests.set(evaluation.card, set);
  }
  const cards = scenario.cards.map((c) => c.id).filter((id) => (bests.get(id)?.size ?? 0) >= 2);
  return {
    evaluatedInSeveralStates: [...states.values()].filter((n) => n >= 2).length,
    cards,
    share: scenario.cards.length === 0 ? 0 : cards.length / scenario.cards.length,
  };
}

/** The dominated choices: never best nor within the margin of best where they were evaluated. */
export function dominatedChoices(evaluations: readonly Evaluation[], scenario: Scenario): Dominated {
  const seen = new Set<string>();
  const useful = new Set<string>();
  for (const evaluation of evaluations)
    for (const choice of evaluation.values.keys()) {
      const key = `${evaluation.card}/${choice}`;
      seen.add(key);
      if (nearBest(evaluation, choice)) useful.add(key);
    }
  const order = scenario.cards.flatMap((card) => card.choices.map((choice) => `${card.id}/${choice.id}`));
  const choices = order.filter((key) => seen.has(key) && !useful.has(key));
  return { evaluated: seen.size, choices, share: seen.size === 0 ? 0 : choices.length / seen.size };
}
