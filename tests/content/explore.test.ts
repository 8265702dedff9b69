/**
 * Every bundled scenario validates with zero problems (errors and warnings) against the shared codex,
 * and explores with zero problems: every card and ending reached, no dead end, no endless session.
 * The state bound is lowered here to keep the test fast; the sampled sessions complete the coverage
 * (the CLI's default bound is larger).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exploreFailed } from '../../src/cli/verb-explore';
import { indexScenario } from '../../src/core/scenario-index';
import { explore } from '../../src/scenario/play/explore';
import { formatProblem, validateCodexText, validateScenarioText } from '../../src/scenario/validation';
import { bundledScenarios } from './bundled-scenarios';

const codexText = readFileSync('scenarios/codex.json', 'utf8');

describe('codex', () => {
  it('validates with zero problems', () => {
    const result = validateCodexText(codexText, 'codex.json');
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
  });
});

describe.each(bundledScenarios())('$file', ({ file, text }) => {
  const knownConcepts = (validateCodexText(codexText, 'codex.json').codex?.concepts ?? []).map((c) => c.id);

  it('validates with zero problems', () => {
    const result = validateScenarioText(text, file, { knownConcepts });
    expect(result.problems.map((p) => formatProblem(p))).toEqual([]);
  });

  it('explores with zero problems (bounded)', () => {
    const { scenario } = validateScenarioText(text, file, { knownConcepts });
    if (!scenario) throw new Error(`${file} does not load`);
    const report = explore(indexScenario(scenario), { maxStates: 4000, samples: 600 });
    expect({
      cards: report.unreachableCards,
      endings: report.unreachableEndings,
      deadEnds: report.deadEnds.examples,
      neverEnding: report.neverEnding.examples,
    }).toEqual({ cards: [], endings: [], deadEnds: [], neverEnding: [] });
    expect(exploreFailed(report)).toBe(false);
  }, 60_000);
});
