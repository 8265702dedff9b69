/** `scenario explore <file> [--max-states N] [--samples N] [--json]`. */
import { indexScenario } from '../core/scenario-index';
import { explore, type ExploreReport } from '../scenario/play/explore';
import type { MessageLang } from '../scenario/validation';
import { intOption, UsageError, type ParsedArgs } from './cli-args';
import { loadScenario, printProblems } from './cli-io';

/**
 * Whether the report shows a problem worth exit code 1: a card or ending never reached (proved
 * unreachable by a complete exploration, or not reached by the bounded one and its sampled sessions),
 * a dead end or a session that never ends.
 */
export function exploreFailed(report: ExploreReport): boolean {
  const unreachable = report.unreachableCards.length > 0 || report.unreachableEndings.length > 0;
  return unreachable || report.deadEnds.count > 0 || report.neverEnding.count > 0;
}

/** The report as text lines. */
export function exploreText(report: ExploreReport, lang: MessageLang): string[] {
  const fr = lang === 'fr';
  const list = (items: readonly string[]): string => items.join(', ') || '—';
  const unreached = (what: string): string =>
    report.complete
      ? fr
        ? `${what} inatteignables`
        : `Unreachable ${what}`
      : fr
        ? `${what} non atteintes`
        : `${what.charAt(0).toUpperCase()}${what.slice(1)} not reached`;
  const traces = (examples: string[][]): string[] => examples.map((t) => `    ${t.join(' → ') || '(start)'}`);
  return [
    fr
      ? `${report.states} états distincts explorés${report.complete ? ' (exploration complète)' : ' (BORNE ATTEINTE : exploration partielle)'}`
      : `${report.states} distinct states explored${report.complete ? ' (complete)' : ' (BOUND REACHED: partial exploration)'}`,
    ...(report.sampledSessions > 0
      ? [
          fr
            ? `+ ${report.sampledSessions} parties simulées (toutes les politiques) pour compléter la couverture`
            : `+ ${report.sampledSessions} simulated sessions (every policy) to complete the coverage`,
        ]
      : []),
    `${fr ? 'Phases atteintes' : 'Phases reached'}: ${list(report.phasesReached)}`,
    `${fr ? 'Cartes atteintes' : 'Cards reached'}: ${report.cardsReached.length}`,
    `${unreached(fr ? 'Cartes' : 'cards')}: ${list(report.unreachableCards)}`,
    `${fr ? 'Choix pris' : 'Choices taken'}: ${report.choicesTaken}/${report.choicesTotal}; ${fr ? 'jamais disponibles' : 'never available'}: ${list(report.untakenChoices)}`,
    `${fr ? 'Fins atteintes' : 'Endings reached'}: ${list(Object.entries(report.endingsReached).map(([id, n]) => `${id} (${n})`))}`,
    `${unreached(fr ? 'Fins' : 'endings')}: ${list(report.unreachableEndings)}`,
    `${fr ? 'Impasses' : 'Dead ends'}: ${report.deadEnds.count}`,
    ...traces(report.deadEnds.examples),
    `${fr ? 'Parties sans fin' : 'Sessions that never end'}: ${report.neverEnding.count}`,
    ...traces(report.neverEnding.examples),
  ];
}

/** Runs the verb; returns the exit code. */
export function runExplore(args: ParsedArgs, lang: MessageLang, out: (line: string) => void): number {
  const [file] = args.positionals;
  if (file === undefined) throw new UsageError('explore needs a scenario file');
  const maxStates = intOption(args, 'max-states', 100_000);
  const samples = intOption(args, 'samples', 2000);
  const loaded = loadScenario(file, lang);
  if (!loaded.scenario) {
    printProblems(loaded.problems, lang);
    return 1;
  }
  const report = explore(loaded.loaded?.index ?? indexScenario(loaded.scenario), { maxStates, samples });
  if (args.switches.has('json')) out(JSON.stringify(report, null, 2));
  else for (const line of exploreText(report, lang)) out(line);
  return exploreFailed(report) ? 1 : 0;
}
