import type { Translate } from '../../adapters/i18n';
import type { ScenarioIndex } from '../../core/scenario-index';
import type { MeterCurve } from '../../engine/debrief/debrief-types';
import { localize } from '../../core/vocabulary';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { GroupCode, RejectReason } from '../../engine/modes/formation/trajectories';
import type { Language } from '../../scenario/format';
import { curvesChart, lineSample } from '../debrief-charts';
import { el, textButton } from '../dom';
import { lengthName } from './export-words';

function reasonText(t: Translate, reason: RejectReason): string {
  switch (reason.kind) {
    case 'malformed':
      return t('formation.compare.malformed');
    case 'other-scenario':
      return t('formation.compare.otherScenario', { found: reason.found });
    case 'other-version':
      return t('formation.compare.otherVersion', { found: reason.found, expected: reason.expected });
    case 'replay-failed':
      return t('formation.compare.replayFailed', { at: reason.at + 1, length: lengthName(t, reason.length) });
    case 'duplicate':
      return t('formation.compare.duplicate', { of: reason.of });
  }
}

/** Reads pasted lines: `label: code` or a bare code (then labelled "Groupe n"). */
export function parseGroupCodes(text: string, nameOf: (n: number) => string): GroupCode[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => {
      const at = line.lastIndexOf(':');
      return at > 0
        ? { label: line.slice(0, at).trim(), code: line.slice(at + 1).trim() }
        : { label: nameOf(i + 1), code: line };
    });
}

/**
 * "Comparer les trajectoires": paste other groups' session codes of the same scenario; this session's
 * curves and theirs are drawn on one chart per meter, with where the paths parted. Codes of another
 * scenario or version are refused with the reason.
 */
export function trajectoriesSection(
  t: Translate,
  index: ScenarioIndex,
  lang: Language,
  ownCode: string,
  model: typeof FormationModel,
): HTMLElement {
  const area = el('textarea', { attrs: { id: 'formation-codes', rows: '3', spellcheck: 'false' } });
  const compare = textButton(t('formation.compare.button'), 'button');
  const result = el('div', { className: 'formation-compare-result', attrs: { 'aria-live': 'polite' } });
  compare.addEventListener('click', () => {
    const others = parseGroupCodes(area.value, (n) => t('formation.compare.group', { n }));
    const comparison = model.trajectories.compareTrajectories(index, [
      { label: t('formation.compare.us'), code: ownCode },
      ...others,
    ]);
    const groups = comparison.trajectories;
    const figures = index.scenario.meters.map((meter) => {
      const label = localize(meter.label, lang) || meter.id;
      const curves: MeterCurve[] = groups.map((group) => ({
        id: `${meter.id}-${group.label}`,
        label: group.label,
        family: null,
        min: meter.min,
        max: meter.max,
        values: group.curves[meter.id] ?? [],
      }));
      return el('figure', { className: 'formation-compare-figure' }, [
        curvesChart(curves, t('formation.compare.chart', { meter: label })),
        el('figcaption', { text: label }),
      ]);
    });
    const legend = el(
      'ul',
      { className: 'chart-legend' },
      groups.map((group, i) =>
        el('li', {}, [
          lineSample({ id: group.label, label: group.label, family: null, min: 0, max: 1, values: [] }, i),
          el('span', { text: group.label }),
        ]),
      ),
    );
    const divergence =
      comparison.firstDivergence === null
        ? t('formation.compare.same')
        : t('formation.compare.parted', { turn: comparison.firstDivergence + 1 });
    result.replaceChildren(
      el('p', { text: groups.length > 1 ? divergence : t('formation.compare.none') }),
      legend,
      ...figures,
      comparison.rejected.length > 0
        ? el(
            'ul',
            { className: 'formation-rejected' },
            comparison.rejected.map((item) =>
              el('li', {
                text: t('exports.labelled', { label: item.label, text: reasonText(t, item.reason) }),
              }),
            ),
          )
        : el('span'),
    );
  });
  return el(
    'section',
    {
      className: 'debrief-section formation-compare no-print',
      attrs: { 'aria-labelledby': 'formation-compare-heading' },
    },
    [
      el('h3', { text: t('formation.compare.heading'), attrs: { id: 'formation-compare-heading' } }),
      el('label', { text: t('formation.compare.label'), attrs: { for: area.id } }),
      area,
      compare,
      result,
    ],
  );
}
