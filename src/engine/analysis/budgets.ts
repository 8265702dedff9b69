/**
 * The content budgets of issue #14 ("every scenario rewritten as honest dilemmas"), checked against
 * an analysis. A full scenario must meet them all; a short one (the event scenario, the tutorial: 12
 * minutes or less) the tell rate, the preview-greedy and the every-choice-costs budgets only.
 */
import type { AnalysisReport, BudgetId, BudgetResult } from './analysis-types';

/** The budgets a short scenario must meet. */
const SHORT: ReadonlySet<BudgetId> = new Set(['tell-rate', 'preview-greedy', 'every-choice-costs']);

/** A little slack for the comparisons of shares (floating point). */
const EPSILON = 1e-9;

/** Checks the budgets on a report whose figures are all known. */
export function checkBudgets(report: Omit<AnalysisReport, 'budgets' | 'budgetsPass'>): BudgetResult[] {
  const success = (policy: string): number =>
    report.policies.find((p) => p.policy === policy)?.success ?? Number.NaN;
  const random = success('random');
  const principled = success('principled');
  const expert = success('expert');
  const budget = (id: BudgetId, value: number, pass: boolean, against?: number): BudgetResult => ({
    id,
    applies: report.scenario.kind === 'full' || SHORT.has(id),
    pass,
    value,
    ...(against === undefined ? {} : { against }),
  });
  const greedy = success('preview-greedy');
  const contrary = (['top-down', 'call-for-projects', 'rushed'] as const).map((id) =>
    budget(id, success(id), success(id) >= 0.05 - EPSILON && success(id) <= 0.3 + EPSILON),
  );
  const { contextDependent, everyChoiceCosts, dominated, payoffs } = report;
  const onlyEndings = payoffs.flagsReadOnlyByEndings.length;
  return [
    budget('tell-rate', report.tell.rate, report.tell.rate <= 0.5 + EPSILON),
    budget('preview-greedy', greedy, greedy <= random + 0.1 + EPSILON, random),
    budget('expert', expert, expert >= 0.75 - EPSILON && expert >= principled + 0.1 - EPSILON, principled),
    budget('principled', principled, principled >= random + 0.25 - EPSILON, random),
    ...contrary,
    budget('context-dependent', contextDependent.share, contextDependent.share >= 0.3 - EPSILON),
    budget('every-choice-costs', everyChoiceCosts.share, everyChoiceCosts.share >= 0.4 - EPSILON),
    budget('dominated', dominated.share, dominated.share <= 0.1 + EPSILON),
    budget('delayed-payoffs', payoffs.count, payoffs.count >= 8 && onlyEndings === 0, onlyEndings),
  ];
}
