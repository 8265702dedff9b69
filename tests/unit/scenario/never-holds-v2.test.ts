/** The static reading of conditions that can never hold knows the condition kinds of format 2. */
import { describe, expect, it } from 'vitest';
import { neverHolds } from '../../../src/scenario/validation/semantic-endings';
import { tinyScenario } from '../../fixtures/tiny-scenario';

const scenario = tinyScenario();
const families = ['elus', 'habitants', 'entreprises', 'associations'];

describe('conditions of format 2 that can never hold', () => {
  it.each([
    [{ link: ['maire', 'hab'], atLeast: 4 }, true],
    [{ link: ['maire', 'hab'], atLeast: 3 }, false],
    [{ linkCount: { atLeast: 7 } }, true],
    [{ linkCount: { atLeast: 6 } }, false],
    [{ leftOut: 'elus', atMost: -1 }, true],
    [{ leftOut: 'elus', atLeast: 40 }, false],
    [{ gap: families, atLeast: 101 }, true],
    [{ gap: families, atLeast: 100 }, false],
    [{ dominant: 'elus', among: families, by: 101 }, true],
    [{ dominant: 'elus', among: families, by: 100 }, false],
    [{ not: { dominant: 'elus', among: families, by: 101 } }, false],
    [
      {
        all: [
          { leftOut: 'elus', atLeast: 5 },
          { leftOut: 'elus', atMost: 4 },
        ],
      },
      true,
    ],
    [{ any: [{ gap: families, atLeast: 200 }, { flag: 'f' }] }, false],
  ] as const)('%j → %s', (condition, never) => {
    expect(neverHolds(condition as never, scenario)).toBe(never);
  });
});
