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
const NOT_YET_REWRITTEN: ReadonlyMap<string, string> = new Map<string, string>([]);

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
