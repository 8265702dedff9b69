import { voters, type Team } from './teams';

/** How the room's votes become the game's choice. */
export const DECISION_RULES = ['majority', 'facilitator', 'consensus'] as const;
/**
 * `majority`: the choice with most team votes; `facilitator`: the facilitator decides after hearing the
 * teams; `consensus`: only when every voting team agrees.
 */
export type DecisionRule = (typeof DECISION_RULES)[number];

/** How a tie under the majority rule is broken. */
export const TIE_BREAKS = ['facilitator', 'card-order'] as const;
/** `facilitator`: the facilitator picks among the tied choices; `card-order`: the first tied on the card. */
export type TieBreak = (typeof TIE_BREAKS)[number];

/** The rule and its tie-break, chosen at setup. */
export interface RuleSettings {
  rule: DecisionRule;
  tieBreak: TieBreak;
}

/** What a vote round gives the rule: the offered choices in card order, the votes, the facilitator's pick. */
export interface RuleInput {
  teams: readonly Team[];
  /** Ids of the available choices, in the card's order. */
  choices: readonly string[];
  /** Vote of each team, by team id. */
  votes: Readonly<Record<number, string>>;
  /** The facilitator's pick, if any (needed by the `facilitator` rule and by facilitator tie-breaks). */
  facilitatorPick: string | null;
}

/** How a decided choice was reached. */
export type DecidedBy = 'majority' | 'tie-break' | 'facilitator' | 'consensus';

/** The outcome of applying the rule: a choice, or why there is none yet. */
export type RuleOutcome =
  | { kind: 'decided'; choice: string; by: DecidedBy }
  | { kind: 'pending'; reason: 'missing-votes'; missing: number[] }
  | { kind: 'pending'; reason: 'tie'; tied: string[] }
  | { kind: 'pending'; reason: 'no-consensus'; distinct: string[] }
  | { kind: 'pending'; reason: 'awaiting-facilitator' };

/** Votes per choice (only valid votes of voting teams), in card order. */
export function tally(input: Pick<RuleInput, 'teams' | 'choices' | 'votes'>): Map<string, number> {
  const counts = new Map<string, number>(input.choices.map((choice) => [choice, 0]));
  for (const team of voters(input.teams)) {
    const vote = input.votes[team.id];
    if (vote !== undefined && counts.has(vote)) counts.set(vote, (counts.get(vote) ?? 0) + 1);
  }
  return counts;
}

/** Applies the decision rule. Pure: the same votes always give the same outcome. */
export function applyRule(settings: RuleSettings, input: RuleInput): RuleOutcome {
  const pick = input.facilitatorPick !== null && input.choices.includes(input.facilitatorPick);
  if (settings.rule === 'facilitator') {
    return pick && input.facilitatorPick !== null
      ? { kind: 'decided', choice: input.facilitatorPick, by: 'facilitator' }
      : { kind: 'pending', reason: 'awaiting-facilitator' };
  }
  const counts = tally(input);
  const missing = voters(input.teams)
    .filter((team) => !input.choices.includes(input.votes[team.id] ?? ''))
    .map((team) => team.id);
  if (missing.length > 0) return { kind: 'pending', reason: 'missing-votes', missing };
  const voted = input.choices.filter((choice) => (counts.get(choice) ?? 0) > 0);
  if (settings.rule === 'consensus') {
    const [only] = voted;
    return voted.length === 1 && only !== undefined
      ? { kind: 'decided', choice: only, by: 'consensus' }
      : { kind: 'pending', reason: 'no-consensus', distinct: voted };
  }
  const top = Math.max(...voted.map((choice) => counts.get(choice) ?? 0));
  const tied = voted.filter((choice) => counts.get(choice) === top);
  const [first] = tied;
  if (first === undefined) return { kind: 'pending', reason: 'missing-votes', missing: [] };
  if (tied.length === 1) return { kind: 'decided', choice: first, by: 'majority' };
  if (settings.tieBreak === 'card-order') return { kind: 'decided', choice: first, by: 'tie-break' };
  if (pick && input.facilitatorPick !== null && tied.includes(input.facilitatorPick))
    return { kind: 'decided', choice: input.facilitatorPick, by: 'tie-break' };
  return { kind: 'pending', reason: 'tie', tied };
}

/**
 * How much the voting teams disagreed, 0..1: the share of votes that did not go to the most voted
 * choice, scaled so that every team on a different choice gives 1. 0 when unanimous or fewer than 2 votes.
 */
export function disagreement(input: Pick<RuleInput, 'teams' | 'choices' | 'votes'>): number {
  const counts = [...tally(input).values()];
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total < 2) return 0;
  const top = Math.max(...counts);
  const spread = Math.min(total, input.choices.length);
  const worst = total - Math.ceil(total / spread);
  return worst === 0 ? 0 : (total - top) / worst;
}
