/**
 * `scenario analyse <file> [--json] [--lang fr|en] [--runs N] [--expert-runs N] [--rollouts K] [--seed N]
 * [--strict]`: the dilemma analysis, through the public API (src/engine/api.ts), with the budgets of
 * issue #14 beside the figures. Exit 0 unless --strict and an applicable budget fails.
 */
import { analyse } from '../engine/analysis/analyse';
import type { MessageLang } from '../scenario/validation';
import { analysisText } from '../engine/analysis/report-text';
import { intOption, UsageError, type ParsedArgs } from './cli-args';
import { loadScenario, printProblems } from './cli-io';

/** Runs the verb; returns the exit code. */
export function runAnalyse(args: ParsedArgs, lang: MessageLang, out: (line: string) => void): number {
  const [file] = args.positionals;
  if (file === undefined) throw new UsageError('analyse needs a scenario file');
  const runs = intOption(args, 'runs', 1000);
  const expertRuns = intOption(args, 'expert-runs', Math.min(200, runs));
  const rollouts = intOption(args, 'rollouts', 8);
  const seed = intOption(args, 'seed', 1);
  if (runs < 1 || expertRuns < 0 || rollouts < 2)
    throw new UsageError('--runs must be at least 1, --expert-runs at least 0, --rollouts at least 2');
  const opened = loadScenario(file, lang);
  if (!opened.loaded) {
    printProblems(opened.problems, lang);
    return 1;
  }
  const started = performance.now();
  const cpu = process.cpuUsage();
  const report = analyse(opened.loaded, { runs, expertRuns, rollouts, seed });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  if (args.switches.has('json'))
    out(
      JSON.stringify(
        { ...report, ms: Math.round(seconds * 1000), cpuMs: Math.round(cpuSeconds * 1000) },
        null,
        2,
      ),
    );
  else for (const line of analysisText(report, lang, seconds, cpuSeconds)) out(line);
  return args.switches.has('strict') && !report.budgetsPass ? 1 : 0;
}
