/**
 * The golden reports of the dilemma analysis (tests/fixtures/analyse-golden/): on frozen copies of every
 * bundled scenario, `analyse` gives exactly the report recorded before the analysis was made faster
 * (issue #12 E): the same seeds, the same draws, every figure equal to the last decimal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, GOLDEN_FILE, goldenReport } from '../../fixtures/analyse-golden/golden';

const golden = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8')) as Record<string, unknown>;

describe('the analysis gives the golden reports', () => {
  it('has a golden report for every case', () => {
    expect(Object.keys(golden).sort()).toEqual(GOLDEN_CASES.map((c) => c.name).sort());
  });

  it.each(GOLDEN_CASES)('$name', { timeout: 300_000 }, (golden_case) => {
    expect(goldenReport(golden_case)).toEqual(golden[golden_case.name]);
  });
});
