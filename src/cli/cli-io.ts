/** File loading and output helpers shared by the CLI verbs (Node only). */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Scenario } from '../scenario/format';
import {
  formatProblem,
  validateCodexBytes,
  validateScenarioBytes,
  type MessageLang,
  type Problem,
} from '../scenario/validation';

/** The CLI's output language: `--lang`, else from `LANG` (French if it starts with `fr`). */
export function cliLanguage(option: string | undefined, env: NodeJS.ProcessEnv = process.env): MessageLang {
  if (option === 'fr' || option === 'en') return option;
  return (env.LC_ALL ?? env.LANG ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Whether a file is the shared codex rather than a scenario. */
export const isCodexFile = (file: string): boolean => basename(file) === 'codex.json';

/** The concept ids of the codex next to a scenario, with the codex's own problems. */
export function loadCodexNear(file: string, lang: MessageLang): { concepts?: string[]; problems: Problem[] } {
  const path = join(dirname(file), 'codex.json');
  if (!existsSync(path)) return { problems: [] };
  const result = validateCodexBytes(readFileSync(path), path, { lang });
  return {
    problems: result.problems,
    ...(result.codex ? { concepts: result.codex.concepts.map((c) => c.id) } : {}),
  };
}

/** Reads and validates a scenario file (with the codex next to it). */
export function loadScenario(
  file: string,
  lang: MessageLang,
): { scenario?: Scenario; problems: Problem[]; text: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    const message = lang === 'fr' ? 'fichier introuvable ou illisible' : 'file not found or unreadable';
    return {
      text: '',
      problems: [{ file, line: 1, column: 1, path: '', code: 'file-unreadable', message, severity: 'error' }],
    };
  }
  const codex = loadCodexNear(file, lang);
  // The same decoding rule as the game: UTF-8, a byte-order mark tolerated, anything else refused.
  const result = validateScenarioBytes(bytes, file, {
    lang,
    ...(codex.concepts ? { knownConcepts: codex.concepts } : {}),
  });
  return {
    text: result.text ?? '',
    problems: result.problems,
    ...(result.scenario ? { scenario: result.scenario } : {}),
  };
}

/** Prints problems to stderr, one a line. */
export function printProblems(problems: readonly Problem[], lang: MessageLang): void {
  for (const problem of problems) process.stderr.write(`${formatProblem(problem, lang)}\n`);
}
