import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../../src/scenario/format';
import { validateScenarioText } from '../../../src/scenario/validation';
import { closedChains } from '../../../src/scenario/validation/semantic-flow';
import { neverHolds } from '../../../src/scenario/validation/semantic-endings';
import { chainScenario, chainScenarioText } from '../../fixtures/chain-scenario';

const base = readFileSync(join(import.meta.dirname, '../../../scenarios/premiers-pas.json'), 'utf8');
const scenario = JSON.parse(base) as Scenario;

/** premiers-pas with its first ending's condition replaced. */
function withEnding(when: unknown): string {
  const copy = JSON.parse(base) as { endings: { when?: unknown }[] };
  copy.endings[0]!.when = when;
  return JSON.stringify(copy, null, 2);
}

describe('flow checks', () => {
  // No timed assertion here (speed figures live in `npm run bench`): the quadratic check this replaced
  // took about 45 s on 16,000 cards, so on 50,000 it would take several minutes and blow the test's
  // 20 s timeout, while the linear one takes well under a second even on a loaded machine.
  it('finds chains with no way out in linear time (50,000 chained cards)', { timeout: 20_000 }, () => {
    const long = chainScenario(50_000);
    expect(closedChains(long).size).toBe(0);
    // The same chain with its last card pointing back to the first: every card is trapped.
    const last = long.cards.at(-1)!;
    last.choices = last.choices.map((choice) => ({ ...choice, next: 'c0' }));
    expect(closedChains(long).size).toBe(50_000);
  });

  it('validates the 5 MB chain file (it took 45 s)', { timeout: 30_000 }, () => {
    const text = chainScenarioText(16_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = validateScenarioText(text, 'chaine.json', { lang: 'fr' });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('warns about an ending whose condition can never hold, and only then', () => {
    const warned = (when: unknown): string[] =>
      validateScenarioText(withEnding(when), 'x.json', { lang: 'en' })
        .problems.filter((p) => p.code === 'ending-never')
        .map((p) => `${p.severity} ${p.path} ${p.message}`);
    expect(warned({ meter: 'cooperation', atLeast: 1000 })).toEqual([
      'warning /endings/0/when The ending "halle-partagee" can never happen: its condition can never hold (a value asked beyond its meter\'s bounds, an empty range, or a flag both set and unset).',
    ]);
    expect(warned({ all: [{ flag: 'besoins-reperes' }, { not: { flag: 'besoins-reperes' } }] })).toHaveLength(
      1,
    );
    expect(warned({ meter: 'cooperation', atLeast: 60, atMost: 40 })).toHaveLength(1);
    expect(warned({ any: [{ meter: 'cooperation', atLeast: 1000 }, { flag: 'besoins-reperes' }] })).toEqual(
      [],
    );
    expect(warned({ meter: 'cooperation', atLeast: 100 })).toEqual([]);
    expect(warned({ not: { meter: 'cooperation', atLeast: 0 } })).toHaveLength(1);
    expect(
      warned({ not: { all: [{ flag: 'besoins-reperes' }, { not: { flag: 'besoins-reperes' } }] } }),
    ).toEqual([]);
    const fr = validateScenarioText(withEnding({ meter: 'cooperation', atLeast: 1000 }), 'x.json', {
      lang: 'fr',
    });
    expect(fr.problems.find((p) => p.code === 'ending-never')?.message).toContain('ne peut jamais arriver');
    // A warning: the scenario still plays.
    expect(fr.scenario).toBeDefined();
  });

  it('takes a condition too large to expand as possible', () => {
    const many = {
      all: Array.from({ length: 20 }, (_, i) => ({ any: [{ flag: `a${i}` }, { flag: `b${i}` }] })),
    };
    expect(neverHolds(many, scenario)).toBe(false);
  });
});
