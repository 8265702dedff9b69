import type { Translate } from '../../adapters/i18n';
import type { MeterCurve } from '../../engine/debrief/debrief-types';
import type { ExportRejection, ExportsComparison } from '../../engine/modes/formation/compare-exports';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import { curvesChart, lineSample } from '../debrief-charts';
import { el, textButton } from '../dom';
import { lengthName, lengthValue } from './export-words';
import { download } from './report-section';

function reasonText(t: Translate, reason: ExportRejection): string {
  switch (reason.kind) {
    case 'not-json':
      return t('exports.compare.notJson');
    case 'not-report':
      return t('exports.compare.notReport');
    case 'too-new':
      return t('exports.compare.tooNew', { version: reason.version });
    case 'invalid':
      return t('exports.compare.invalid', { field: reason.field });
    case 'other-scenario':
      return t('exports.compare.otherScenario', { found: reason.found, expected: reason.expected });
    case 'duplicate':
      return t('exports.compare.duplicate', { of: reason.of });
  }
}

/** The comparison drawn: endings, each card's choice per session, the meters' curves side by side. */
function comparisonView(
  t: Translate,
  comparison: ExportsComparison,
  model: typeof FormationModel,
): HTMLElement[] {
  const { sessions } = comparison;
  const parts: HTMLElement[] = [];
  if (comparison.rejected.length > 0)
    parts.push(
      el('div', { className: 'formation-rejected', attrs: { role: 'alert' } }, [
        el('p', { text: t('exports.compare.skipped', { count: comparison.rejected.length }) }),
        el(
          'ul',
          {},
          comparison.rejected.map((item) =>
            el('li', { text: t('exports.labelled', { label: item.name, text: reasonText(t, item.reason) }) }),
          ),
        ),
      ]),
    );
  if (sessions.length === 0) {
    parts.push(el('p', { text: t('exports.compare.empty') }));
    return parts;
  }
  const header = el('tr', {}, [
    el('th', { text: t('exports.compare.card'), attrs: { scope: 'col' } }),
    ...sessions.map((s) => el('th', { text: s.label, attrs: { scope: 'col' } })),
  ]);
  const endings = el('tr', {}, [
    el('th', { text: t('exports.compare.ending'), attrs: { scope: 'row' } }),
    ...sessions.map((s) => el('td', { text: s.endingTitle || s.ending || t('exports.compare.noEnding') })),
  ]);
  const lengths = el('tr', {}, [
    el('th', { text: t('exports.compare.length'), attrs: { scope: 'row' } }),
    ...sessions.map((s) =>
      el('td', {
        text:
          s.length === null
            ? t('exports.compare.lengthUnknown')
            : s.cut === null
              ? lengthName(t, s.length)
              : lengthValue(t, s.length, s.cut),
      }),
    ),
  ]);
  const decisions = el('tr', {}, [
    el('th', { text: t('exports.compare.decisions'), attrs: { scope: 'row' } }),
    ...sessions.map((s) =>
      el('td', {
        text:
          s.undone > 0
            ? t('exports.compare.decisionsUndone', { count: s.decisions, undone: s.undone })
            : String(s.decisions),
      }),
    ),
  ]);
  const cards = comparison.cards.map((card) =>
    el('tr', { className: card.same ? '' : 'formation-compare-differs' }, [
      el('th', { text: card.cardText, attrs: { scope: 'row' } }),
      ...card.entries.map((entry) =>
        el('td', {
          text: entry === null ? '—' : `${entry.number ?? '?'}. ${entry.choiceText}`,
        }),
      ),
    ]),
  );
  parts.push(
    el('table', { className: 'formation-compare-table' }, [
      el('caption', { text: t('exports.compare.caption', { count: sessions.length }) }),
      el('thead', {}, [header]),
      el('tbody', {}, [endings, lengths, decisions, ...cards]),
    ]),
    el('p', { className: 'meta', text: t('exports.compare.differsNote') }),
  );
  const legend = el(
    'ul',
    { className: 'chart-legend' },
    sessions.map((s, i) =>
      el('li', {}, [
        lineSample({ id: s.label, label: s.label, family: null, min: 0, max: 1, values: [] }, i),
        el('span', { text: s.label }),
      ]),
    ),
  );
  parts.push(legend);
  for (const meter of comparison.meters) {
    const values = meter.curves.flat().filter(Number.isFinite);
    const curves: MeterCurve[] = meter.curves.map((curve, i) => ({
      id: `${meter.id}-${i}`,
      label: sessions[i]?.label ?? String(i + 1),
      family: null,
      min: Math.min(0, ...values),
      max: Math.max(100, ...values),
      values: curve,
    }));
    parts.push(
      el('figure', { className: 'formation-compare-figure' }, [
        curvesChart(curves, t('exports.compare.chart', { meter: meter.label })),
        el('figcaption', { text: meter.label }),
      ]),
    );
  }
  const csv = textButton(t('exports.compare.csv'), 'button');
  csv.addEventListener('click', () =>
    download(
      model.compareCsv.comparisonToCsv(comparison, {
        card: t('exports.csv.card'),
        cardText: t('exports.csv.cardText'),
        ending: t('exports.compare.ending'),
        noEnding: t('exports.compare.noEnding'),
        decisions: t('exports.compare.decisions'),
        meterEnd: t('exports.compare.meterEnd', { meter: '{{meter}}' }),
        length: t('exports.compare.length'),
        lengthUnknown: t('exports.compare.lengthUnknown'),
        // The engine fills the placeholders itself: keep them as written.
        lengthMinutes: {
          count: t('exports.length.minutesCount', { minutes: '{{minutes}}', cards: '{{cards}}' }),
          plain: t('exports.length.minutesName', { minutes: '{{minutes}}' }),
        },
        lengthFull: {
          count: t('exports.length.fullCount', { minutes: '{{minutes}}', cards: '{{cards}}' }),
          plain: t('exports.length.wholeName'),
        },
      }),
      'text/csv;charset=utf-8',
      `tisser-comparaison-${comparison.scenarioId ?? 'seances'}.csv`,
    ),
  );
  parts.push(el('div', { className: 'debrief-tools' }, [csv]));
  return parts;
}

