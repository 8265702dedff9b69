import type { TurnRecord } from '../../../core/game-state';
import { FAMILIES, type FamilyId } from '../../../scenario/format';
import {
  applyRule,
  disagreement,
  tally,
  type DecidedBy,
  type RuleOutcome,
  type RuleSettings,
} from './decision-rule';
import { voters, type Team } from './teams';

/** A direction a family's trust may take. */
export type Trend = 'up' | 'down' | 'same';

/** What a team expects before the reveal: for some families, whether their trust goes up or down. */
export type Prediction = Partial<Record<FamilyId, Trend>>;

/**
 * Where a round is, step by step: teams are voting (a vote can still be changed); the facilitator has
 * closed the vote (the tally is on screen, the rule applied, a tie or the facilitator's rule waits for a
 * pick); the choice is decided but not played yet, the card still on screen while the teams predict
 * (predict before reveal); the choice is played and its consequences revealed.
 */
export type RoundStatus = 'voting' | 'closed' | 'predicting' | 'revealed';

/** One vote round on one card. Plain data. */
export interface VoteRound {
  turn: number;
  card: string;
  /** Ids of the available choices, in card order. */
  choices: string[];
  votes: Record<number, string>;
  predictions: Record<number, Prediction>;
  facilitatorPick: string | null;
  status: RoundStatus;
  /** Set once decided (from the closed vote on). */
  decided: { choice: string; by: DecidedBy } | null;
}

/** Opens a round on the card of turn `turn` (the turn the decision will be, 1-based). */
export function openRound(turn: number, card: string, choices: readonly string[]): VoteRound {
  return {
    turn,
    card,
    choices: [...choices],
    votes: {},
    predictions: {},
    facilitatorPick: null,
    status: 'voting',
    decided: null,
  };
}

const canVote = (round: VoteRound, teams: readonly Team[], team: number): boolean =>
  round.status === 'voting' && voters(teams).some((t) => t.id === team);

/** Records (or changes) a team's vote. Unknown teams, observers, unknown choices are ignored. */
export function castVote(round: VoteRound, teams: readonly Team[], team: number, choice: string): VoteRound {
  if (!canVote(round, teams, team) || !round.choices.includes(choice)) return round;
  if (round.votes[team] === choice) return round;
  return { ...round, votes: { ...round.votes, [team]: choice } };
}

/** Removes a team's vote. */
export function clearVote(round: VoteRound, team: number): VoteRound {
  if (round.status !== 'voting' || round.votes[team] === undefined) return round;
  const votes = { ...round.votes };
  delete votes[team];
  return { ...round, votes };
}

/**
 * Sets a team's prediction for one family (`null` removes it), during the vote or after it while the
 * consequences are hidden. Observers may predict too.
 */
export function setPrediction(
  round: VoteRound,
  teams: readonly Team[],
  team: number,
  family: FamilyId,
  trend: Trend | null,
): VoteRound {
  if (round.status === 'revealed' || !teams.some((t) => t.id === team)) return round;
  const current: Prediction = { ...(round.predictions[team] ?? {}) };
  if (trend === null) delete current[family];
  else current[family] = trend;
  return { ...round, predictions: { ...round.predictions, [team]: current } };
}

/**
 * The facilitator's pick (decides under the `facilitator` rule, breaks a tie under `majority`), while the
 * vote is open or closed. Once closed, the rule is applied again at once: a pick among the tied choices
 * decides.
 */
export function pickAsFacilitator(
  round: VoteRound,
  choice: string | null,
  teams?: readonly Team[],
  settings?: RuleSettings,
): VoteRound {
  if (round.status !== 'voting' && round.status !== 'closed') return round;
  if (choice !== null && !round.choices.includes(choice)) return round;
  const picked = { ...round, facilitatorPick: choice };
  return picked.status === 'closed' && teams && settings ? applyClosed(picked, teams, settings) : picked;
}

/** What the rule says about a round now. */
export function outcomeOf(round: VoteRound, teams: readonly Team[], settings: RuleSettings): RuleOutcome {
  return applyRule(settings, {
    teams,
    choices: round.choices,
    votes: round.votes,
    facilitatorPick: round.facilitatorPick,
  });
}

function applyClosed(round: VoteRound, teams: readonly Team[], settings: RuleSettings): VoteRound {
  const outcome = outcomeOf(round, teams, settings);
  return {
    ...round,
    decided: outcome.kind === 'decided' ? { choice: outcome.choice, by: outcome.by } : null,
  };
}

/**
 * Closes the vote (the "close the vote" key): no vote changes any more, the tally is shown and the
 * rule applied. `decided` is set when the rule decides; a tie (or the facilitator's rule) waits for a
 * pick, and missing votes or no consensus wait for the vote to be opened again.
 */
