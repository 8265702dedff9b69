/** File loading and output helpers shared by the CLI verbs (Node only). */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openCodex, openScenario, type LoadedScenario } from '../engine/api';
import type { Concept, Scenario } from '../scenario/format';
import {
  decodeScenarioBytes,
  encodingProblem,
  formatProblem,
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

/** The concepts of the codex next to a scenario, with the codex's own problems. */
export function loadCodexNear(
  file: string,
  lang: MessageLang,
): { concepts?: Concept[]; problems: Problem[] } {
  const path = join(dirname(file), 'codex.json');
  if (!existsSync(path)) return { problems: [] };
  // Bytes, not text: the same decoding rule as the game (UTF-8, a byte-order mark tolerated).
  const result = openCodex(readFileSync(path), { file: path, lang });
  return { problems: result.problems, ...(result.codex ? { concepts: result.codex.concepts } : {}) };
}

/**
 * Reads and validates a scenario file (with the codex next to it) through the public API
 * (src/engine/api.ts): the scenario, ready to play, when it has no error. The file's bytes are read by
 * the game's one decoding rule: UTF-8, a byte-order mark tolerated, anything else refused, located.
 */
export function loadScenario(
  file: string,
  lang: MessageLang,
): { scenario?: Scenario; loaded?: LoadedScenario; problems: Problem[]; text: string } {
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
  const decoded = decodeScenarioBytes(bytes);
  if (!decoded.ok) return { text: '', problems: [encodingProblem(decoded.problem, file, lang)] };
  const text = decoded.text;
  const codex = loadCodexNear(file, lang);
  const result = openScenario(text, { file, lang, ...(codex.concepts ? { codex: codex.concepts } : {}) });
  if (!result.ok) return { text, problems: result.problems };
  return { text, problems: result.problems, scenario: result.loaded.scenario, loaded: result.loaded };
}

/** Prints problems to stderr, one a line. */
export function printProblems(problems: readonly Problem[], lang: MessageLang): void {
  for (const problem of problems) process.stderr.write(`${formatProblem(problem, lang)}\n`);
}
