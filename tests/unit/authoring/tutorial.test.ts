/**
 * The tutorial cannot drift: its JSON blocks, applied in order to the file `scenario new` writes, give
 * a scenario that validates at every step, explores without problems and equals the committed result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exploreFailed } from '../../../src/cli/verb-explore';
import { indexScenario } from '../../../src/core/scenario-index';
import { starterScenario } from '../../../src/scenario/authoring/starter';
import type { Scenario } from '../../../src/scenario/format';
import { explore } from '../../../src/scenario/play/explore';
import { validateCodexText, validateScenarioText } from '../../../src/scenario/validation';
import { applyBlock, applyBlockToText, tutorialSteps } from './markdown-blocks';

const root = join(import.meta.dirname, '../../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const codex = validateCodexText(read('scenarios/codex.json'), 'codex.json').codex;
const knownConcepts = (codex?.concepts ?? []).map((c) => c.id);

const problemsOf = (scenario: unknown): string[] =>
  validateScenarioText(JSON.stringify(scenario, null, 2), 'tutorial.json', { knownConcepts }).problems.map(
    (p) => `${p.severity} ${p.path} ${p.code}`,
  );
const errorsOf = (scenario: unknown): string[] => problemsOf(scenario).filter((p) => p.startsWith('error'));

/** The scenario after each step of a tutorial, starting from the `new` starter. */
function followTutorial(markdown: string): { step: number; scenario: unknown }[] {
  const scenario: unknown = structuredClone(starterScenario('mon-territoire'));
  const steps = [...tutorialSteps(markdown)].sort((a, b) => a[0] - b[0]);
  return steps.map(([step, blocks]) => {
    for (const block of blocks) applyBlock(scenario, block);
    return { step, scenario: structuredClone(scenario) };
  });
}

function exploreClean(scenario: Scenario): string[] {
  const report = explore(indexScenario(scenario));
  const endings = scenario.endings.map((e) => e.id).filter((id) => !(id in report.endingsReached));
  return [
    ...(report.complete ? [] : ['incomplete exploration']),
    ...(exploreFailed(report) ? ['explore reports problems'] : []),
    ...endings.map((id) => `ending ${id} never reached`),
    ...report.untakenChoices.map((c) => `choice ${c} never available`),
  ];
}

const fixture = JSON.parse(read('tests/fixtures/tutorial/mon-territoire.json')) as Scenario;

describe.each(['docs/authoring/tutoriel.fr.md', 'docs/authoring/tutorial.en.md'])('%s', (file) => {
  const markdown = read(file);
  const states = followTutorial(markdown);

  it('numbers its steps 1, 2, 3… without a gap', () => {
    expect(states.map((s) => s.step)).toEqual(states.map((_, i) => i + 1));
    expect(states.length).toBeGreaterThanOrEqual(5);
  });

  it('leaves a scenario without any error after every step', () => {
    for (const { step, scenario } of states)
      expect({ step, errors: errorsOf(scenario) }).toEqual({ step, errors: [] });
  });

  it('ends on the committed result, which has no problem at all', () => {
    const last = states.at(-1)?.scenario;
    expect(last).toEqual(fixture);
    expect(problemsOf(last)).toEqual([]);
  });

  it('works as a person follows it: pasting into the text `new` wrote gives a valid file at every step', () => {
    // The text `scenario new mon-territoire` writes (src/cli/verb-new.ts).
    let text = `${JSON.stringify(starterScenario('mon-territoire'), null, 2)}\n`;
    for (const [step, blocks] of [...tutorialSteps(markdown)].sort((a, b) => a[0] - b[0])) {
      for (const block of blocks) text = applyBlockToText(text, block);
      const errors = validateScenarioText(text, 'mon-territoire.json', { knownConcepts })
        .problems.filter((p) => p.severity === 'error')
        .map((p) => `${p.line}:${p.column} ${p.path} ${p.code}`);
      expect({ step, errors }).toEqual({ step, errors: [] });
    }
    expect(JSON.parse(text)).toEqual(fixture);
  });

  it('tells the reader the commands and the file `new` writes', () => {
    expect(markdown).toContain('npm run scenario -- new mon-territoire');
    for (const verb of ['validate', 'simulate', 'explore'])
      expect(markdown).toContain(`npm run scenario -- ${verb} scenarios/mon-territoire.json`);
    expect(markdown).toContain('http://localhost:5173/?scenario=mon-territoire');
  });
});

describe('the scenarios written with the tutorial', () => {
  it('the tutorial result has 10 cards, 2 endings or more, and explores without problems', () => {
    expect(fixture.cards).toHaveLength(10);
    expect(fixture.endings.length).toBeGreaterThanOrEqual(2);
    expect(exploreClean(fixture)).toEqual([]);
  });

  it('the second scenario, written from the docs alone, validates and explores without problems', () => {
    const text = read('tests/fixtures/tutorial/second-scenario.json');
    const result = validateScenarioText(text, 'second-scenario.json', { knownConcepts });
    expect(result.problems.map((p) => `${p.path} ${p.code}`)).toEqual([]);
    const scenario = result.scenario as Scenario;
    expect(scenario.cards.length).toBeGreaterThanOrEqual(8);
    expect(scenario.cards.length).toBeLessThanOrEqual(10);
    expect(exploreClean(scenario)).toEqual([]);
  });

  it('a broken step is caught: a block naming a card that is not there fails', () => {
    const [first] = followTutorial(read('docs/authoring/tutoriel.fr.md'));
    const scenario = structuredClone(first?.scenario) as Scenario;
    scenario.phases[0]?.cards.push('carte-absente');
    expect(errorsOf(scenario).some((e) => e.includes('unknown-ref'))).toBe(true);
  });
});
