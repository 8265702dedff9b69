import { describe, expect, it } from 'vitest';
import type { TurnRecord } from '../../../../src/core/game-state';
import { createTeams, defaultTeams, voters, type Team } from '../../../../src/engine/modes/formation/teams';
import {
  castVote,
  closeBallot,
  reopenVote,
  roundTally,
  clearVote,
  closeVote,
  familyTrends,
  openRound,
  outcomeOf,
  pickAsFacilitator,
  recordRound,
  reveal,
  setPrediction,
  truncateHistory,
} from '../../../../src/engine/modes/formation/votes';
import { loadIndex } from '../helpers';
import { playTraining } from './session-flow';

const teams: Team[] = [
  { id: 1, name: 'Mairie', role: 'elus' },
  { id: 2, name: 'Quartier', role: 'habitants' },
  { id: 3, name: 'Regard', role: 'observers' },
];
const majority = { rule: 'majority', tieBreak: 'facilitator' } as const;

describe('teams', () => {
  it('accepts 2–6 named teams with roles and refuses the rest with a reason', () => {
    expect(createTeams([{ name: '  Les  élu·es ' }, { name: 'Habitants', role: 'habitants' }])).toEqual({
      ok: true,
      teams: [
        { id: 1, name: 'Les élu·es', role: null },
        { id: 2, name: 'Habitants', role: 'habitants' },
      ],
    });
    expect(createTeams([{ name: 'A' }])).toEqual({ ok: false, error: { kind: 'too-few', min: 2 } });
    expect(createTeams(Array.from({ length: 7 }, (_, i) => ({ name: `T${i}` })))).toMatchObject({
      ok: false,
      error: { kind: 'too-many' },
    });
    expect(createTeams([{ name: 'A' }, { name: ' ' }])).toEqual({
      ok: false,
      error: { kind: 'empty-name', team: 2 },
    });
    expect(createTeams([{ name: 'Équipe' }, { name: 'équipe' }])).toMatchObject({
      error: { kind: 'duplicate-name', team: 2 },
    });
    expect(
      createTeams([
        { name: 'A', role: 'observers' },
        { name: 'B', role: 'observers' },
      ]),
    ).toEqual({
      ok: false,
      error: { kind: 'no-voter' },
    });
    expect(createTeams([{ name: 'A', role: 'bankers' as never }, { name: 'B' }])).toMatchObject({
      error: { kind: 'unknown-role', team: 1 },
    });
  });

  it('default teams give the four families in order from four teams on', () => {
    expect(defaultTeams(4, (n) => `Équipe ${n}`).map((t) => t.role)).toEqual([
      'elus',
      'habitants',
      'entreprises',
      'associations',
    ]);
    expect(defaultTeams(9, String)).toHaveLength(6);
    expect(defaultTeams(2, String).every((t) => t.role === null)).toBe(true);
    expect(voters(teams).map((t) => t.id)).toEqual([1, 2]);
  });
});

describe('vote rounds', () => {
  it('ignores votes of observers, unknown teams and unknown choices; keeps the vote open until decided', () => {
    let round = openRound(1, 'c1', ['a', 'b']);
    round = castVote(round, teams, 3, 'a');
    round = castVote(round, teams, 9, 'a');
    round = castVote(round, teams, 1, 'zz');
    expect(round.votes).toEqual({});
    round = castVote(round, teams, 1, 'a');
    expect(closeVote(round, teams, majority, true)).toBe(round);
    round = castVote(round, teams, 2, 'b');
    expect(outcomeOf(round, teams, majority)).toEqual({ kind: 'pending', reason: 'tie', tied: ['a', 'b'] });
    round = pickAsFacilitator(round, 'b');
    const closed = closeVote(round, teams, majority, true);
    expect(closed.status).toBe('predicting');
    expect(closed.decided).toEqual({ choice: 'b', by: 'tie-break' });
    expect(castVote(closed, teams, 1, 'b')).toBe(closed);
    expect(reveal(closed).status).toBe('revealed');
    expect(closeVote(round, teams, majority, false).status).toBe('revealed');
    expect(clearVote(round, 1).votes).toEqual({ 2: 'b' });
  });

  it('closes the ballot with its tally: a tie waits for a pick among the tied choices, reopening drops it', () => {
    let round = openRound(1, 'c1', ['a', 'b', 'c']);
    round = castVote(castVote(round, teams, 1, 'a'), teams, 2, 'c');
    const closed = closeBallot(round, teams, majority);
    expect(closed.status).toBe('closed');
    expect(closed.decided).toBeNull();
    expect(roundTally(closed, teams)).toEqual([
      { choice: 'a', votes: 1 },
      { choice: 'b', votes: 0 },
      { choice: 'c', votes: 1 },
    ]);
    expect(castVote(closed, teams, 2, 'a')).toBe(closed);
    expect(pickAsFacilitator(closed, 'b', teams, majority).decided).toBeNull();
    const broken = pickAsFacilitator(closed, 'c', teams, majority);
    expect(broken.decided).toEqual({ choice: 'c', by: 'tie-break' });
    expect(reopenVote(broken)).toMatchObject({ status: 'voting', decided: null });
  });

  it('scores predictions against the families’ trends of the turn', () => {
    const record: TurnRecord = {
      turn: 1,
      phase: 'p',
      card: 'c1',
      choice: 'a',
      meters: {},
      linkStrength: 0,
      changes: [
        { kind: 'meter', meter: 'elus', from: 50, to: 60, cause: { card: 'c1', choice: 'a' } },
        { kind: 'meter', meter: 'habitants', from: 50, to: 45, cause: { card: 'c1', choice: 'a' } },
        { kind: 'meter', meter: 'habitants', from: 45, to: 50, cause: { rule: 'initiative-failed' } },
      ],
    };
    expect(familyTrends(record)).toEqual({
      elus: 'up',
      habitants: 'same',
      entreprises: 'same',
      associations: 'same',
    });
    let round = openRound(1, 'c1', ['a', 'b']);
    round = castVote(castVote(round, teams, 1, 'a'), teams, 2, 'b');
    round = setPrediction(round, teams, 1, 'elus', 'up');
    round = setPrediction(round, teams, 1, 'habitants', 'down');
    round = setPrediction(round, teams, 3, 'elus', 'down');
    round = setPrediction(round, teams, 3, 'elus', null);
    round = pickAsFacilitator(round, 'a');
    round = closeVote(round, teams, majority, true);
    const done = recordRound(round, teams, record);
    expect(done?.scores).toEqual({
      1: { predicted: 2, right: 1 },
      2: { predicted: 0, right: 0 },
      3: { predicted: 0, right: 0 },
    });
    expect(done?.outvoted).toEqual([2]);
    expect(done?.disagreement).toBe(1);
    expect(recordRound(round, teams, { ...record, choice: 'b' })).toBeNull();
  });

  it('plays a whole training session on a real scenario, each round matching the log', () => {
    const index = loadIndex('premiers-pas');
    const { state, rounds } = playTraining(index, 4, teams, majority, () => 0);
    expect(state.screen).toBe('ended');
    expect(rounds.map((r) => r.card)).toEqual(state.log.map((r) => r.card));
    expect(rounds.every((r) => r.disagreement === 0 && r.by === 'majority')).toBe(true);
    expect(truncateHistory(rounds, 1)).toHaveLength(1);
  });
});
