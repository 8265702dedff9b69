/**
 * `scenario migrate <file> [--write]`: the file in the current format version. Without --write, the
 * converted text is printed; with it, the file is rewritten in place. The author's layout is kept (key
 * order, indentation, objects written on one line): a v1 file changes in two places only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { FORMAT_VERSION } from '../scenario/format';
import { formatProblem, validateScenarioText, type MessageLang } from '../scenario/validation';
import { migrateText } from '../scenario/validation/migrate-text';
import { UsageError, type ParsedArgs } from './cli-args';

/** Runs the verb; returns the exit code (1 when the file cannot be read, converted or validated). */
export function runMigrate(args: ParsedArgs, lang: MessageLang, out: (line: string) => void): number {
  const [file] = args.positionals;
  if (file === undefined) throw new UsageError('migrate needs a scenario file');
  const fr = lang === 'fr';
  const say = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    say(`${file}: ${fr ? 'fichier introuvable ou illisible' : 'file not found or unreadable'}`);
    return 1;
  }
  const migrated = migrateText(text);
  if (!migrated.ok) {
    const check = validateScenarioText(text, file, { lang });
    for (const problem of check.problems.filter((p) => p.severity === 'error'))
      say(formatProblem(problem, lang));
    return 1;
  }
  const problems = validateScenarioText(migrated.text, file, { lang }).problems.filter(
    (p) => p.severity === 'error',
  );
  for (const problem of problems) say(formatProblem(problem, lang));
  if (!args.switches.has('write')) out(migrated.text.replace(/\n$/, ''));
  else if (migrated.from !== null) writeFileSync(file, migrated.text);
  const summary =
    migrated.from === null
      ? fr
        ? `${file} : déjà au format ${FORMAT_VERSION}, rien à convertir.`
        : `${file}: already in format ${FORMAT_VERSION}, nothing to convert.`
      : fr
        ? `${file} : converti du format ${migrated.from} au format ${FORMAT_VERSION}${args.switches.has('write') ? ' (fichier réécrit)' : ''}.`
        : `${file}: converted from format ${migrated.from} to format ${FORMAT_VERSION}${args.switches.has('write') ? ' (file rewritten)' : ''}.`;
  say(summary);
  return problems.length > 0 ? 1 : 0;
}
