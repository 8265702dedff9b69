/** `scenario simulate <file> --runs N --seed S --policy random|<posture> [--json]`. */
import { indexScenario } from '../core/scenario-index';
import { isPolicyName } from '../scenario/play/policy';
import { simulate, type SimulationReport } from '../scenario/play/simulate';
import type { MessageLang } from '../scenario/validation';
import { intOption, UsageError, type ParsedArgs } from './cli-args';
import { loadScenario, printProblems } from './cli-io';

const pct = (n: number, total: number): string => `${total === 0 ? 0 : ((100 * n) / total).toFixed(1)}%`;
const fixed = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The report as text lines. */
export function simulationText(report: SimulationReport, lang: MessageLang): string[] {
  const fr = lang === 'fr';
  const lines = [
    fr
      ? `${report.runs} parties, politique « ${report.policy} », graine ${report.seed}`
      : `${report.runs} sessions, policy "${report.policy}", seed ${report.seed}`,
    fr ? 'Fins :' : 'Endings:',
    ...Object.entries(report.endings).map(
      ([id, n]) => `  ${id.padEnd(32)} ${String(n).padStart(7)}  ${pct(n, report.runs)}`,
    ),
    fr ? 'Cartes tirées :' : 'Cards drawn:',
    ...Object.entries(report.cardsDrawn).map(([id, n]) => `  ${id.padEnd(32)} ${String(n).padStart(7)}`),
    `${fr ? 'Jamais tirées' : 'Never drawn'}: ${report.neverDrawn.join(', ') || '—'}`,
    fr ? 'Choix pris :' : 'Choices picked:',
    ...Object.entries(report.choicesPicked).map(([id, n]) => `  ${id.padEnd(40)} ${String(n).padStart(7)}`),
    `${fr ? 'Tours' : 'Turns'} (min/${fr ? 'moy' : 'mean'}/max): ${report.turns.min} / ${fixed(report.turns.mean)} / ${report.turns.max}`,
    `${fr ? 'Minutes estimées' : 'Estimated minutes'} (min/${fr ? 'moy' : 'mean'}/max): ${fixed(report.minutes.min)} / ${fixed(report.minutes.mean)} / ${fixed(report.minutes.max)}`,
    fr ? 'Extrêmes des jauges :' : 'Meter extremes:',
    ...Object.entries(report.meters).map(([id, m]) => `  ${id.padEnd(32)} ${m.min} … ${m.max}`),
  ];
  if (report.deadEnds > 0) lines.push(`${fr ? 'Impasses' : 'Dead ends'}: ${report.deadEnds}`);
  if (report.neverEnded > 0)
    lines.push(`${fr ? 'Parties sans fin' : 'Sessions that never ended'}: ${report.neverEnded}`);
  return lines;
}

/** Runs the verb; returns the exit code. */
export function runSimulate(args: ParsedArgs, lang: MessageLang, out: (line: string) => void): number {
  const [file] = args.positionals;
  if (file === undefined) throw new UsageError('simulate needs a scenario file');
  const runs = intOption(args, 'runs', 1000);
  const seed = intOption(args, 'seed', 1);
  const policy = args.options.get('policy') ?? 'random';
  if (runs < 1) throw new UsageError('--runs must be at least 1');
  if (!isPolicyName(policy)) throw new UsageError(`unknown policy "${policy}"`);
  const loaded = loadScenario(file, lang);
  if (!loaded.scenario) {
    printProblems(loaded.problems, lang);
    return 1;
  }
  const report = simulate(loaded.loaded?.index ?? indexScenario(loaded.scenario), { runs, seed, policy });
  if (args.switches.has('json')) out(JSON.stringify(report, null, 2));
  else for (const line of simulationText(report, lang)) out(line);
  return report.deadEnds > 0 || report.neverEnded > 0 ? 1 : 0;
}
