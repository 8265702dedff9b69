/** `scenario validate <files…>`: every problem of every file, exit 1 on any error. */
import { readFileSync } from 'node:fs';
import { formatProblem, validateCodexBytes, type MessageLang, type Problem } from '../scenario/validation';
import { isCodexFile, loadScenario } from './cli-io';

/** Validates files and prints `file:line:column  /json/path  message` lines. Returns the exit code. */
export function runValidate(
  files: readonly string[],
  lang: MessageLang,
  out: (line: string) => void,
): number {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    let problems: Problem[];
    if (isCodexFile(file)) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch {
        bytes = new Uint8Array(0);
      }
      problems = validateCodexBytes(bytes, file, { lang }).problems;
    } else problems = loadScenario(file, lang).problems;
    for (const problem of problems) out(formatProblem(problem, lang));
    errors += problems.filter((p) => p.severity === 'error').length;
    warnings += problems.filter((p) => p.severity === 'warning').length;
  }
  const summary =
    lang === 'fr'
      ? `${files.length} fichier(s) : ${errors} erreur(s), ${warnings} avertissement(s).`
      : `${files.length} file(s): ${errors} error(s), ${warnings} warning(s).`;
  out(summary);
  return errors > 0 ? 1 : 0;
}
