import { describe, expect, it } from 'vitest';
import { encodeSessionCode, sessionCodeOf } from '../../../../src/core/session-code';
import { compareTrajectories } from '../../../../src/engine/modes/formation/trajectories';
import { loadIndex, playThrough } from '../helpers';

const index = loadIndex('quartier-generateur');
const a = playThrough(index, 8, () => 0);
const b = playThrough(index, 8, (turn, count) => (turn < 4 ? 0 : 1 % count));
const c = playThrough(index, 8, () => 0);

describe('comparer les trajectoires', () => {
  it('replays each group and gives curves, steps, ending and evaluation', () => {
    const result = compareTrajectories(index, [
      { label: 'Matin', code: sessionCodeOf(a, index) },
      { label: 'Après-midi', code: sessionCodeOf(b, index) },
    ]);
    expect(result.rejected).toEqual([]);
    const [ta, tb] = result.trajectories;
    expect(ta?.curves.elus).toHaveLength(a.log.length + 1);
    expect(ta?.curves.elus?.[0]).toBe(index.meters.get('elus')?.initial);
    expect(ta?.curves.elus?.at(-1)).toBe(a.meters.elus);
    expect(ta?.steps.map((s) => s.choice)).toEqual(a.log.map((r) => r.choice));
    expect(tb?.ending).toBe(b.ending);
    expect(ta?.linkStrength.at(-1)).toBe(a.log.at(-1)?.linkStrength);
    const expected = a.log.findIndex((r, i) => r.card !== b.log[i]?.card || r.choice !== b.log[i]?.choice);
    expect(result.firstDivergence).toBe(expected);
    expect(result.crossings.slice(0, expected).every((x) => x.sameChoice)).toBe(true);
    expect(result.crossings[expected]?.sameChoice).toBe(false);
  });

  it('agrees with itself: no divergence for the same path from two groups', () => {
    const code = sessionCodeOf(a, index);
    const alsoCode = sessionCodeOf(c, index);
    expect(alsoCode).toBe(code);
    const result = compareTrajectories(index, [
      { label: 'A', code },
      { label: 'B', code: ` ${code} ` },
    ]);
    expect(result.rejected).toEqual([
      { label: 'B', code: ` ${code} `, reason: { kind: 'duplicate', of: 'A' } },
    ]);
  });

  it('rejects codes of another scenario or version, malformed or unplayable ones, with a reason', () => {
    const other = playThrough(loadIndex('premiers-pas'), 1, () => 0);
    const result = compareTrajectories(index, [
      { label: 'autre', code: sessionCodeOf(other, loadIndex('premiers-pas')) },
      {
        label: 'v9',
        code: encodeSessionCode({ scenarioId: 'quartier-generateur', version: 9, seed: 1, choices: [0] }),
      },
      { label: 'abîmé', code: 'quartier-generateur.1.x' },
      {
        label: 'trop long',
        code: encodeSessionCode({
          scenarioId: 'quartier-generateur',
          version: index.scenario.meta.version,
          seed: 8,
          choices: Array(200).fill(0),
        }),
      },
    ]);
    expect(result.trajectories).toEqual([]);
    expect(result.rejected.map((r) => r.reason.kind)).toEqual([
      'other-scenario',
      'other-version',
      'malformed',
      'replay-failed',
    ]);
    expect(result.firstDivergence).toBeNull();
  });
});
