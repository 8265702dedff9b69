import type { Translate } from '../../adapters/i18n';
import type { MeterCurve } from '../../engine/debrief/debrief-types';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { SessionReport } from '../../engine/modes/formation/report';
import { el, textButton } from '../dom';
import { disclosure } from './disclosure';
import { csvWords, lengthValue } from './export-words';
import { BY_KEYS, ROLE_KEYS, RULE_KEYS } from './formation-labels';
import { dissentText, printSummary } from './print-summary';
import { sessionCodeTools } from './session-code-tools';

/** Saves text as a file on this machine (a Blob behind an object URL, revoked right after). */
export function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Every decision in one table, numbered as the room saw the choices (behind a disclosure button). */
function fullTable(t: Translate, report: SessionReport): HTMLElement {
  const teamName = (id: number): string => report.teams.find((team) => team.id === id)?.name ?? String(id);
  const rows = report.rows.map((row) =>
    el('tr', {}, [
      el('th', { text: String(row.turn), attrs: { scope: 'row' } }),
      el('td', { text: row.cardText }),
      el('td', {
        text: `${row.decidedNumber ?? '—'}. ${row.decidedText}${row.decidedBy ? ` (${t(BY_KEYS[row.decidedBy])})` : ''}`,
      }),
      el('td', {
        text: row.votes
          .filter((vote) => vote.number !== null)
          .map((vote) => t('exports.labelled', { label: teamName(vote.team), text: String(vote.number) }))
          .join(' · '),
      }),
      el('td', { text: dissentText(t, row.dissent) }),
    ]),
  );
  return el('table', { className: 'formation-report-table' }, [
    el('caption', { text: t('formation.report.heading') }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: t('exports.csv.turn'), attrs: { scope: 'col' } }),
        el('th', { text: t('exports.csv.cardText'), attrs: { scope: 'col' } }),
        el('th', { text: t('exports.csv.decidedNumber'), attrs: { scope: 'col' } }),
        el('th', { text: t('exports.csv.vote'), attrs: { scope: 'col' } }),
        el('th', { text: t('formation.csv.disagreement'), attrs: { scope: 'col' } }),
      ]),
    ]),
    el('tbody', {}, rows),
  ]);
}

/**
 * The session report: the one-page summary (the print stylesheet keeps only it in formation mode: the
 * ending, the key decisions with their votes, the curves, the paths abandoned), the full table behind
 * a disclosure button, the CSV and JSON exports, the session code to copy or scan. Nothing leaves the
 * machine.
 */
export function reportSection(
  t: Translate,
  report: SessionReport,
  date: string,
  curves: readonly MeterCurve[],
  model: typeof FormationModel,
): HTMLElement {
  const { reportToJson } = model.report;
  const { reportToCsv } = model.reportCsv;
  const print = textButton(t('formation.report.print'), 'button');
  const csv = textButton(t('formation.report.csv'), 'button');
  const json = textButton(t('formation.report.json'), 'button');
  const base = `tisser-seance-${report.scenarioId}-${date}`;
  print.addEventListener('click', () => window.print());
  csv.addEventListener('click', () =>
    download(reportToCsv(report, { words: csvWords(t) }), 'text/csv;charset=utf-8', `${base}.csv`),
  );
  json.addEventListener('click', () => download(reportToJson(report), 'application/json', `${base}.json`));
  return el(
    'section',
    {
      className: 'debrief-section formation-report',
      attrs: { 'aria-labelledby': 'formation-report-heading' },
    },
    [
      el('h3', { text: t('formation.report.heading'), attrs: { id: 'formation-report-heading' } }),
      el('dl', { className: 'formation-report-meta' }, [
        el('dt', { text: t('formation.report.scenario') }),
        el('dd', { text: report.scenarioTitle }),
        el('dt', { text: t('formation.report.date') }),
        el('dd', { text: date }),
        el('dt', { text: t('formation.report.rule') }),
        el('dd', { text: t(RULE_KEYS[report.rule.rule]) }),
        el('dt', { text: t('formation.report.teams') }),
        el('dd', {
          text: report.teams
            .map((team) =>
              team.role ? `${team.name} (${t(ROLE_KEYS[team.role] ?? 'formation.role.none')})` : team.name,
            )
            .join(', '),
        }),
        el('dt', { text: t('exports.length.label') }),
        el('dd', { text: lengthValue(t, report.length, report.cut) }),
        el('dt', { text: t('formation.report.code') }),
        el('dd', {}, [sessionCodeTools(t, report.sessionCode)]),
      ]),
      printSummary(t, report, curves),
      el('p', { className: 'formation-dissent-definition', text: t('exports.dissent.definition') }),
      disclosure(
        t('exports.tables.report', { count: report.rows.length }),
        fullTable(t, report),
        'formation-report-full',
      ),
      el('div', { className: 'debrief-tools no-print' }, [print, csv, json]),
    ],
  );
}