/**
 * "Comparer des séances": several sessions' JSON exports (of the same scenario, run with several
 * groups), opened with the file picker or dropped on the zone, combined into one comparison. A file
 * that is not such an export is named with the reason and left out; the others are kept. Nothing leaves
 * the machine.
 */
export function compareSection(t: Translate, model: typeof FormationModel): HTMLElement {
  const input = el('input', {
    attrs: { id: 'formation-compare-files', type: 'file', accept: '.json,application/json', multiple: '' },
  });
  const result = el('div', {
    className: 'formation-compare-exports-result',
    attrs: { 'aria-live': 'polite' },
  });
  const show = async (files: readonly File[]): Promise<void> => {
    const read = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
    result.replaceChildren(...comparisonView(t, model.compareExports.compareExports(read), model));
  };
  input.addEventListener('change', () => void show([...(input.files ?? [])]));
  const zone = el('div', { className: 'formation-drop-zone' }, [
    el('label', { text: t('exports.compare.label'), attrs: { for: input.id } }),
    input,
    el('p', { className: 'meta', text: t('exports.compare.drop') }),
  ]);
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('formation-drop-active');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('formation-drop-active'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('formation-drop-active');
    void show([...(event.dataTransfer?.files ?? [])]);
  });
  return el(
    'section',
    {
      className: 'debrief-section formation-compare-exports no-print',
      attrs: { 'aria-labelledby': 'formation-compare-exports-heading' },
    },
    [
      el('h3', { text: t('exports.compare.heading'), attrs: { id: 'formation-compare-exports-heading' } }),
      el('p', { text: t('exports.compare.intro') }),
      zone,
      result,
    ],
  );
}
