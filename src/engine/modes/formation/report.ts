import type { GameState } from '../../../core/game-state';
import type { ScenarioIndex } from '../../../core/scenario-index';
import type { FamilyId, Language, Scenario } from '../../../scenario/format';
import { localize } from '../../localize';
import { choiceNumber } from './choice-number';
import type { DecidedBy, RuleSettings } from './decision-rule';
import { dissentOf, type Dissent } from './dissent';
import { fitScenario, type FittedScenario, type SessionLength } from './session-length';
import type { Team } from './teams';
import { familyTrends, type Prediction, type RoundRecord, type Trend } from './votes';

/** One team's part in a turn. */
export interface ReportVote {
  team: number;
  /** The choice voted for (id), or null (no vote, observers). */
  choice: string | null;
  /** The number the room saw for it on the card (src/engine/modes/formation/choice-number.ts). */
  number: number | null;
  /** What the team predicted, family by family, before the reveal. */
  prediction: Prediction;
  /** Families predicted right, out of families predicted. */
  right: number;
  predicted: number;
}

/** An offered choice, with the number the room saw. */
export interface ReportChoice {
  id: string;
  number: number;
  text: string;
}

/** What a decision was, whether kept or undone. */
export interface ReportDecision {
  turn: number;
  phase: string;
  phaseTitle: string;
  card: string;
  cardText: string;
  /** The name of the person who speaks on the card. */
  speaker: string;
  /** A key card of the scenario (`key: true`). */
  key: boolean;
  /** The offered choices, in card order, numbered as on the card. */
  choices: ReportChoice[];
  decided: string;
  /** The number the room saw for the choice played. */
  decidedNumber: number | null;
  decidedText: string;
  /** How the choice was reached; null when the turn was played without a vote round. */
  decidedBy: DecidedBy | null;
  votes: ReportVote[];
  /** How each family's trust moved (what the predictions are set against). */
  trends: Record<FamilyId, Trend>;
  /** Teams that voted against the choice played, out of the teams that voted; null without a vote. */
  dissent: Dissent | null;
}

/** One turn of the session report. */
export interface ReportRow extends ReportDecision {
  /** Meters after the turn, and how much each moved in it. */
  meters: Record<string, { after: number; delta: number }>;
}

/** The data of a training session's report: the printable page and the exports are made from it. */
export interface SessionReport {
  scenarioId: string;
  scenarioVersion: number;
  scenarioTitle: string;
  sessionCode: string;
  lang: Language;
  teams: Team[];
  rule: RuleSettings;
  /** The length of play chosen at setup (`full`: the scenario as written). */
  length: SessionLength;
  /** What that length cut: the cards at most, their minutes, each phase's turns as written and played. */
  cut: Omit<FittedScenario, 'scenario'>;
  ending: string | null;
  /** The ending's title in the report's language, empty when the game did not end. */
  endingTitle: string;
  /** The meters, in the scenario's order, with their names. */
  meters: { id: string; label: string }[];
  rows: ReportRow[];
  /** Decisions the room went back on ("Revenir d'une décision"), in the order they were undone. */
  undone: ReportDecision[];
}

/** Everything the report is built from. */
export interface ReportInput {
  index: ScenarioIndex;
  state: GameState;
  rounds: readonly RoundRecord[];
  /** The rounds undone (FormationState.reversed). */
  undone?: readonly RoundRecord[];
  teams: readonly Team[];
  rule: RuleSettings;
  lang: Language;
  sessionCode: string;
  /** The length of play (absent: the whole scenario). */
  length?: SessionLength;
  /** The scenario as written, before the length's cut (absent: `index`'s, for a whole game). */
  whole?: Scenario;
}

/** A decision as the room lived it, from its round (if any) and what happened. */
function decision(
  input: ReportInput,
  at: { turn: number; phase: string; card: string; choice: string },
  round: RoundRecord | undefined,
  trends: Record<FamilyId, Trend>,
): ReportDecision {
  const { index, lang } = input;
  const card = index.cards.get(at.card);
  const offered = round?.choices ?? card?.choices.map((c) => c.id) ?? [];
  const text = (id: string): string => localize(index.choices.get(at.card)?.get(id)?.text, lang);
  return {
    turn: at.turn,
    phase: at.phase,
    phaseTitle: localize(index.phases.find((p) => p.id === at.phase)?.title, lang),
    card: at.card,
    cardText: localize(card?.text, lang),
    speaker: index.actors.get(card?.speaker ?? '')?.name ?? card?.speaker ?? '',
    key: card?.key === true,
    choices: offered.map((id, i) => ({ id, number: i + 1, text: text(id) })),
    decided: at.choice,
    decidedNumber: choiceNumber(offered, at.choice),
    decidedText: text(at.choice),
    decidedBy: round?.by ?? null,
    votes: input.teams.map((team) => {
      const choice = round?.votes[team.id] ?? null;
      return {
        team: team.id,
        choice,
        number: choice === null ? null : choiceNumber(offered, choice),
        prediction: { ...(round?.predictions[team.id] ?? {}) },
        right: round?.scores[team.id]?.right ?? 0,
        predicted: round?.scores[team.id]?.predicted ?? 0,
      };
    }),
    trends,
    dissent: round ? dissentOf(round) : null,
  };
}

/** Builds the report: one row per turn of the log, with the vote round of that turn when there was one. */
export function buildReport(input: ReportInput): SessionReport {
  const { index, state, lang } = input;
  const rounds = new Map(input.rounds.map((round) => [round.turn, round]));
  const meterIds = index.scenario.meters.map((meter) => meter.id);
  let previous: Record<string, number> = {};
  for (const meter of index.scenario.meters) previous[meter.id] = meter.initial;
  const rows = state.log.map((record): ReportRow => {
    const meters: ReportRow['meters'] = {};
    for (const id of meterIds) {
      const after = record.meters[id] ?? 0;
      meters[id] = { after, delta: after - (previous[id] ?? after) };
    }
    previous = record.meters;
    const round = rounds.get(record.turn);
    const kept = round && round.card === record.card && round.decided === record.choice ? round : undefined;
    return { ...decision(input, record, kept, familyTrends(record)), meters };
  });
  const undone = (input.undone ?? []).map((round) =>
    decision(input, { ...round, choice: round.decided }, round, round.trends),
  );
  const ending = state.ending === null ? undefined : index.endings.get(state.ending);
  const length = input.length ?? 'full';
  const { scenario: _cut, ...cut } = fitScenario(input.whole ?? index.scenario, length);
  return {
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    scenarioTitle: localize(index.scenario.meta.title, lang),
    sessionCode: input.sessionCode,
    lang,
    teams: input.teams.map((team) => ({ ...team })),
    rule: { ...input.rule },
    length,
    cut,
    ending: state.ending,
    endingTitle: ending ? localize(ending.title, lang) : '',
    meters: index.scenario.meters.map((meter) => ({
      id: meter.id,
      label: localize(meter.label, lang) || meter.id,
    })),
    rows,
    undone,
  };
}

/**
 * The format and version of the JSON export (version 2: choices numbered as on the card, undone kept;
 * `length` and `cut` added within version 2, absent from its first files).
 */
export const REPORT_FORMAT = { format: 'tisser-session-report', version: 2 } as const;

/** The report as JSON text (stable key order as built, 2-space indent). */
export function reportToJson(report: SessionReport): string {
  return `${JSON.stringify({ ...REPORT_FORMAT, ...report }, null, 2)}\n`;
}
