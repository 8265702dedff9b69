import type { Translate } from '../../adapters/i18n';
import type { CsvWords } from '../../engine/modes/formation/report-csv';
import type { FittedScenario, SessionLength } from '../../engine/modes/formation/session-length';
import { BY_KEYS, ROLE_KEYS, TREND_KEYS } from './formation-labels';

/** The CSV export's words in the interface language: French labels and values in French, English in English. */
export function csvWords(t: Translate): CsvWords {
  const family = (id: string): string => t(ROLE_KEYS[id] ?? id);
  return {
    status: t('exports.csv.status'),
    played: t('exports.csv.played'),
    undone: t('exports.csv.undone'),
    turn: t('exports.csv.turn'),
    phase: t('exports.csv.phase'),
    card: t('exports.csv.card'),
    cardText: t('exports.csv.cardText'),
    decidedNumber: t('exports.csv.decidedNumber'),
    decidedText: t('exports.csv.decidedText'),
    decidedBy: t('exports.csv.decidedBy'),
    disagreement: t('exports.csv.disagreement'),
    against: t('exports.csv.against'),
    moved: t('exports.csv.moved'),
    vote: t('exports.csv.vote'),
    prediction: t('exports.csv.prediction'),
    after: t('exports.csv.after'),
    delta: t('exports.csv.delta'),
    by: {
      majority: t(BY_KEYS.majority),
      'tie-break': t(BY_KEYS['tie-break']),
      facilitator: t(BY_KEYS.facilitator),
      consensus: t(BY_KEYS.consensus),
    },
    trend: { up: t(TREND_KEYS.up), down: t(TREND_KEYS.down), same: t(TREND_KEYS.same) },
    families: {
      elus: family('elus'),
      habitants: family('habitants'),
      entreprises: family('entreprises'),
      associations: family('associations'),
    },
    right: t('exports.csv.right'),
    wrong: t('exports.csv.wrong'),
    // The engine fills the placeholders itself: keep them as written.
    outOf: t('exports.csv.outOf', { against: '{{against}}', voted: '{{voted}}' }),
  };
}

/** "45 minutes", "le scénario entier": a length of play in a sentence. */
export function lengthName(t: Translate, length: SessionLength): string {
  return length === 'full'
    ? t('exports.length.wholeName')
    : t('exports.length.minutesName', { minutes: length });
}

/** "45 minutes (15 cartes au plus)": a length of play and what its cut holds, as the setup offers it. */
export function lengthValue(
  t: Translate,
  length: SessionLength,
  cut: Pick<FittedScenario, 'turns' | 'minutes'>,
): string {
  return length === 'full'
    ? t('exports.length.fullCount', { cards: cut.turns, minutes: cut.minutes })
    : t('exports.length.minutesCount', { minutes: length, cards: cut.turns });
}
