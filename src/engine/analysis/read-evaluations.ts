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

/** The choice with the best mean value in an evaluation (the first met on a tie). */
function topChoice(evaluation: Evaluation): { id: string; values: readonly number[] } | null {
  let top: { id: string; values: readonly number[]; value: number } | null = null;
  for (const [id, values] of evaluation.values) {
    const value = mean(values);
    if (!top || value > top.value) top = { id, values, value };
  }
  return top;
}

/** Whether choice `x` is better than choice `y` beyond the noise margin in an evaluation. */
function beats(evaluation: Evaluation, x: string, y: string): boolean {
  const a = evaluation.values.get(x);
  const b = evaluation.values.get(y);
  return !!a && !!b && mean(a) - mean(b) > margin(a, b);
}

/** Two states of a card where different choices are best, each clearly better than the other's best. */
export interface Reversal {
  first: Evaluation;
  second: Evaluation;
  /** The best choice in `first`, clearly better there than `y`. */
  x: string;
  /** The best choice in `second`, clearly better there than `x`. */
  y: string;
}

/** The reversals of one card's evaluations, the clearest first (by the smaller of the two gaps). */
export function reversals(list: readonly Evaluation[]): Reversal[] {
  const tops = list.map((evaluation) => ({ evaluation, top: topChoice(evaluation)?.id ?? null }));
  const found: { reversal: Reversal; gap: number }[] = [];
  for (const a of tops)
    for (const b of tops) {
      if (a.top === null || b.top === null || a.top === b.top) continue;
      if (!beats(a.evaluation, a.top, b.top) || !beats(b.evaluation, b.top, a.top)) continue;
      const gap = Math.min(gapOf(a.evaluation, a.top, b.top), gapOf(b.evaluation, b.top, a.top));
      found.push({ reversal: { first: a.evaluation, second: b.evaluation, x: a.top, y: b.top }, gap });
    }
  return found.sort((p, q) => q.gap - p.gap).map((f) => f.reversal);
}

/** How much choice `x` is worth more than `y` in an evaluation. */
function gapOf(evaluation: Evaluation, x: string, y: string): number {
  return mean(evaluation.values.get(x) ?? []) - mean(evaluation.values.get(y) ?? []);
}

/**
 * Weighs two states again with independent futures: whether the reversal holds (x still clearly better
 * than y in the first state, y still clearly better than x in the second).
 */
export type Confirm = (reversal: Reversal) => boolean;

/** A reversal confirmed by independent futures (`confirm`) when one is given. */
export function confirmed(reversal: Reversal, again: (e: Evaluation) => Evaluation): boolean {
  return beats(again(reversal.first), reversal.x, reversal.y) && beats(again(reversal.second), reversal.y, reversal.x);
}

/**
 * The context-dependent cards: two states where the best choices differ, each one better than the
 * other's best beyond the noise margin (x best in state A and clearly better there than y; y best in
 * state B and clearly better there than x). Among many states some reversals are luck: with `confirm`,
 * the clearest reversals of a card (at most `tries`) are weighed again with independent futures, and the
 * card counts only when one holds again.
 */
export function contextDependence(
  evaluations: readonly Evaluation[],
  scenario: Scenario,
  confirm?: Confirm,
  tries = 4,
): ContextDependence {
  const byCard = new Map<string, Evaluation[]>();
  for (const evaluation of evaluations) {
    const list = byCard.get(evaluation.card) ?? [];
    list.push(evaluation);
    byCard.set(evaluation.card, list);
  }
  const dependent = new Set<string>();
  const apparent = new Set<string>();
  for (const [card, list] of byCard) {
    const found = reversals(list);
    if (found.length === 0) continue;
    apparent.add(card);
    if (!confirm || found.slice(0, tries).some(confirm)) dependent.add(card);
  }
  const inOrder = (set: Set<string>): string[] => scenario.cards.map((c) => c.id).filter((id) => set.has(id));
  const cards = inOrder(dependent);
  return {
    evaluatedInSeveralStates: [...byCard.values()].filter((list) => list.length >= 2).length,
    unconfirmed: inOrder(apparent).filter((id) => !dependent.has(id)),
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
