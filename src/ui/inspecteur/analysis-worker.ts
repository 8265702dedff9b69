/**
 * The dilemma analysis in a Web Worker, so the inspector page stays responsive: it receives a
 * validated scenario and the options, posts progress (with the figures known so far) and the report.
 */
import { analyse } from '../../engine/analysis/analyse';
import type { AnalysisProgress, AnalysisReport } from '../../engine/analysis/analysis-types';
import { loadScenario } from '../../engine/api';
import type { Scenario } from '../../scenario/format';

/** What the page sends. */
export interface AnalysisRequest {
  scenario: Scenario;
  runs: number;
  expertRuns: number;
}

/** What the worker posts back. */
export type AnalysisMessage =
  | ({ type: 'progress' } & AnalysisProgress)
  | { type: 'done'; report: AnalysisReport }
  | { type: 'error'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage: (message: AnalysisMessage) => void;
};

scope.onmessage = (event) => {
  const { scenario, runs, expertRuns } = event.data;
  try {
    const report = analyse(loadScenario(scenario), {
      runs,
      expertRuns,
      onProgress: (progress) => scope.postMessage({ type: 'progress', ...progress }),
    });
    scope.postMessage({ type: 'done', report });
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
