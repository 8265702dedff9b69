import type { GameState } from '../../../core/game-state';
import type { ScenarioIndex } from '../../../core/scenario-index';
import type { Language } from '../../../scenario/format';
import { writeCsv, type CsvCell } from '../../../scenario/csv';
import { localize } from '../../localize';
import type { DecidedBy, RuleSettings } from './decision-rule';
import type { Team } from './teams';
import type { Prediction, RoundRecord, Trend } from './votes';

/** One team's part in a turn. */
export interface ReportVote {
  team: number;
  /** The choice voted for (id), or null (no vote, observers). */
  choice: string | null;
  prediction: Prediction;
  /** Families predicted right, out of families predicted. */
  right: number;
  predicted: number;
}

/** One turn of the session report. */
export interface ReportRow {
  turn: number;
  phase: string;
  phaseTitle: string;
  card: string;
  cardText: string;
  /** The offered choices: id and text, in card order. */
  choices: { id: string; text: string }[];
  decided: string;
  decidedText: string;
  /** How the choice was reached; null when the turn was played without a vote round. */
  decidedBy: DecidedBy | null;
  votes: ReportVote[];
  disagreement: number | null;
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
  ending: string | null;
  rows: ReportRow[];
}

/** Everything the report is built from. */
export interface ReportInput {
  index: ScenarioIndex;
  state: GameState;
  rounds: readonly RoundRecord[];
  teams: readonly Team[];
  rule: RuleSettings;
  lang: Language;
  sessionCode: string;
}

/** Builds the report: one row per turn of the log, with the vote round of that turn when there was one. */
export function buildReport(input: ReportInput): SessionReport {
  const { index, state, lang } = input;
  const rounds = new Map(input.rounds.map((round) => [round.turn, round]));
  const meterIds = index.scenario.meters.map((meter) => meter.id);
  let previous: Record<string, number> = {};
  for (const meter of index.scenario.meters) previous[meter.id] = meter.initial;
  const rows = state.log.map((record): ReportRow => {
    const card = index.cards.get(record.card);
    const round = rounds.get(record.turn);
    const choices = (round?.choices ?? card?.choices.map((c) => c.id) ?? []).map((id) => ({
      id,
      text: localize(index.choices.get(record.card)?.get(id)?.text, lang),
    }));
    const meters: ReportRow['meters'] = {};
    for (const id of meterIds) {
      const after = record.meters[id] ?? 0;
      meters[id] = { after, delta: after - (previous[id] ?? after) };
    }
    previous = record.meters;
    const phase = index.phases.find((p) => p.id === record.phase);
    return {
      turn: record.turn,
      phase: record.phase,
      phaseTitle: localize(phase?.title, lang),
      card: record.card,
      cardText: localize(card?.text, lang),
      choices,
      decided: record.choice,
      decidedText: localize(index.choices.get(record.card)?.get(record.choice)?.text, lang),
      decidedBy: round?.by ?? null,
      votes: input.teams.map((team) => ({
        team: team.id,
        choice: round?.votes[team.id] ?? null,
        prediction: round?.predictions[team.id] ?? {},
        right: round?.scores[team.id]?.right ?? 0,
        predicted: round?.scores[team.id]?.predicted ?? 0,
      })),
      disagreement: round ? Math.round(round.disagreement * 100) / 100 : null,
      meters,
    };
  });
  return {
    scenarioId: state.scenarioId,
    scenarioVersion: state.scenarioVersion,
    scenarioTitle: localize(index.scenario.meta.title, lang),
    sessionCode: input.sessionCode,
    lang,
    teams: input.teams.map((team) => ({ ...team })),
    rule: { ...input.rule },
    ending: state.ending,
    rows,
  };
}

/** The report as JSON text (stable key order as built, 2-space indent). */
export function reportToJson(report: SessionReport): string {
  return `${JSON.stringify({ format: 'tisser-session-report', version: 1, ...report }, null, 2)}\n`;
}

/** Column titles of the CSV export; French by default, the UI may pass translated ones. */
export interface CsvLabels {
  turn: string;
  phase: string;
  card: string;
  cardText: string;
  decided: string;
  decidedText: string;
  decidedBy: string;
  disagreement: string;
  vote: string;
  prediction: string;
  after: string;
  delta: string;
}

/** French column titles. */
export const CSV_LABELS_FR: CsvLabels = {
  turn: 'tour',
  phase: 'phase',
  card: 'carte',
  cardText: 'texte de la carte',
  decided: 'choix retenu',
  decidedText: 'texte du choix',
  decidedBy: 'décidé par',
  disagreement: 'désaccord',
  vote: 'vote',
  prediction: 'prédiction',
  after: 'après',
  delta: 'variation',
};

/** Options of the CSV export. */
export interface CsvOptions {
  /** `;` by default (what Excel expects in French locales); `,` for strict RFC 4180 tools. */
  separator?: ';' | ',';
  labels?: CsvLabels;
  /** Prefix the UTF-8 byte order mark so Excel reads accents right. Default true. */
  bom?: boolean;
}

const arrow = (trend: Trend): string => (trend === 'up' ? '+' : trend === 'down' ? '-' : '=');
const predictionText = (prediction: Prediction): string =>
  Object.entries(prediction)
    .map(([family, trend]) => `${family} ${arrow(trend)}`)
    .join(' / ');

/**
 * The report as CSV: one line per turn, CRLF line ends (RFC 4180), UTF-8 BOM unless turned off, text a
 * spreadsheet would run as a formula neutralised (src/scenario/csv.ts).
 */
export function reportToCsv(report: SessionReport, options: CsvOptions = {}): string {
  const sep = options.separator ?? ';';
  const l = options.labels ?? CSV_LABELS_FR;
  const meterIds = Object.keys(report.rows[0]?.meters ?? {});
  const header: CsvCell[] = [
    l.turn,
    l.phase,
    l.card,
    l.cardText,
    l.decided,
    l.decidedText,
    l.decidedBy,
    l.disagreement,
    ...report.teams.flatMap((team) => [`${l.vote} ${team.name}`, `${l.prediction} ${team.name}`]),
    ...meterIds.flatMap((id) => [`${id} ${l.after}`, `${id} ${l.delta}`]),
  ];
  const lines: CsvCell[][] = [header];
  for (const row of report.rows) {
    lines.push([
      row.turn,
      row.phaseTitle || row.phase,
      row.card,
      row.cardText,
      row.decided,
      row.decidedText,
      row.decidedBy,
      row.disagreement,
      ...row.votes.flatMap((vote) => [vote.choice, predictionText(vote.prediction)]),
      ...meterIds.flatMap((id) => [row.meters[id]?.after ?? null, row.meters[id]?.delta ?? null]),
    ]);
  }
  return writeCsv(lines, { separator: sep, newline: '\r\n', bom: options.bom !== false });
}
