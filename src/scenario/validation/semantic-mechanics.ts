/**
 * Semantic checks of the mechanics of format 2: outcomes and risks in a sensible order, a feedback for
 * every way a choice can land, delayed consequences that can land, conditions that can hold, ceilings
 * that make sense.
 */
import type { Choice, Scenario } from '../format';
import { neverHolds } from './semantic-endings';
import { forEachCondition, forEachEffect, type SemanticIssue } from './semantic-refs';

/** Where a condition that can never hold is an error: a rule that could never apply is a mistake. */
const NEVER_IS_ERROR = /\/(drift\/\d+|effects\/\d+)\/when$/;

/** A generous bound on a session's length: every phase to its limit, plus every card once as a chain. */
export function longestSession(scenario: Scenario): number {
  return scenario.phases.reduce((sum, phase) => sum + phase.maxTurns, 0) + scenario.cards.length;
}

/** Checks one choice's outcomes, risks and feedback. */
function checkChoice(choice: Choice, at: string, issues: SemanticIssue[]): void {
  const error = (code: string, path: string, params: SemanticIssue['params'] = {}): void => {
    issues.push({ code, path, params, severity: 'error' });
  };
  const outcomes = choice.outcomes ?? [];
  outcomes.forEach((outcome, k) => {
    if (outcome.when === undefined && k < outcomes.length - 1)
      error('otherwise-not-last', `${at}/outcomes/${k}`, { list: 'outcomes' });
  });
  const risks = choice.risks ?? [];
  risks.forEach((risk, k) => {
    if (risk.when === undefined && k < risks.length - 1)
      error('otherwise-not-last', `${at}/risks/${k}`, { list: 'risks' });
  });
  const last = outcomes[outcomes.length - 1];
  const alwaysTold = last !== undefined && last.when === undefined && outcomes.every((o) => o.feedback);
  if (choice.feedback === undefined && !alwaysTold) error('feedback-missing', at, { id: choice.id });
}

/** Checks outcomes, risks, delayed consequences, conditions that can never hold, and ceilings. */
export function checkMechanics(scenario: Scenario): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const longest = longestSession(scenario);
  scenario.cards.forEach((card, i) =>
    card.choices.forEach((choice, j) => checkChoice(choice, `/cards/${i}/choices/${j}`, issues)),
  );
  forEachEffect(scenario, (effect, path) => {
    if (effect.type !== 'delayed') return;
    if (effect.afterTurns === undefined && effect.when === undefined)
      issues.push({ code: 'delayed-no-trigger', path, params: {}, severity: 'error' });
    if (effect.afterTurns !== undefined && effect.afterTurns >= longest)
      issues.push({
        code: 'delayed-too-late',
        path: `${path}/afterTurns`,
        params: { after: effect.afterTurns, longest },
        severity: 'error',
      });
    if (effect.within !== undefined && effect.afterTurns !== undefined && effect.within < effect.afterTurns)
      issues.push({
        code: 'delayed-lapses-first',
        path: `${path}/within`,
        params: { within: effect.within, after: effect.afterTurns },
        severity: 'error',
      });
  });
  // Only the outermost condition of each place: a nested one is read with its context. Endings are
  // checked apart (semantic-endings.ts: `ending-never`).
  forEachCondition(scenario, (condition, path) => {
    if (/\/(all|any)\/\d+$|\/not$/.test(path) || path.startsWith('/endings/')) return;
    if (!neverHolds(condition, scenario)) return;
    const error = NEVER_IS_ERROR.test(path);
    issues.push({
      code: error ? 'condition-never-rule' : 'condition-never',
      path,
      params: {},
      severity: error ? 'error' : 'warning',
    });
  });
  scenario.meters.forEach((meter, i) => {
    if (meter.ceiling?.lowestOf.includes(meter.id))
      issues.push({
        code: 'ceiling-self',
        path: `/meters/${i}/ceiling`,
        params: { id: meter.id },
        severity: 'warning',
      });
  });
  return issues;
}
