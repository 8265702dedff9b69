/**
 * Sessions for the debrief's tests: for every bundled scenario and the debrief fixtures, sessions that
 * reach each ending (a few each, found by the simulated players over many seeds), and sessions of the
 * random player over many seeds. Deterministic.
 */
import { readFileSync } from 'node:fs';
import type { GameState } from '../../../../src/core/game-state';
import { indexScenario, type ScenarioIndex } from '../../../../src/core/scenario-index';
import type { ViewContext } from '../../../../src/engine/build-view';
import {
  POSTURES,
  type Codex,
  type Concept,
  type Language,
  type Scenario,
} from '../../../../src/scenario/format';
import type { PolicyName } from '../../../../src/scenario/play/policy';
import { wordTable } from '../../../../src/scenario/play/reading-time';
import { defaultTurnLimit, playSession } from '../../../../src/scenario/play/simulate';
import { hunt } from './hunt';
import { bundledScenarios } from '../../../content/bundled-scenarios';

const codex = JSON.parse(readFileSync('scenarios/codex.json', 'utf8')) as Codex;
const concepts = new Map<string, Concept>(codex.concepts.map((c) => [c.id, c]));

/** The test fixtures the debrief is also told on (delayed consequences, voices, pronouns). */
export const FIXTURES = ['tests/fixtures/v2/dilemmes.json', 'tests/fixtures/debrief/recit.json'];

/** One ended session. */
export interface Sample {
  scenario: string;
  index: ScenarioIndex;
  state: GameState;
  seed: number;
  policy: PolicyName;
  ctx: (lang: Language) => ViewContext;
}

/** A scenario's samples and the endings no simulated player reached. */
export interface ScenarioSamples {
  id: string;
  index: ScenarioIndex;
  samples: Sample[];
  unreached: string[];
}

const POLICIES: readonly PolicyName[] = ['random', 'principled', ...POSTURES];

/** Samples of one scenario: up to `perEnding` sessions per ending, plus `randomSeeds` random sessions. */
export function sampleScenario(
  scenario: Scenario,
  perEnding = 2,
  randomSeeds = 10,
  budget = 400,
): ScenarioSamples {
  const index = indexScenario(scenario);
  const limit = defaultTurnLimit(index);
  const ctx = (lang: Language): ViewContext => ({ index, lang, concepts });
  const byEnding = new Map<string, Sample[]>(scenario.endings.map((e) => [e.id, []]));
  const samples: Sample[] = [];
  const words = wordTable(index.phases, scenario.cards);
  const take = (seed: number, policy: PolicyName): Sample | null => {
    const { state, outcome } = playSession(index, seed, policy, limit, words);
    return outcome === 'ended' ? { scenario: scenario.meta.id, index, state, seed, policy, ctx } : null;
  };
  for (let seed = 1; seed <= randomSeeds; seed++) {
    const sample = take(seed, 'random');
    if (sample) samples.push(sample);
  }
  for (let n = 0; n < budget; n++) {
    if ([...byEnding.values()].every((list) => list.length >= perEnding)) break;
    const policy = POLICIES[n % POLICIES.length] ?? 'random';
    const sample = take(1000 + n, policy);
    const list = sample?.state.ending ? byEnding.get(sample.state.ending) : undefined;
    if (sample && list && list.length < perEnding) {
      list.push(sample);
      samples.push(sample);
    }
  }
  // The endings no player reached yet: hunted by a player that heads for them.
  for (const [ending, list] of byEnding)
    for (let seed = 1; seed <= 25 && list.length === 0; seed++) {
      const state = hunt(index, ending, seed, limit);
      if (state.ending === ending) {
        const sample: Sample = { scenario: scenario.meta.id, index, state, seed, policy: 'random', ctx };
        list.push(sample);
        samples.push(sample);
      }
    }
  const unreached = [...byEnding].filter(([, list]) => list.length === 0).map(([id]) => id);
  return { id: scenario.meta.id, index, samples, unreached };
}

let cache: ScenarioSamples[] | null = null;

/** Samples of every bundled scenario and of the fixtures (computed once per test file). */
export function allSamples(): ScenarioSamples[] {
  cache ??= [
    ...bundledScenarios().map(({ scenario }) => sampleScenario(scenario)),
    ...FIXTURES.map((file) => sampleScenario(JSON.parse(readFileSync(file, 'utf8')) as Scenario)),
  ];
  return cache;
}
