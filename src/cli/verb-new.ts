/** `scenario new <id> [--dir scenarios] [--force]`. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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
  writeFileSync(file, `${JSON.stringify(starterScenario(id, schemaPath(dir)), null, 2)}\n`);
  const check = loadScenario(file, lang);
  if (!check.scenario) {
    printProblems(check.problems, lang);
    return 1;
  }
  out(lang === 'fr' ? `Scénario de départ écrit : ${file}` : `Starter scenario written: ${file}`);
  for (const line of nextSteps(file, id, dir, lang)) out(line);
  return 0;
}

/** The schema's path from `dir`, so editors autocomplete a file written anywhere in the repository. */
function schemaPath(dir: string): string {
  const schema = resolve('scenarios', 'schema', 'scenario.schema.json');
  if (!existsSync(schema)) return './schema/scenario.schema.json';
  const path = relative(resolve(dir), schema).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** What to do next, as the tutorial (docs/authoring) tells it. */
function nextSteps(file: string, id: string, dir: string, lang: MessageLang): string[] {
  const fr = lang === 'fr';
  const playable = dir.replace(/\/+$/, '') === 'scenarios';
  return [
    ...(existsSync(join(dir, 'codex.json'))
      ? []
      : [
          fr
            ? `Attention : pas de codex.json dans ${dir} ; validate n'y vérifiera pas les ids de concepts.`
            : `Note: no codex.json in ${dir}; validate will not check concept ids there.`,
        ]),
    fr ? 'Ensuite :' : 'Next:',
    `  npm run scenario -- validate ${file}`,
    `  npm run scenario -- explore ${file}`,
    ...(playable
      ? [`  npm start   →   http://localhost:5173/?scenario=${id}`]
      : [
          fr
            ? `  (pour y jouer : « Ouvrir un scénario » sur l'écran titre du jeu, ou placez le fichier dans scenarios/ puis npm start → http://localhost:5173/?scenario=${id})`
            : `  (to play it: "Open a scenario" on the game's title screen, or put the file in scenarios/ then npm start → http://localhost:5173/?scenario=${id})`,
        ]),
    fr ? 'Tutoriel : docs/authoring/tutoriel.fr.md' : 'Tutorial: docs/authoring/tutorial.en.md',
  ];
}
