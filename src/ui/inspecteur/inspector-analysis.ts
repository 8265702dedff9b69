/**
 * The inspector's dilemma analysis (the same as `npm run scenario -- analyse`): computed in a Web
 * Worker, with a progress bar; the first figures (the random player, the tell rate, the cards where
 * every choice costs) show within a couple of seconds, the expert's last. Every figure is text; PASS
 * and FAIL are words, not colours.
 */
import type { Translate } from '../../adapters/i18n';
import type { AnalysisReport } from '../../engine/analysis/analysis-types';
import type * as InspectorTools from '../../engine/authoring/inspector-tools';
import type { Language, Scenario } from '../../scenario/format';
import { el, type Component } from '../dom';
import type { AnalysisMessage, AnalysisRequest } from './analysis-worker';

/** Sessions per policy in the inspector, and of the expert (as the CLI's defaults). */
export const INSPECTOR_ANALYSIS = { runs: 1000, expertRuns: 200 } as const;

const lines = (items: readonly string[]): HTMLElement =>
  el(
    'ul',
    { className: 'analysis-lines' },
    items.map((text) => el('li', { text })),
  );

/** The analysis section of the inspector; it starts its worker at once and stops it when unmounted. */
export function createInspectorAnalysis(
  t: Translate,
  lang: Language,
  scenario: Scenario,
  tools: typeof InspectorTools,
): Component {
  const { budgetLine, DEFINITIONS, figureLines, policyLine } = tools;
  const heading = el('h3', { text: t('inspector.analysis'), attrs: { id: 'analysis-heading' } });
  const progress = el('progress', { attrs: { max: '1', value: '0', 'aria-labelledby': 'analysis-heading' } });
  const status = el('p', { className: 'analysis-status', attrs: { role: 'status' } });
  const figures = el('div', { className: 'analysis-figures', attrs: { 'data-analysis': 'figures' } });
  const element = el(
    'section',
    { className: 'inspector-analysis', attrs: { 'aria-labelledby': 'analysis-heading' } },
    [heading, el('p', { className: 'hint', text: t('inspector.analysisHint') }), progress, status, figures],
  );
  const show = (report: Partial<AnalysisReport>, done: boolean): void => {
    const parts: HTMLElement[] = [
      lines(figureLines(report, lang)),
      el('h4', { text: t('inspector.analysisPolicies') }),
      lines((report.policies ?? []).map((policy) => policyLine(policy, lang))),
    ];
    if (done && report.budgets) {
      parts.push(
        el('h4', { text: t('inspector.analysisBudgets') }),
        el(
          'ul',
          { className: 'analysis-lines', attrs: { 'data-analysis': 'budgets' } },
          report.budgets.map((budget) => el('li', { text: budgetLine(budget, lang) })),
        ),
        el('details', {}, [
          el('summary', { text: t('inspector.analysisDefinitions') }),
          ...DEFINITIONS[lang].map((text) => el('p', { text })),
        ]),
      );
    }
    figures.replaceChildren(...parts);
  };
  let step = '';
  let shown = 0;
  const worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
    const message = event.data;
    if (message.type === 'progress') {
      progress.setAttribute('value', String(message.done / message.total));
      // The status (read out) changes once per policy, not on every progress report.
      if (message.step !== step) {
        step = message.step;
        status.textContent = t('inspector.analysisRunning', {
          percent: Math.floor((100 * message.done) / message.total),
          step: message.step,
        });
      }
      // Redrawn when a policy is done (and at once, for the static figures).
      if ((message.report.policies?.length ?? 0) >= shown) {
        shown = (message.report.policies?.length ?? 0) + 1;
        show(message.report, false);
      }
    } else if (message.type === 'done') {
      progress.setAttribute('value', '1');
      status.textContent = t('inspector.analysisDone');
      element.dataset.analysisDone = 'true';
      show(message.report, true);
      worker.terminate();
    } else {
      status.textContent = t('inspector.analysisFailed', { message: message.message });
      worker.terminate();
    }
  };
  const request: AnalysisRequest = { scenario, ...INSPECTOR_ANALYSIS };
  worker.postMessage(request);
  return {
    element,
    focusTarget: heading,
    unmount: () => {
      worker.terminate();
      element.remove();
    },
  };
}
