import type { Translate } from '../../adapters/i18n';
import type { MeterCurve } from '../../engine/debrief/debrief-types';
import type { Dissent } from '../../engine/modes/formation/dissent';
import type { ReportDecision, SessionReport } from '../../engine/modes/formation/report';
import { curvesChart, lineSample } from '../debrief-charts';
import { el } from '../dom';
import { BY_KEYS } from './formation-labels';

/** At most this many decisions on the printed page (with its curves, it stays on one A4 sheet). */
const MAX_KEY_DECISIONS = 8;

/** "2 sur 4 (50 %)": the disagreement as defined on screen; a dash without a vote. */
export function dissentText(t: Translate, dissent: Dissent | null): string {
  if (dissent === null || dissent.voted === 0) return '—';
  return t('exports.dissent.percent', {
    against: dissent.against,
    voted: dissent.voted,
    percent: Math.round(dissent.share * 100),
  });
}

/** The teams' votes by the numbers the room saw: "Mairie 1, Quartier 2". */
export function votesText(report: SessionReport, decision: ReportDecision): string {
  return decision.votes
    .filter((vote) => vote.number !== null)
    .map((vote) => `${report.teams.find((team) => team.id === vote.team)?.name ?? vote.team} ${vote.number}`)
    .join(', ');
}

/** The decisions worth a line on the page: key cards, then the most divided, in the order played. */
export function keyDecisions(report: SessionReport): ReportDecision[] {
  const divided = [...report.rows]
    .filter((row) => !row.key && (row.dissent?.against ?? 0) > 0)
    .sort((a, b) => (b.dissent?.share ?? 0) - (a.dissent?.share ?? 0) || a.turn - b.turn);
  const chosen = [...report.rows.filter((row) => row.key), ...divided].slice(0, MAX_KEY_DECISIONS);
  return chosen.sort((a, b) => a.turn - b.turn);
}

/** One decision as a line: its card, the choice played, the votes and the disagreement. */
function decisionItem(t: Translate, report: SessionReport, decision: ReportDecision): HTMLElement {
  const by = decision.decidedBy ? ` (${t(BY_KEYS[decision.decidedBy])})` : '';
  const votes = votesText(report, decision);
  return el('li', {}, [
    el('span', {
      text: `${t('exports.summary.keyRow', {
        turn: decision.turn,
        speaker: decision.speaker,
        number: decision.decidedNumber ?? '—',
        choice: decision.decidedText,
      })}${by}`,
    }),
    votes
      ? el('span', {
          className: 'formation-summary-votes',
          text: ` — ${t('exports.summary.keyVotes', { votes, dissent: dissentText(t, decision.dissent) })}`,
        })
      : null,
  ]);
}

/** The paths abandoned: each decision the room went back on, what had been chosen and how. */
export function undoneList(t: Translate, report: SessionReport): HTMLElement | null {
  if (report.undone.length === 0) return null;
  return el('div', { className: 'formation-undone' }, [
    el('h4', { text: t('exports.undone.heading') }),
    el('p', { text: t('exports.undone.intro') }),
    el(
      'ul',
      {},
      report.undone.map((decision) => {
        const votes = votesText(report, decision);
        return el('li', {
          text: `${t('exports.undone.item', {
            turn: decision.turn,
            speaker: decision.speaker,
            number: decision.decidedNumber ?? '—',
            choice: decision.decidedText,
            by: decision.decidedBy ? t(BY_KEYS[decision.decidedBy]) : '—',
          })}${votes ? ` ${t('exports.undone.votes', { votes })}` : ''}`,
        });
      }),
    ),
  ]);
}

/**
 * The session on one page, for print and for the room: the ending reached, the key decisions with
 * their votes and disagreement, the meters' curves, the paths abandoned.
 */
export function printSummary(
  t: Translate,
  report: SessionReport,
  curves: readonly MeterCurve[],
): HTMLElement {
  const decisions = keyDecisions(report);
  const rest = report.rows.length - decisions.length;
  return el('div', { className: 'formation-summary' }, [
    el('h4', { text: t('exports.summary.heading') }),
    el('p', {
      className: 'formation-summary-ending',
      text: report.endingTitle
        ? t('exports.summary.ending', { ending: report.endingTitle })
        : t('exports.summary.noEnding'),
    }),
    el('h4', { text: t('exports.summary.keyDecisions') }),
    el(
      'ol',
      { className: 'formation-key-decisions' },
      decisions.map((decision) => decisionItem(t, report, decision)),
    ),
    rest > 0 ? el('p', { className: 'meta', text: t('exports.summary.more', { count: rest }) }) : null,
    curves.length > 0
      ? el('figure', { className: 'formation-summary-curves' }, [
          curvesChart(curves, t('exports.summary.curvesLabel')),
          el('figcaption', {}, [
            el('span', { text: t('exports.summary.curves') }),
            el(
              'ul',
              { className: 'chart-legend' },
              curves.map((curve, i) =>
                el('li', {}, [lineSample(curve, i), el('span', { text: curve.label })]),
              ),
            ),
          ]),
        ])
      : null,
    undoneList(t, report),
  ]);
}
