/**
 * The author CLI: `npm run scenario -- <verb> …`.
 * Exit codes: 0 fine, 1 problems found, 2 usage error.
 */
import { parseArgs, UsageError, type ParsedArgs } from './cli-args';
import { cliLanguage } from './cli-io';
import { HELP } from './cli-help';
import type { MessageLang } from '../scenario/validation';
import { runValidate } from './verb-validate';
import { runSimulate } from './verb-simulate';
import { runExplore } from './verb-explore';
import { runGraph } from './verb-graph';
import { runStrings } from './verb-strings';
import { runNew } from './verb-new';
import { runPlay } from './verb-play';
import { runMigrate } from './verb-migrate';
import { runAnalyse } from './verb-analyse';

type Verb = (args: ParsedArgs, lang: MessageLang, out: (line: string) => void) => number;

const VERBS: Record<string, Verb> = {
  validate: (args, lang, out) => {
    if (args.positionals.length === 0) throw new UsageError('validate needs at least one file');
    return runValidate(args.positionals, lang, out);
  },
  simulate: runSimulate,
  explore: runExplore,
  graph: runGraph,
  strings: runStrings,
  new: runNew,
  play: (args, lang, out) => runPlay(args, lang, out),
  migrate: runMigrate,
  analyse: runAnalyse,
};

/** Runs the CLI on arguments; returns the exit code. */
export function main(
  argv: readonly string[],
  out: (line: string) => void,
  err: (line: string) => void,
): number {
  let lang: MessageLang = cliLanguage(undefined);
  try {
    const [verb, ...rest] = argv;
    const args = parseArgs(rest);
    // For `strings`, --lang names the translated language; the output language then comes from LANG.
    if (verb !== 'strings') {
      lang = cliLanguage(args.options.get('lang'));
      args.options.delete('lang');
    }
    const general = HELP[lang].general ?? '';
    if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') {
      out(general);
      return verb === undefined ? 2 : 0;
    }
    const run = VERBS[verb];
    if (!run) throw new UsageError(`unknown verb "${verb}"`);
    if (args.switches.has('help')) {
      out(HELP[lang][verb] ?? general);
      return 0;
    }
    return run(args, lang, out);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${lang === 'fr' ? 'Erreur d’usage' : 'Usage error'}: ${error.message}\n`);
      err(HELP[lang].general ?? '');
      return 2;
    }
    throw error;
  }
}

const isEntry = process.argv[1] !== undefined && /scenario-cli\.[tj]s$/.test(process.argv[1]);
if (isEntry) {
  process.exitCode = main(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
