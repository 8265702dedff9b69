/** The dilemma analysis (src/engine/analysis): its figures, its reading of the expert, its budgets, its CLI. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, ANALYSIS_POLICIES } from '../../../src/engine/analysis/analyse';
import type { AnalysisReport } from '../../../src/engine/analysis/analysis-types';
import { checkBudgets } from '../../../src/engine/analysis/budgets';
import type { Evaluation } from '../../../src/engine/analysis/expert';
import { flagsReadByCards, flagsReadOnlyByEndings } from '../../../src/engine/analysis/payoffs';
import {
  confirmed,
  clearBest,
  contextDependence,
  dominatedChoices,
  margin,
} from '../../../src/engine/analysis/read-evaluations';
import { analysisText, DEFINITIONS } from '../../../src/engine/analysis/report-text';
import { everyChoiceCosts } from '../../../src/engine/analysis/static-costs';
import { visibleGain } from '../../../src/engine/analysis/visible-gain';
import { loadScenario, openScenario, Session, type LoadedScenario } from '../../../src/engine/api';
import { card, tinyScenario } from '../../fixtures/tiny-scenario';
import { runCli } from '../helpers/run-cli';

const FIXTURE = 'tests/fixtures/v2/dilemmes.json';

function fixture(): LoadedScenario {
  const result = openScenario(readFileSync(FIXTURE, 'utf8'));
  if (!result.ok) throw new Error('fixture does not open');
  return result.loaded;
}

/** A state for hand-made evaluations: read only to weigh it again, which these tests do by hand. */
const SOME_STATE = Session.start(fixture(), { seed: 1 }).snapshot();

const evaluation = (card: string, values: Record<string, number[]>): Evaluation => ({
  card,
  state: SOME_STATE,
  values: new Map(Object.entries(values)),
});

describe('the figures of the analysis', () => {
  it('reads the visible gain of a choice as the player sees it: effects and outcome, no risk, no delay', () => {
    const session = Session.start(fixture(), { seed: 5 });
    session.continue();
    expect(session.card()?.id).toBe('reunion');
    // Accepting the meeting: +4 for the mayor, then the outcome (residents' trust is low): −4 and −3.
    expect(visibleGain(session, 'reunion')).toBe(-3);
    // Door to door: +2 and −2 now; the cost in time and the residents who come back later do not count.
    expect(visibleGain(session, 'porte-a-porte')).toBe(0);
  });

  it('counts the tell rate: the principled answer is always the biggest visible gain in the tiny scenario', () => {
    const report = analyse(loadScenario(tinyScenario()), { runs: 40, expertRuns: 10, rollouts: 4 });
    expect(report.tell.decisions).toBeGreaterThan(40);
    expect(report.tell.rate).toBe(1);
    expect(report.policies.map((p) => p.policy)).toEqual([...ANALYSIS_POLICIES]);
    expect(report.everyChoiceCosts.share).toBe(0);
  });

  it('finds the cards where every choice costs, statically', () => {
    const priced = card('c1', {
      choices: [
        { ...card('c1').choices[1]! },
        {
          ...card('c1').choices[0]!,
          effects: [{ type: 'meter', meter: 'cooperation', delta: 5 }],
          risks: [
            {
              chance: 0.5,
              label: { fr: 'r' },
              effects: [{ type: 'link', from: 'maire', to: 'hab', delta: -1 }],
            },
          ],
        },
      ],
    });
    const costs = everyChoiceCosts(tinyScenario({ cards: [priced, card('c2'), card('c3')] }));
    expect(costs.cards).toEqual(['c1']);
    expect(costs.share).toBeCloseTo(1 / 3);
  });

  it('tells choices apart only beyond the noise margin of their paired futures', () => {
    expect(margin([1, 1, 1, 1], [0, 0, 0, 0])).toBe(0.05);
    expect(margin([1, 0, 1, 0], [0, 1, 0, 1])).toBeGreaterThan(1);
    expect(clearBest(evaluation('x', { a: [1, 1, 1, 1], b: [0, 0, 0, 0] }))).toBe('a');
    expect(clearBest(evaluation('x', { a: [1, 0, 1, 0], b: [0, 1, 0, 1] }))).toBeNull();
    const cards = tinyScenario().cards;
    const evaluations = [
      evaluation('c1', { a: [1, 1, 1, 1], b: [0, 0, 0, 0] }),
      evaluation('c1', { a: [0, 0, 0, 0], b: [1, 1, 1, 1] }),
      evaluation('c2', { a: [1, 1, 1, 1], b: [0, 0, 0, 0] }),
      evaluation('c2', { a: [1, 1, 1, 1], b: [0.98, 0.98, 0.98, 0.98] }),
    ];
    const scenario = tinyScenario({ cards });
    expect(contextDependence(evaluations, scenario)).toEqual({
      evaluatedInSeveralStates: 2,
      unconfirmed: [],
      cards: ['c1'],
      share: 1 / 3,
    });
    // The best choice changes, each clearly better than the other's best, even with a third choice near
    // the best (c3: a best in one state, b in the other, c never clearly beaten by them).
    const third = [
      evaluation('c3', { a: [1, 1, 1, 1], b: [0, 0, 0, 0], c: [1, 1, 0.9, 1] }),
      evaluation('c3', { a: [0, 0, 0, 0], b: [1, 1, 1, 1], c: [1, 1, 0.9, 1] }),
    ];
    expect(contextDependence(third, scenario).cards).toEqual(['c3']);
    // A reversal that does not hold when weighed again (a confirmation that swaps nothing) is luck.
    expect(contextDependence(evaluations, scenario, () => false)).toMatchObject({
      cards: [],
      unconfirmed: ['c1'],
    });
    expect(
      contextDependence(evaluations, scenario, (r) => confirmed(r, (e) => e)).cards,
    ).toEqual(['c1']);
    // c2/b is near the best once (within 0.05): not dominated; no choice of c1 is dominated either.
    expect(dominatedChoices(evaluations, scenario)).toEqual({ evaluated: 4, choices: [], share: 0 });
    expect(dominatedChoices(evaluations.slice(2, 3), scenario).choices).toEqual(['c2/b']);
  });

  it('lists the flags read only by endings', () => {
    const scenario = tinyScenario({
      cards: [card('c1', { when: { flag: 'lu' } }), card('c2'), card('c3')],
      endings: [
        ...tinyScenario().endings.slice(0, 2),
        {
          id: 'fin',
          kind: 'partial',
          at: 'end',
          when: { flag: 'seulement-fin' },
          title: { fr: 'f' },
          text: { fr: 't' },
        },
        { id: 'meh', kind: 'partial', at: 'end', title: { fr: 'm' }, text: { fr: 'm' } },
      ],
    });
    expect(flagsReadOnlyByEndings(scenario, flagsReadByCards(scenario))).toEqual(['seulement-fin']);
  });

  it('is deterministic, and the expert does better than chance on the fixture', () => {
    const options = { runs: 60, expertRuns: 20, rollouts: 4, seed: 3 };
    const first = analyse(fixture(), options);
    expect(analyse(fixture(), options)).toEqual(first);
    const success = (policy: string): number => first.policies.find((p) => p.policy === policy)?.success ?? 0;
    expect(success('expert')).toBeGreaterThan(success('random'));
    for (const policy of first.policies) {
      const total = Object.values(policy.endings).reduce((sum, share) => sum + share, 0);
      expect(total).toBeCloseTo(1);
    }
  });
});

