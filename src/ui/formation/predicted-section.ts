import type { Translate } from '../../adapters/i18n';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { SessionReport } from '../../engine/modes/formation/report';
import { el } from '../dom';
import { disclosure } from './disclosure';
import { csvWords } from './export-words';

/**
 * Predictions shown as predicted: for every decision where a team predicted, what each team said of
 * each family's trust (with "juste" or "fausse" in words, not by colour) next to what happened.
 */
export function predictedSection(
  t: Translate,
  report: SessionReport,
  model: typeof FormationModel,
): HTMLElement {
  const { predictionText, trendsText } = model.reportCsv;
  const words = csvWords(t);
  const rows = report.rows.filter((row) => row.votes.some((vote) => Object.keys(vote.prediction).length > 0));
  const table = el('table', { className: 'formation-predicted-table' }, [
    el('caption', { text: t('exports.predicted.caption') }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: t('formation.debrief.turn'), attrs: { scope: 'col' } }),
        ...report.teams.map((team) => el('th', { text: team.name, attrs: { scope: 'col' } })),
        el('th', { text: t('exports.predicted.happened'), attrs: { scope: 'col' } }),
      ]),
    ]),
    el(
      'tbody',
      {},
      rows.map((row) =>
        el('tr', {}, [
          el('th', { text: String(row.turn), attrs: { scope: 'row' } }),
          ...row.votes.map((vote) =>
            el('td', { text: predictionText(vote.prediction, row.trends, words) || '—' }),
          ),
          el('td', { text: trendsText(row.trends, words) }),
        ]),
      ),
    ),
  ]);
  return el(
    'section',
    { className: 'debrief-section formation-predicted', attrs: { 'aria-labelledby': 'formation-predicted' } },
    [
      el('h3', { text: t('exports.predicted.heading'), attrs: { id: 'formation-predicted' } }),
      rows.length > 0
        ? disclosure(t('exports.predicted.show', { count: rows.length }), table)
        : el('p', { text: t('exports.predicted.none') }),
    ],
  );
}
