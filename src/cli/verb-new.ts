/** `scenario new <id> [--dir scenarios] [--force]`. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { starterScenario } from '../scenario/authoring/starter';
import type { MessageLang } from '../scenario/validation';
import { UsageError, type ParsedArgs } from './cli-args';
import { loadScenario, printProblems } from './cli-io';

/** Runs the verb; returns the exit code. */
export function runNew(args: ParsedArgs, lang: MessageLang, out: (line: string) => void): number {
  const [id] = args.positionals;
  if (id === undefined || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    throw new UsageError('new needs an id of lowercase letters, digits and dashes');
  }
  const dir = args.options.get('dir') ?? 'scenarios';
  const file = join(dir, `${id}.json`);
  if (existsSync(file) && !args.switches.has('force')) {
    out(
      lang === 'fr'
        ? `${file} existe déjà (ajoutez --force pour l'écraser).`
        : `${file} already exists (add --force to overwrite).`,
    );
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(starterScenario(id), null, 2)}\n`);
  const check = loadScenario(file, lang);
  if (!check.scenario) {
    printProblems(check.problems, lang);
    return 1;
  }
  out(lang === 'fr' ? `Scénario de départ écrit : ${file}` : `Starter scenario written: ${file}`);
  return 0;
}
