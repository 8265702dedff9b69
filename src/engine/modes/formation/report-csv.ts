import { FAMILIES, type FamilyId } from '../../../scenario/format';
import { writeCsv, type CsvCell } from '../../../scenario/csv';
import type { DecidedBy } from './decision-rule';
import type { ReportDecision, SessionReport } from './report';
import type { Prediction, Trend } from './votes';

/**
 * The words of the CSV export (column titles and the values written as words), in the interface's
 * language: the shell passes them translated; French is the default.
 */
export interface CsvWords {
  status: string;
  /** The status of a kept decision, and of one the room went back on. */
  played: string;
  undone: string;
  turn: string;
  phase: string;
  card: string;
  cardText: string;
  decidedNumber: string;
  decidedText: string;
  decidedBy: string;
  /** The disagreement column: its title says what it measures (src/engine/modes/formation/dissent.ts). */
  disagreement: string;
  against: string;
  moved: string;
  vote: string;
  prediction: string;
  after: string;
  delta: string;
  /** How a choice was decided. */
  by: Record<DecidedBy, string>;
  trend: Record<Trend, string>;
  families: Record<FamilyId, string>;
  /** A prediction that came true, and one that did not. */
  right: string;
  wrong: string;
  /** "{{against}} of {{voted}}", with the placeholders kept. */
  outOf: string;
}

/** French words. */
export const CSV_WORDS_FR: CsvWords = {
  status: 'statut',
  played: 'joué',
  undone: 'abandonné (retour arrière)',
  turn: 'décision',
  phase: 'phase',
  card: 'carte',
  cardText: 'texte de la carte',
  decidedNumber: 'n° du choix retenu',
  decidedText: 'texte du choix',
  decidedBy: 'décidé par',
  disagreement: 'désaccord (part des équipes contre le choix joué)',
  against: 'équipes contre le choix joué',
  moved: 'confiance des familles',
  vote: 'vote',
  prediction: 'prédiction',
  after: 'après',
  delta: 'variation',
  by: {
    majority: 'majorité',
    'tie-break': 'égalité départagée',
    facilitator: "décision de l'animateur·rice",
    consensus: 'consensus',
  },
  trend: { up: 'hausse', down: 'baisse', same: 'stable' },
  families: {
    elus: 'élu·es',
    habitants: 'habitant·es',
    entreprises: 'entreprises',
    associations: 'associations',
  },
  right: 'juste',
  wrong: 'fausse',
  outOf: '{{against}} sur {{voted}}',
};

/** Options of the CSV export. */
export interface CsvOptions {
  /** `;` by default (what Excel and LibreOffice expect in French); `,` for strict RFC 4180 tools. */
  separator?: ';' | ',';
  /** `,` by default with `;` (French spreadsheets), `.` otherwise. */
  decimal?: ',' | '.';
  words?: CsvWords;
  /** Prefix the UTF-8 byte order mark so Excel reads accents right. Default true. */
  bom?: boolean;
}

const fill = (template: string, values: Record<string, number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A team's prediction as written: "élu·es hausse (juste) / habitant·es baisse (fausse)". */
export function predictionText(
  prediction: Prediction,
  actual: Record<FamilyId, Trend>,
  words: CsvWords,
): string {
  return FAMILIES.filter((family) => prediction[family] !== undefined)
    .map((family) => {
      const guess = prediction[family] as Trend;
      return `${words.families[family]} ${words.trend[guess]} (${guess === actual[family] ? words.right : words.wrong})`;
    })
    .join(' / ');
}

/** How the families' trust moved: "élu·es hausse / habitant·es stable / …". */
export function trendsText(trends: Record<FamilyId, Trend>, words: CsvWords): string {
  return FAMILIES.map((family) => `${words.families[family]} ${words.trend[trends[family]]}`).join(' / ');
}

/**
 * The report as CSV: one line per decision played, then one per decision undone (status column);
 * CRLF line ends (RFC 4180), semicolons and decimal commas by default, UTF-8 BOM unless turned off, text
 * a spreadsheet would run as a formula neutralised (src/scenario/csv.ts).
 */
export function reportToCsv(report: SessionReport, options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const w = options.words ?? CSV_WORDS_FR;
  const header: CsvCell[] = [
    w.status,
    w.turn,
    w.phase,
    w.card,
    w.cardText,
    w.decidedNumber,
    w.decidedText,
    w.decidedBy,
    w.disagreement,
    w.against,
    w.moved,
    ...report.teams.flatMap((team) => [`${w.vote} ${team.name}`, `${w.prediction} ${team.name}`]),
    ...report.meters.flatMap((meter) => [`${meter.label} ${w.after}`, `${meter.label} ${w.delta}`]),
  ];
  const cells = (row: ReportDecision, status: string): CsvCell[] => [
    status,
    row.turn,
    row.phaseTitle || row.phase,
    row.card,
    row.cardText,
    row.decidedNumber,
    row.decidedText,
    row.decidedBy === null ? null : w.by[row.decidedBy],
    row.dissent === null ? null : Math.round(row.dissent.share * 100) / 100,
    row.dissent === null ? null : fill(w.outOf, { ...row.dissent }),
    trendsText(row.trends, w),
    ...row.votes.flatMap((vote) => [vote.number, predictionText(vote.prediction, row.trends, w)]),
  ];
  const lines: CsvCell[][] = [header];
  for (const row of report.rows)
    lines.push([
      ...cells(row, w.played),
      ...report.meters.flatMap(({ id }) => [row.meters[id]?.after ?? null, row.meters[id]?.delta ?? null]),
    ]);
  // An undone decision has no meters of its own (the game went back before them): empty cells.
  for (const row of report.undone)
    lines.push([...cells(row, w.undone), ...report.meters.flatMap(() => [null, null])]);
  return writeCsv(lines, {
    separator,
    decimal: options.decimal ?? (separator === ';' ? ',' : '.'),
    newline: '\r\n',
    bom: options.bom !== false,
  });
}
