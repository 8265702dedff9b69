import { describe, expect, it } from 'vitest';
import { decodeSessionCode, replaySessionCode, sessionCodeOf } from '../../../../src/core/session-code';
import { compareExports } from '../../../../src/engine/modes/formation/compare-exports';
import { readLength, withLength } from '../../../../src/engine/modes/formation/length-code';
import { buildReport, reportToJson } from '../../../../src/engine/modes/formation/report';
import { fitIndex } from '../../../../src/engine/modes/formation/session-length';
import { compareTrajectories } from '../../../../src/engine/modes/formation/trajectories';
import { loadIndex, playThrough } from '../helpers';

/**
 * Issue #18: the length of play travels with the session. A 45-minute game's code carries `.45min` and
 * replays on the same cut; a whole game's code replays whatever the length of the session comparing it;
 * the JSON export records the length and its cut, and the comparison of exports shows it.
 */
const whole = loadIndex('quartier-generateur');
const short = fitIndex(whole, 45);
const shortGame = playThrough(short, 5, (turn, count) => turn % count);
const wholeGame = playThrough(whole, 5, () => 0);
const shortCode = withLength(sessionCodeOf(shortGame, short), 45);
const wholeCode = withLength(sessionCodeOf(wholeGame, whole), 'full');

describe('a session code carries its length of play', () => {
  it('writes .45min, .70min, .90min after the game code, nothing for the whole scenario', () => {
    expect(withLength('q.1.7.f.AAAA.abc', 45)).toBe('q.1.7.f.AAAA.abc.45min');
    expect(withLength('q.1.7.f.AAAA.abc', 90)).toBe('q.1.7.f.AAAA.abc.90min');
    expect(withLength('q.1.7.f.AAAA.abc', 'full')).toBe('q.1.7.f.AAAA.abc');
    expect(readLength(' q.1.7.f.AAAA.abc.70min ')).toEqual({ code: 'q.1.7.f.AAAA.abc', length: 70 });
    expect(readLength('q.1.7.f.AAAA.abc')).toEqual({ code: 'q.1.7.f.AAAA.abc', length: 'full' });
    // A length the setup never offers is not read as one: the game decoder then refuses the text.
    expect(readLength('q.1.7.f.AAAA.abc.50min')).toEqual({ code: 'q.1.7.f.AAAA.abc.50min', length: 'full' });
    expect(shortCode.endsWith('.45min')).toBe(true);
    expect(wholeCode).toBe(sessionCodeOf(wholeGame, whole));
  });

  it('a 45-minute code does not replay the same game on the whole scenario (why it carries its length)', () => {
    const decoded = decodeSessionCode(readLength(shortCode).code);
    if (!decoded) throw new Error('the code must decode');
    const onWhole = replaySessionCode(whole, decoded);
    const sameGame =
      onWhole.error === undefined &&
      onWhole.state.log.every((record, i) => record.card === shortGame.log[i]?.card) &&
      onWhole.state.log.length === shortGame.log.length;
    expect(sameGame).toBe(false);
  });

  it('replays each code on the cut of its own length: a 45-minute game and a whole one compared', () => {
    const result = compareTrajectories(whole, [
      { label: 'Matin (45 min)', code: shortCode },
      { label: 'Soir (entier)', code: wholeCode },
    ]);
    expect(result.rejected).toEqual([]);
    const [morning, evening] = result.trajectories;
    expect(morning?.length).toBe(45);
    expect(morning?.steps.map((s) => s.card)).toEqual(shortGame.log.map((r) => r.card));
    expect(morning?.ending).toBe(shortGame.ending);
    expect(morning?.steps.length).toBeLessThanOrEqual(17);
    expect(evening?.length).toBe('full');
    expect(evening?.steps.length).toBe(wholeGame.log.length);
    expect(evening?.ending).toBe(wholeGame.ending);
  });

  it('refuses a code that does not fit its cut, naming the length it was replayed at', () => {
    // The whole game's choices under a 45-minute label: the cut ends before them.
    const result = compareTrajectories(whole, [{ label: 'mal noté', code: withLength(wholeCode, 45) }]);
    expect(result.trajectories).toEqual([]);
    expect(result.rejected[0]?.reason).toMatchObject({ kind: 'replay-failed', length: 45 });
  });
});

describe('the JSON export records the length and its cut', () => {
  const report = (length?: 45 | 'full') =>
    buildReport({
      index: length === 45 ? short : whole,
      state: length === 45 ? shortGame : wholeGame,
      rounds: [],
      teams: [{ id: 1, name: 'Mairie', role: 'elus' }],
      rule: { rule: 'majority', tieBreak: 'card-order' },
      lang: 'fr',
      sessionCode: length === 45 ? shortCode : wholeCode,
      ...(length === undefined ? {} : { length, whole: whole.scenario }),
    });

  it('45 minutes: 15 cards at most, each phase cut in proportion; the whole scenario as written', () => {
    const cut = report(45);
    expect(cut.length).toBe(45);
    expect(cut.cut.turns).toBe(15);
    expect(cut.cut.minutes).toBe(45);
    expect(cut.cut.phases.reduce((sum, p) => sum + p.fitted, 0)).toBe(15);
    expect(cut.cut.phases.map((p) => p.maxTurns)).toEqual(whole.scenario.phases.map((p) => p.maxTurns));
    expect(JSON.parse(reportToJson(cut))).toMatchObject({ length: 45, sessionCode: shortCode });
    const full = report();
    expect(full.length).toBe('full');
    expect(full.cut.turns).toBe(whole.scenario.phases.reduce((sum, p) => sum + p.maxTurns, 0));
  });

  it('the comparison of exports shows each one’s length, and "not recorded" for an older export', () => {
    const older = JSON.parse(reportToJson(report('full'))) as Record<string, unknown>;
    delete older.length;
    delete older.cut;
    const compared = compareExports([
      { name: 'matin.json', text: reportToJson(report(45)) },
      { name: 'soir.json', text: reportToJson(report('full')).replace(wholeCode, `${wholeCode}x`) },
      { name: 'ancien.json', text: JSON.stringify(older).replace(wholeCode, `${wholeCode}y`) },
    ]);
    expect(compared.rejected).toEqual([]);
    expect(compared.sessions.map((s) => [s.label, s.length, s.cut?.turns ?? null])).toEqual([
      ['matin', 45, 15],
      ['soir', 'full', 32],
      ['ancien', null, null],
    ]);
  });
});
