/**
 * Golden values: what the seeded generator and the session codes give today, written down. Every shared
 * session code, every save and every replay depends on them: if one of these changes, the generator or
 * the code format changed, and every code and save in the wild silently breaks. Never update these
 * numbers to make a change pass; make the change keep them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextFloat, pickWeighted, seedRng } from '../../../src/core/rng';
import { indexScenario } from '../../../src/core/scenario-index';
import { decodeSessionCode, encodeSessionCode, sessionCodeOf } from '../../../src/core/session-code';
import type { Scenario } from '../../../src/scenario/format';
import { playThrough } from '../modes/helpers';

/** The first draws of a seed, as the 32-bit integers behind the floats. */
function firstDraws(seed: number, count = 6): number[] {
  let state = seedRng(seed);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const [value, next] = nextFloat(state);
    out.push(value * 4294967296);
    state = next;
  }
  return out;
}

/** A frozen copy of a bundled scenario (tests/v1-corpus), so content edits never move these values. */
const frozen = (id: string) =>
  indexScenario(JSON.parse(readFileSync(`tests/v1-corpus/scenarios/${id}.json`, 'utf8')) as Scenario);

describe('golden values that must never change', () => {
  it('the seeded generator (mulberry32) draws the same first numbers for each seed', () => {
    expect(seedRng(0)).toBe(2654435769);
    expect(seedRng(-7)).toBe(1640531520);
    expect(firstDraws(0)).toEqual([1541420728, 454851044, 2900350524, 3942498910, 436270539, 1292797714]);
    expect(firstDraws(1)).toEqual([814657751, 1364887502, 3363306467, 2296357895, 3358359462, 2925401225]);
    expect(firstDraws(42)).toEqual([2067236868, 4231632130, 3169330198, 2633099776, 3022023119, 4147109576]);
    expect(firstDraws(-7)).toEqual([3354910975, 2007451460, 2166461723, 2528136476, 3494673751, 1301919581]);
    expect(firstDraws(4294967295)).toEqual([
      4260326612, 1987545640, 968762973, 2289709935, 3952978742, 3914889205,
    ]);
  });

  it('weighted picks follow the same draws', () => {
    let state = seedRng(2024);
    const picks: number[] = [];
    for (let i = 0; i < 12; i++) {
      const [pick, next] = pickWeighted([1, 0, 3, 2], state);
      picks.push(pick);
      state = next;
    }
    expect(picks).toEqual([3, 3, 3, 2, 2, 2, 3, 2, 2, 3, 3, 2]);
  });

  it('session codes are written the same way, and read back', () => {
    const code = { scenarioId: 'premiers-pas', version: 1, seed: 11, choices: [0, 1, 2, 3, 1] };
    expect(encodeSessionCode(code)).toBe('premiers-pas.1.b.5.G0.abc');
    expect(decodeSessionCode('premiers-pas.1.b.5.G0.abc')).toEqual(code);
    const negative = { scenarioId: 'quartier-generateur', version: 3, seed: -5, choices: [] };
    expect(encodeSessionCode(negative)).toBe('quartier-generateur.3.1z141yz.0..b34');
    expect(decodeSessionCode('quartier-generateur.3.1z141yz.0..b34')).toMatchObject({ seed: 4294967291 });
  });

  it('a whole game gives the same code from the same seed and choices', () => {
    const pick = (seed: number) => (turn: number, count: number) => (turn * 7 + seed) % count;
    const premiers = frozen('premiers-pas');
    expect(sessionCodeOf(playThrough(premiers, 1, pick(1)), premiers)).toBe('premiers-pas.1.1.3.R.41f');
    const vallee = frozen('vallee-alimentaire');
    const game = playThrough(vallee, 5, pick(5));
    expect(game.ending).toBe('pat-capture');
    expect(sessionCodeOf(game, vallee)).toBe('vallee-alimentaire.1.5.p.hhREhGBEQ.796');
  });
});
