import { writeCsv, type CsvCell } from '../../../scenario/csv';
import type { ComparedSession, ExportsComparison } from './compare-exports';

/** The words of the comparison's CSV, in the interface language (French by default). */
export interface CompareCsvWords {
  card: string;
  cardText: string;
  ending: string;
  noEnding: string;
  decisions: string;
  /** A meter's value at the end of the session: "{{meter}} à la fin". */
  meterEnd: string;
  /** The length of play's row. */
  length: string;
  /** The length of an export written before it was recorded. */
  lengthUnknown: string;
  /** A shortened game: "{{minutes}} minutes ({{cards}} cartes au plus)", "{{minutes}} minutes" without its cut. */
  lengthMinutes: { count: string; plain: string };
  /** The whole scenario: "Tout le scénario ({{cards}} cartes au plus, environ {{minutes}} minutes)", or without its cut. */
  lengthFull: { count: string; plain: string };
}

/** French words. */
export const COMPARE_WORDS_FR: CompareCsvWords = {
  card: 'carte',
  cardText: 'texte de la carte',
  ending: 'fin atteinte',
  noEnding: 'pas de fin',
  decisions: 'décisions',
  meterEnd: '{{meter}} à la fin',
  length: 'durée de jeu',
  lengthUnknown: 'non notée (export ancien)',
  lengthMinutes: { count: '{{minutes}} minutes ({{cards}} cartes au plus)', plain: '{{minutes}} minutes' },
  lengthFull: {
    count: 'Tout le scénario ({{cards}} cartes au plus, environ {{minutes}} minutes)',
    plain: 'le scénario entier',
  },
};

const fill = (template: string, values: Record<string, number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A session's length of play as the comparison shows it: "45 minutes (15 cartes au plus)". */
function lengthText(session: ComparedSession, words: CompareCsvWords): string {
  if (session.length === null) return words.lengthUnknown;
  const template = session.length === 'full' ? words.lengthFull : words.lengthMinutes;
  const minutes = session.length === 'full' ? (session.cut?.minutes ?? 0) : session.length;
  return session.cut === null
    ? fill(template.plain, { minutes })
    : fill(template.count, { minutes, cards: session.cut.turns });
}

/**
 * The comparison as CSV for French spreadsheets (semicolons, decimal commas, BOM): one column per
 * session; the ending, the length of play ("not recorded" for an older export), the number of decisions, each meter at the end, then each card with the choice
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
  lines.push(['', words.length, ...comparison.sessions.map((s) => lengthText(s, words))]);
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
