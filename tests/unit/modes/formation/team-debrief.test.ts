import { describe, expect, it } from 'vitest';
import { teamDebrief } from '../../../../src/engine/modes/formation/team-debrief';
import type { Team } from '../../../../src/engine/modes/formation/teams';
import { loadIndex } from '../helpers';
import { playTraining } from './session-flow';

const index = loadIndex('quartier-generateur');
const teams: Team[] = [
  { id: 1, name: 'A', role: 'elus' },
  { id: 2, name: 'B', role: null },
  { id: 3, name: 'C', role: null },
  { id: 4, name: 'D', role: 'observers' },
];

describe('team debrief', () => {
  const { rounds } = playTraining(
    index,
    3,
    teams,
    { rule: 'majority', tieBreak: 'card-order' },
    (team, turn) => (team === 3 && turn % 2 === 0 ? 1 : 0),
  );
  const debrief = teamDebrief(rounds, teams);

  it('ranks the cards where teams disagreed, with the camps', () => {
    expect(debrief.disagreements.length).toBe(rounds.filter((r) => r.disagreement > 0).length);
    expect(debrief.disagreements.length).toBeGreaterThan(0);
    const values = debrief.disagreements.map((d) => d.dissent.share);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    for (const d of debrief.disagreements) {
      expect(d.camps.flatMap((c) => c.teams).sort()).toEqual([1, 2, 3]);
      expect(d.camps.find((c) => c.teams.includes(3))?.choice).not.toBe(d.decided);
    }
  });

  it('counts each team’s votes with the decision and its predictions; observers do not vote', () => {
    const byTeam = new Map(debrief.teams.map((t) => [t.team, t]));
    expect(byTeam.get(1)).toMatchObject({
      votes: rounds.length,
      withDecision: rounds.length,
      predicted: rounds.length,
    });
    expect(byTeam.get(3)?.withDecision).toBe(rounds.length - debrief.disagreements.length);
    expect(byTeam.get(4)).toMatchObject({ votes: 0, withDecision: 0 });
    expect(byTeam.get(1)!.right).toBe(rounds.filter((r) => r.trends.elus === 'up').length);
    expect(debrief.meanDisagreement).toBeGreaterThan(0);
    expect(teamDebrief([], teams).meanDisagreement).toBe(0);
  });

  it('ranks the cards whose predictions missed most, and lists the decisions gone back on', () => {
    const wrong = (r: (typeof rounds)[number]): number =>
      Object.values(r.scores).reduce((sum, s) => sum + s.predicted - s.right, 0);
    expect(debrief.missed.length).toBe(rounds.filter((r) => wrong(r) > 0).length);
    const values = debrief.missed.map((m) => m.wrong);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    for (const m of debrief.missed) expect(m.wrong).toBeLessThanOrEqual(m.predicted);
    expect(debrief.reversed).toEqual([]);
    const back = teamDebrief(rounds.slice(0, -1), teams, rounds.slice(-1));
    expect(back.reversed).toMatchObject([
      { turn: rounds.at(-1)!.turn, card: rounds.at(-1)!.card, choice: rounds.at(-1)!.decided },
    ]);
  });
});
