import { writeCsv, type CsvCell } from '../../../scenario/csv';
import type { ExportsComparison } from './compare-exports';

/** The words of the comparison's CSV, in the interface language (French by default). */
export interface CompareCsvWords {
  card: string;
  cardText: string;
  ending: string;
  noEnding: string;
  decisions: string;
  /** A meter's value at the end of the session: "{{meter}} à la fin". */
  meterEnd: string;
}

/** French words. */
export const COMPARE_WORDS_FR: CompareCsvWords = {
  card: 'carte',
  cardText: 'texte de la carte',
  ending: 'fin atteinte',
  noEnding: 'pas de fin',
  decisions: 'décisions',
  meterEnd: '{{meter}} à la fin',
};

/**
 * The comparison as CSV for French spreadsheets (semicolons, decimal commas, BOM): one column per
 * session; the ending, the number of decisions, each meter at the end, then each card with the choice
 * each session took there ("2. text", as numbered on the card).
 */
export function comparisonToCsv(
  comparison: ExportsComparison,
  words: CompareCsvWords = COMPARE_WORDS_FR,
  separator: ';' | ',' = ';',
): string {
  const lines: CsvCell[][] = [[words.card, words.cardText, ...comparison.sessions.map((s) => s.label)]];
  lines.push([
    '',
    words.ending,
    ...comparison.sessions.map((s) => s.endingTitle || s.ending || words.noEnding),
  ]);
  lines.push(['', words.decisions, ...comparison.sessions.map((s) => s.decisions)]);
  for (const meter of comparison.meters)
    lines.push([
      '',
      words.meterEnd.replace('{{meter}}', meter.label),
      ...meter.curves.map((curve) => curve.at(-1) ?? null),
    ]);
  for (const card of comparison.cards)
    lines.push([
      card.card,
      card.cardText,
      ...card.entries.map((entry) => (entry === null ? null : `${entry.number ?? '?'}. ${entry.choiceText}`)),
    ]);
  return writeCsv(lines, {
    separator,
    decimal: separator === ';' ? ',' : '.',
    newline: '\r\n',
    bom: true,
  });
}
