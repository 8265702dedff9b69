/** `scenario graph <file> --format mermaid|dot`. */
import { renderGraph } from '../scenario/authoring/graph';
import type { MessageLang } from '../scenario/validation';
import { UsageError, type ParsedArgs } from './cli-args';
import { loadScenario, printProblems } from './cli-io';

/** Runs the verb; returns the exit code. */
export function runGraph(args: ParsedArgs, lang: MessageLang, out: (line: string) => void): number {
  const [file] = args.positionals;
  if (file === undefined) throw new UsageError('graph needs a scenario file');
  const format = args.options.get('format') ?? 'mermaid';
  if (format !== 'mermaid' && format !== 'dot') throw new UsageError('--format must be mermaid or dot');
  const loaded = loadScenario(file, lang);
  if (!loaded.scenario) {
    printProblems(loaded.problems, lang);
    return 1;
  }
  out(renderGraph(loaded.scenario, format).trimEnd());
  return 0;
}
