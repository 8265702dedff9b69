import type { Translate } from '../../adapters/i18n';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { CsvLabels, SessionReport } from '../../engine/modes/formation/report';
import { el, textButton } from '../dom';
import { BY_KEYS, ROLE_KEYS, RULE_KEYS } from './formation-labels';

/** The CSV column titles in the interface language. */
function csvLabels(t: Translate): CsvLabels {
  return {
    turn: t('formation.csv.turn'),
    phase: t('formation.csv.phase'),
    card: t('formation.csv.card'),
    cardText: t('formation.csv.cardText'),
    decided: t('formation.csv.decided'),
    decidedText: t('formation.csv.decidedText'),
    decidedBy: t('formation.csv.decidedBy'),
    disagreement: t('formation.csv.disagreement'),
    vote: t('formation.csv.vote'),
    prediction: t('formation.csv.prediction'),
    after: t('formation.csv.after'),
    delta: t('formation.csv.delta'),
  };
}

/** Saves text as a file on this machine (a Blob behind an object URL, revoked right after). */
function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The session report: a page laid out for A4 printing (the print stylesheet keeps only it in
 * formation mode), with the CSV and JSON exports. Nothing leaves the machine.
 */
export function reportSection(
  t: Translate,
  report: SessionReport,
  date: string,
  model: typeof FormationModel,
): HTMLElement {
  const { reportToCsv, reportToJson } = model.report;
  const teamName = (id: number): string => report.teams.find((team) => team.id === id)?.name ?? String(id);
  const print = textButton(t('formation.report.print'), 'button');
  const csv = textButton(t('formation.report.csv'), 'button');
  const json = textButton(t('formation.report.json'), 'button');
  const base = `tisser-seance-${report.scenarioId}-${date}`;
  print.addEventListener('click', () => window.print());
  csv.addEventListener('click', () =>
    download(reportToCsv(report, { labels: csvLabels(t) }), 'text/csv;charset=utf-8', `${base}.csv`),
  );
  json.addEventListener('click', () => download(reportToJson(report), 'application/json', `${base}.json`));
  const rows = report.rows.map((row) =>
    el('tr', {}, [
      el('th', { text: String(row.turn), attrs: { scope: 'row' } }),
      el('td', { text: row.cardText }),
      el('td', { text: `${row.decidedText}${row.decidedBy ? ` (${t(BY_KEYS[row.decidedBy])})` : ''}` }),
      el('td', {
        text: row.votes
          .map((vote) => {
            const number =
              vote.choice === null ? '—' : String(row.choices.findIndex((c) => c.id === vote.choice) + 1);
            return `${teamName(vote.team)} : ${number}`;
          })
          .join(' · '),
      }),
      el('td', { text: row.disagreement === null ? '—' : `${Math.round(row.disagreement * 100)} %` }),
    ]),
  );
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
        el('dt', { text: t('formation.report.code') }),
        el('dd', { text: report.sessionCode }),
      ]),
      el('table', { className: 'formation-report-table' }, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: t('formation.csv.turn'), attrs: { scope: 'col' } }),
            el('th', { text: t('formation.csv.cardText'), attrs: { scope: 'col' } }),
            el('th', { text: t('formation.csv.decided'), attrs: { scope: 'col' } }),
            el('th', { text: t('formation.csv.vote'), attrs: { scope: 'col' } }),
            el('th', { text: t('formation.csv.disagreement'), attrs: { scope: 'col' } }),
          ]),
        ]),
        el('tbody', {}, rows),
      ]),
      el('div', { className: 'debrief-tools no-print' }, [print, csv, json]),
    ],
  );
}
