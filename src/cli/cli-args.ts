/** A tiny argument parser: positionals, `--name value` options and boolean switches. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  switches: Set<string>;
}

/** Thrown for a usage error (exit code 2). */
export class UsageError extends Error {}

/** Parses `argv` given the names of the switches that take no value. */
export function parseArgs(argv: readonly string[], switchNames: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split('=', 2);
    if (switchNames.includes(name)) {
      switches.add(name);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`--${name} needs a value`);
    if (inline === undefined) i++;
    options.set(name, value);
  }
  return { positionals, options, switches };
}

/** An integer option, with a default; a usage error if it is not a whole number. */
export function intOption(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number, not "${raw}"`);
  return Number(raw);
}
