/**
 * Pedagogy, encoded and tested: 1,000 seeded sessions per policy and per scenario (the four played
 * scenarios; the three-card premiers-pas is a tutorial and is left out). A player who follows the
 * principles (posture tags) must reach success endings markedly more often than players who do not,
 * and those must still succeed sometimes (no strawman).
 *
 * Session length assumption (also in docs/pedagogy.md): one turn (card read, choice, feedback) takes
 * about 1.2 minutes of solo play, the figure the scenario writers used for `meta.durationMinutes`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { indexScenario } from '../../src/core/scenario-index';
import type { PolicyName } from '../../src/scenario/play/policy';
import { defaultTurnLimit, playSession } from '../../src/scenario/play/simulate';
import { wordTable } from '../../src/scenario/play/reading-time';
import { bundledScenarios } from './bundled-scenarios';

const RUNS = 1000;
const SEED = 1;
const MINUTES_PER_TURN = 1.2;
const DURATION_TOLERANCE = 0.3;
const CONTRARY: readonly PolicyName[] = ['top-down', 'call-for-projects', 'rushed'];
const POLICIES: readonly PolicyName[] = ['principled', ...CONTRARY, 'random'];

interface PolicyFigures {
  successRate: number;
  endings: Map<string, number>;
  meanTurns: number;
}

const played = bundledScenarios().filter(({ file }) => !file.endsWith('premiers-pas.json'));

describe.each(played)('$file', ({ scenario }) => {
  const index = indexScenario(scenario);
  const success = new Set(scenario.endings.filter((e) => e.kind === 'success').map((e) => e.id));
  const figures = new Map<PolicyName, PolicyFigures>();

  beforeAll(() => {
    const limit = defaultTurnLimit(index);
    const words = wordTable(index.phases, index.scenario.cards);
    for (const policy of POLICIES) {
      const endings = new Map<string, number>();
      let successes = 0;
      let turns = 0;
      for (let run = 0; run < RUNS; run++) {
        const { state, outcome } = playSession(index, SEED + run, policy, limit, words);
        if (outcome !== 'ended') throw new Error(`${policy} run ${run}: ${outcome}`);
        const ending = state.ending ?? '';
        endings.set(ending, (endings.get(ending) ?? 0) + 1);
        if (success.has(ending)) successes++;
        turns += state.turn;
      }
      figures.set(policy, { successRate: successes / RUNS, endings, meanTurns: turns / RUNS });
    }
  }, 120_000);

  const get = (policy: PolicyName): PolicyFigures => {
    const found = figures.get(policy);
    if (!found) throw new Error(`no figures for ${policy}`);
    return found;
  };

  it('rewards the principles: principled success rate at least twice each contrary policy’s', () => {
    const principled = get('principled').successRate;
    for (const policy of CONTRARY) {
      expect(principled, `principled vs ${policy}`).toBeGreaterThanOrEqual(2 * get(policy).successRate);
    }
  });

  it('is no strawman: every contrary policy still succeeds sometimes', () => {
    for (const policy of CONTRARY) expect(get(policy).successRate, policy).toBeGreaterThan(0);
  });

  it('reaches every ending under some policy', () => {
    const reached = new Set([...figures.values()].flatMap((f) => [...f.endings.keys()]));
    expect(scenario.endings.map((e) => e.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it(`keeps random sessions within the declared duration (${MINUTES_PER_TURN} min a turn, ±30 %)`, () => {
    const minutes = get('random').meanTurns * MINUTES_PER_TURN;
    const declared = scenario.meta.durationMinutes;
    expect(minutes).toBeGreaterThanOrEqual(declared * (1 - DURATION_TOLERANCE));
    expect(minutes).toBeLessThanOrEqual(declared * (1 + DURATION_TOLERANCE));
  });
});