export function closeBallot(round: VoteRound, teams: readonly Team[], settings: RuleSettings): VoteRound {
  return round.status === 'voting' ? applyClosed({ ...round, status: 'closed' }, teams, settings) : round;
}

/** Opens a closed vote again, to correct a vote: the decision it had is dropped. */
export function reopenVote(round: VoteRound): VoteRound {
  return round.status === 'closed' ? { ...round, status: 'voting', decided: null } : round;
}

/**
 * Goes on from a vote the rule decides: the round becomes `predicting` (the card stays on screen, the
 * choice is not played yet) or, when `predictBeforeReveal` is off, `revealed` (the UI plays the choice
 * at once). Works on an open or a closed vote; returns the round unchanged while the rule is pending.
 */
export function closeVote(
  round: VoteRound,
  teams: readonly Team[],
  settings: RuleSettings,
  predictBeforeReveal: boolean,
): VoteRound {
  if (round.status !== 'voting' && round.status !== 'closed') return round;
  const outcome = outcomeOf(round, teams, settings);
  if (outcome.kind !== 'decided') return round;
  return {
    ...round,
    status: predictBeforeReveal ? 'predicting' : 'revealed',
    decided: { choice: outcome.choice, by: outcome.by },
  };
}

/** Reveals a decided round after the predictions (the UI plays the choice then). */
export function reveal(round: VoteRound): VoteRound {
  return round.status === 'predicting' ? { ...round, status: 'revealed' } : round;
}

/**
 * Votes per choice in the round's order (the choices that can be taken, as the room numbers them on the
 * card when none is out of reach), for the tally shown once the vote is closed.
 */
export function roundTally(round: VoteRound, teams: readonly Team[]): { choice: string; votes: number }[] {
  const counts = tally({ teams, choices: round.choices, votes: round.votes });
  return round.choices.map((choice) => ({ choice, votes: counts.get(choice) ?? 0 }));
}

/** How each family's trust moved in a turn, from its logged changes. */
export function familyTrends(record: TurnRecord): Record<FamilyId, Trend> {
  const net: Record<string, number> = {};
  for (const change of record.changes)
    if (change.kind === 'meter') net[change.meter] = (net[change.meter] ?? 0) + change.to - change.from;
  const trends = {} as Record<FamilyId, Trend>;
  for (const family of FAMILIES) {
    const delta = net[family] ?? 0;
    trends[family] = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  }
  return trends;
}

/** How well a team predicted: families predicted, and how many were right. */
export interface PredictionScore {
  predicted: number;
  right: number;
}

/** A finished round set against what happened: for the debrief and the report. */
export interface RoundRecord {
  turn: number;
  phase: string;
  card: string;
  choices: string[];
  votes: Record<number, string>;
  predictions: Record<number, Prediction>;
  decided: string;
  by: DecidedBy;
  trends: Record<FamilyId, Trend>;
  scores: Record<number, PredictionScore>;
  /** 0 (unanimous) .. 1 (every team on a different choice). */
  disagreement: number;
  /** Voting teams whose vote was not the decided choice. */
  outvoted: number[];
}

/** Sets a decided round against the log record of its turn. Returns null when they do not match. */
export function recordRound(
  round: VoteRound,
  teams: readonly Team[],
  record: TurnRecord,
): RoundRecord | null {
  if (round.decided === null || record.card !== round.card || record.choice !== round.decided.choice)
    return null;
  const trends = familyTrends(record);
  const scores: Record<number, PredictionScore> = {};
  for (const team of teams) {
    const prediction = round.predictions[team.id] ?? {};
    let predicted = 0;
    let right = 0;
    for (const family of FAMILIES) {
      const guess = prediction[family];
      if (guess === undefined) continue;
      predicted += 1;
      if (guess === trends[family]) right += 1;
    }
    scores[team.id] = { predicted, right };
  }
  const decided = round.decided.choice;
  return {
    turn: record.turn,
    phase: record.phase,
    card: round.card,
    choices: [...round.choices],
    votes: { ...round.votes },
    predictions: { ...round.predictions },
    decided,
    by: round.decided.by,
    trends,
    scores,
    disagreement: disagreement({ teams, choices: round.choices, votes: round.votes }),
    outvoted: voters(teams)
      .filter((team) => round.votes[team.id] !== undefined && round.votes[team.id] !== decided)
      .map((team) => team.id),
  };
}

/**
 * The history of rounds, kept in step with the game log: going back one decision drops the rounds
 * after it (`keepTurns` = turns still in the log).
 */
export function truncateHistory(history: readonly RoundRecord[], keepTurns: number): RoundRecord[] {
  return history.filter((record) => record.turn <= keepTurns);
}
