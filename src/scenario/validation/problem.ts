/** A problem found in a scenario or codex file, located precisely enough to fix it. */
export interface Problem {
  /** The file name as given by the caller. */
  file: string;
  /** 1-based line of the value at fault. */
  line: number;
  /** 1-based column of the value at fault. */
  column: number;
  /** JSON Pointer of the value at fault (`''` for the whole file). */
  path: string;
  /** A stable code, e.g. `unknown-ref` (see the message catalog). */
  code: string;
  /** The message in the requested language, written for authors who are not programmers. */
  message: string;
  /** Errors make the file unusable; warnings point at probable mistakes. */
  severity: 'error' | 'warning';
}

/** Formats a problem as `file:line:column  /json/path  message`; warnings are tagged in the given language. */
export function formatProblem(problem: Problem, lang: 'fr' | 'en' = 'en'): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const tag = problem.severity === 'warning' ? (lang === 'fr' ? ' (avertissement)' : ' (warning)') : '';
  return `${where}  ${problem.path === '' ? '/' : problem.path}  ${problem.message}${tag}`;
}

/** Sorts problems by line, then column, errors before warnings at the same place. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      Number(a.severity === 'warning') - Number(b.severity === 'warning'),
  );
}
