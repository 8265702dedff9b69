/**
 * The honest-dilemma budgets of issue #14, held over every bundled scenario by the same analysis authors
 * run (`npm run scenario -- analyse <file>`, default options: 1,000 sessions per policy, 200 for the
 * expert, seed 1), so a later edit cannot silently undo them. A full scenario meets every budget; a short
 * one (the event scenario) the tell rate, preview-greedy and every-choice-costs budgets. The tutorial is
 * exempt: it teaches the controls, not judgement.
 *
 * A scenario still waiting for its rewrite is listed in NOT_YET_REWRITTEN with what is left; a scenario on
 * it must not already pass (so the list cannot silently outlive the work), and a new scenario is held to
 * the budgets from its first commit.
 *
 * The analysis takes about two minutes over every scenario, so the scenarios are split between two test
 * files (dilemma-budgets-a/-b.test.ts) that Vitest runs on two workers at once.
 */
import { describe, expect, it } from 'vitest';
import { openScenario } from '../../src/engine/api';
import { analyse } from '../../src/engine/analysis/analyse';
import { bundledScenarios } from './bundled-scenarios';

/** Teaches the controls in three cards: no dilemma budget applies. */
const TUTORIALS: ReadonlySet<string> = new Set(['premiers-pas']);

/** Scenarios whose rewrite as honest dilemmas (issue #14) is under way, with what is left. */
const NOT_YET_REWRITTEN: ReadonlyMap<string, string> = new Map([
  [
    'quartier-generateur',
    'v7: context-dependent 27.3 % at default options, seed 1 (18 of 66; budget 30 %), 19.7 % and 24.2 % at ' +
      'seeds 2 and 3 (13 and 16 of 66; 15 of 66 at seeds 4 and 5): with v6 it was 14/18/15/17/15 of 66 at seeds 1-5, ' +
      'so the mean has not moved. Which cards count changes with every edit (the expert\'s path moves); the ones ' +
      'that hold in every seed are those where an ending flag or a binding budget flips with a condition met in ' +
      'about half of the expert\'s own states. Every other budget met (rushed 6.9 %, top-down 6.4 %, ' +
      'preview-greedy 18.0 % against random 8.7 % + 10)',
  ],
]);

/** The scenarios held to the budgets: every bundled one but the tutorial. */
const scenarios = bundledScenarios().filter(({ scenario }) => !TUTORIALS.has(scenario.meta.id));

/** Declares the budget test of one half of the scenarios (alternating in file order). */
export function describeBudgets(half: 0 | 1): void {
  describe.each(scenarios.filter((_, index) => index % 2 === half))('$file', ({ file, text, scenario }) => {
    it(
      NOT_YET_REWRITTEN.has(scenario.meta.id)
        ? 'is listed as not yet rewritten, and does not pass every budget yet'
        : 'meets every budget of an honest-dilemma scenario',
      { timeout: 300_000 },
      () => {
        const opened = openScenario(text, { file });
        if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('\n'));
        const report = analyse(opened.loaded);
        const failed = report.budgets
          .filter((budget) => budget.applies && !budget.pass)
          .map(
            (budget) =>
              `${budget.id}: ${budget.value}${budget.against === undefined ? '' : ` vs ${budget.against}`}`,
          );
        if (NOT_YET_REWRITTEN.has(scenario.meta.id)) expect(failed.length).toBeGreaterThan(0);
        else expect(failed).toEqual([]);
      },
    );
  });
}
