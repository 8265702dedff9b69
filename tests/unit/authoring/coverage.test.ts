import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../../src/core/scenario-index';
import { scenarioCoverage } from '../../../src/engine/authoring/coverage';
import type { Scenario } from '../../../src/scenario/format';
import { simulate } from '../../../src/scenario/play/simulate';

const scenario = JSON.parse(readFileSync('scenarios/premiers-pas.json', 'utf8')) as Scenario;

describe('inspector coverage', () => {
  it('sums random and principled runs: every ending listed, shares of the runs', () => {
    const coverage = scenarioCoverage(indexScenario(scenario), 200, 1);
    expect(coverage.runs).toBe(200);
    expect(Object.keys(coverage.endings).sort()).toEqual(scenario.endings.map((e) => e.id).sort());
    const sum = Object.values(coverage.endings).reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0.5);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    const random = simulate(indexScenario(scenario), { runs: 100, seed: 1, policy: 'random' });
    for (const id of coverage.neverDrawn) expect(random.neverDrawn).toContain(id);
  });

  it('flags rare endings and meters that reach their bounds', () => {
    const tight = structuredClone(scenario);
    const meter = tight.meters[0]!;
    meter.max = meter.initial;
    const coverage = scenarioCoverage(indexScenario(tight), 40, 3, 1.01);
    expect(coverage.metersAtBounds).toContainEqual({ id: meter.id, bound: 'max' });
    expect(coverage.rareEndings.sort()).toEqual(scenario.endings.map((e) => e.id).sort());
    const normal = scenarioCoverage(indexScenario(scenario), 40, 3, 0);
    expect(normal.rareEndings).toEqual([]);
  });
});
