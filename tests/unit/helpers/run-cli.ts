import { main } from '../../../src/cli/scenario-cli';

/** What a CLI run printed: standard output, standard error, and both in the order written. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
  all: string;
}

/** Runs the author CLI (`npm run scenario -- …`) in-process and collects what it prints. */
export function runCli(...argv: string[]): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const all: string[] = [];
  const code = main(
    argv,
    (line) => {
      out.push(line);
      all.push(line);
    },
    (line) => {
      err.push(line);
      all.push(line);
    },
  );
  return { code, out: out.join('\n'), err: err.join('\n'), all: all.join('\n') };
}
