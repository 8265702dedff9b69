import type { FamilyId } from '../../../scenario/format';
import { choiceNumber } from './choice-number';
import type { DecidedBy } from './decision-rule';
import { dissentOf, type Dissent } from './dissent';
import { voters, type Team } from './teams';
import type { RoundRecord, Trend } from './votes';

/**
 * The team part of a training session's debrief, from the filed rounds: where teams disagreed, and how
 * each team's votes and predictions compare with what happened. The rest of the debrief (timeline,
 * curves, key decisions and the paths not taken, questions) comes from `src/engine/debrief`.
 */

/** A card where the teams disagreed. */
export interface Disagreement {
  turn: number;
  card: string;
  /** Teams against the choice played, out of the teams that voted (src/engine/modes/formation/dissent.ts). */
  dissent: Dissent;
  /** Team ids by the choice they voted for, in the card's order, with the number the room saw. */
  camps: { choice: string; number: number; teams: number[] }[];
  decided: string;
  /** How the families' trust moved on that card. */
  trends: Record<FamilyId, Trend>;
}

/** One team over the session. */
export interface TeamRecord {
  team: number;
  /** Rounds it voted in. */
  votes: number;
  /** Of those, how many went to the choice finally played. */
  withDecision: number;
  /** Families predicted, and predicted right, over all rounds. */
  predicted: number;
  right: number;
}

/** A card whose predictions missed most: families predicted wrong, over all teams. */
export interface MissedPrediction {
  turn: number;
  card: string;
  wrong: number;
  predicted: number;
}

/** A decision the room went back on: the path abandoned. */
export interface ReversedDecision {
  turn: number;
  card: string;
  /** The choice that had been played, and its number on the card. */
  choice: string;
  number: number | null;
  by: DecidedBy;
  /** Each voting team's vote, by team id, as the number the room saw. */
  votes: Record<number, number | null>;
}

/** The team part of the debrief. */
export interface TeamDebrief {
  /** Cards by decreasing wrong predictions (then by turn); cards with none wrong left out. */
  missed: MissedPrediction[];
  /** Decisions the room went back on, in the order they were undone. */
  reversed: ReversedDecision[];
  /** Cards by decreasing disagreement, then by turn; unanimous cards left out. */
  disagreements: Disagreement[];
  teams: TeamRecord[];
  /** The mean share of teams against the choice played, over the rounds (0 when none). */
  meanDisagreement: number;
}

/** Builds the team part of the debrief. */
export function teamDebrief(
  rounds: readonly RoundRecord[],
  teams: readonly Team[],
  reversed: readonly RoundRecord[] = [],
): TeamDebrief {
  const missed = rounds
    .map((round): MissedPrediction => {
      const scores = Object.values(round.scores);
      const predicted = scores.reduce((sum, s) => sum + s.predicted, 0);
      const right = scores.reduce((sum, s) => sum + s.right, 0);
      return { turn: round.turn, card: round.card, wrong: predicted - right, predicted };
    })
    .filter((m) => m.wrong > 0)
    .sort((a, b) => b.wrong - a.wrong || a.turn - b.turn);
  const disagreements = rounds
    .filter((round) => dissentOf(round).against > 0)
    .map((round): Disagreement => ({
      turn: round.turn,
      card: round.card,
      dissent: dissentOf(round),
      camps: round.choices
        .map((choice, i) => ({
          choice,
          number: i + 1,
          teams: Object.entries(round.votes)
            .filter(([, vote]) => vote === choice)
            .map(([team]) => Number(team))
            .sort((a, b) => a - b),
        }))
        .filter((camp) => camp.teams.length > 0),
      decided: round.decided,
      trends: round.trends,
    }))
    .sort((a, b) => b.dissent.share - a.dissent.share || a.turn - b.turn);
  const voting = new Set(voters(teams).map((team) => team.id));
  const records = teams.map((team): TeamRecord => {
    let votes = 0;
    let withDecision = 0;
    let predicted = 0;
    let right = 0;
    for (const round of rounds) {
      const vote = round.votes[team.id];
      if (voting.has(team.id) && vote !== undefined) {
        votes += 1;
        if (vote === round.decided) withDecision += 1;
      }
      predicted += round.scores[team.id]?.predicted ?? 0;
      right += round.scores[team.id]?.right ?? 0;
    }
    return { team: team.id, votes, withDecision, predicted, right };
  });
  const total = rounds.reduce((sum, round) => sum + dissentOf(round).share, 0);
  return {
    disagreements,
    missed,
    reversed: reversed.map((r) => ({
      turn: r.turn,
      card: r.card,
      choice: r.decided,
      number: choiceNumber(r.choices, r.decided),
      by: r.by,
      votes: Object.fromEntries(
        Object.entries(r.votes).map(([team, vote]) => [Number(team), choiceNumber(r.choices, vote)]),
      ),
    })),
    teams: records,
    meanDisagreement: rounds.length === 0 ? 0 : Math.round((100 * total) / rounds.length) / 100,
  };
}