describe('the budgets of issue #14', () => {
  const report = (
    kind: 'full' | 'short',
    success: Record<string, number>,
  ): Omit<AnalysisReport, 'budgets' | 'budgetsPass'> => ({
    scenario: { id: 's', title: 's', cards: 10, choices: 30, kind },
    settings: { runs: 1, expertRuns: 1, rollouts: 2, seed: 1 },
    policies: Object.entries(success).map(([policy, value]) => ({
      policy: policy as never,
      runs: 1,
      success: value,
      kinds: { success: value, partial: 0, failure: 1 - value },
      endings: {},
      meanTurns: 1,
    })),
    tell: { decisions: 10, principledArgmax: 4, rate: 0.4 },
    contextDependent: { evaluatedInSeveralStates: 5, unconfirmed: [], cards: ['a', 'b', 'c'], share: 0.3 },
    everyChoiceCosts: { cards: [], share: 0.5 },
    dominated: { evaluated: 30, choices: ['x'], share: 1 / 30 },
    payoffs: { delayed: [], flags: [], count: 8, flagsReadOnlyByEndings: [] },
  });
  const honest = {
    random: 0.3,
    principled: 0.6,
    'preview-greedy': 0.35,
    expert: 0.8,
    'top-down': 0.1,
    'call-for-projects': 0.05,
    rushed: 0.3,
  };

  it('passes a scenario that meets every budget, at the limits included', () => {
    const budgets = checkBudgets(report('full', honest));
    expect(budgets.filter((b) => !b.pass).map((b) => b.id)).toEqual([]);
    expect(budgets).toHaveLength(11);
  });

  it('fails what breaks a budget, and applies only three budgets to a short scenario', () => {
    const failing = { ...honest, 'preview-greedy': 0.45, expert: 0.65, rushed: 0.31 };
    const failed = checkBudgets(report('full', failing)).filter((b) => !b.pass);
    expect(failed.map((b) => b.id)).toEqual(['preview-greedy', 'expert', 'rushed']);
    const short = checkBudgets(report('short', failing));
    expect(short.filter((b) => b.applies).map((b) => b.id)).toEqual([
      'tell-rate',
      'preview-greedy',
      'every-choice-costs',
    ]);
  });
});

describe('the report', () => {
  it('is printed in French and in English with its definitions, and by the CLI with --json and --strict', () => {
    const report = analyse(fixture(), { runs: 20, expertRuns: 5, rollouts: 2 });
    const fr = analysisText(report, 'fr', 1.5).join('\n');
    expect(fr).toContain('Analyse des dilemmes — Dilemmes au bourg (dilemmes)');
    expect(fr).toContain('durée : 1,5 s');
    expect(fr).toMatch(/FAIL {2}tell-rate {11}\d+,\d %/);
    for (const definition of DEFINITIONS.fr) expect(fr).toContain(definition);
    const en = analysisText(report, 'en').join('\n');
    for (const definition of DEFINITIONS.en) expect(en).toContain(definition);
    const json = runCli(
      'analyse',
      FIXTURE,
      '--json',
      '--runs',
      '20',
      '--expert-runs',
      '5',
      '--rollouts',
      '2',
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).policies).toHaveLength(ANALYSIS_POLICIES.length);
    const strict = runCli(
      'analyse',
      FIXTURE,
      '--strict',
      '--runs',
      '20',
      '--expert-runs',
      '5',
      '--rollouts',
      '2',
    );
    expect(strict.code).toBe(1);
  });

  it('gives its definitions in the authoring docs, word for word', () => {
    const fr = readFileSync('docs/authoring/analyse.fr.md', 'utf8');
    const en = readFileSync('docs/authoring/analyse.en.md', 'utf8');
    for (const definition of DEFINITIONS.fr) expect(fr).toContain(definition);
    for (const definition of DEFINITIONS.en) expect(en).toContain(definition);
  });
});
