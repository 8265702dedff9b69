/**
 * The CLI's arguments, read by Node's own parser (`node:util` parseArgs): positionals, `--name value`
 * (or `--name=value`) options and boolean switches. Every option and switch any verb reads is declared
 * here, so an unknown or misspelled one is a usage error rather than silently ignored.
 */
import { parseArgs as parseNodeArgs } from 'node:util';

/** What the verbs read: positionals, options with a value, and switches. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  switches: Set<string>;
}

/** Thrown for a usage error (exit code 2). */
export class UsageError extends Error {}

/** Options that take a value (every verb's; `--help` lists which verb reads which). */
export const VALUE_OPTIONS = [
  'lang',
  'format',
  'out',
  'choices',
  'dir',
  'policy',
  'runs',
  'expert-runs',
  'max-states',
  'rollouts',
  'samples',
  'seed',
] as const;

/** Options that take no value. */
export const SWITCHES = ['json', 'help', 'force', 'write', 'strict'] as const;

type NodeOptions = Record<string, { type: 'string' | 'boolean' }>;
const DECLARED: NodeOptions = Object.fromEntries([
  ...VALUE_OPTIONS.map((name) => [name, { type: 'string' as const }]),
  ...SWITCHES.map((name) => [name, { type: 'boolean' as const }]),
]);

/** Node's parser refuses a value starting with "-"; the CLI takes one unless it starts with "--". */
function joinDashValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : '';
    const next = argv[i + 1];
    if (DECLARED[name]?.type === 'string' && next?.startsWith('-') && !next.startsWith('--')) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/** Parses `argv` (the words after the verb). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseNodeArgs<{ options: NodeOptions; allowPositionals: true }>>;
  try {
    parsed = parseNodeArgs({
      args: joinDashValues(argv),
      options: DECLARED,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const options = new Map<string, string>();
  const switches = new Set<string>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') options.set(name, value);
    else if (value === true) switches.add(name);
  }
  return { positionals: parsed.positionals, options, switches };
}

/** Node's parse errors, told as the CLI's usage errors. */
function usageMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const option = /'(--?[\w-]+)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return text.includes('does not take') ? `${option} takes no value` : `${option} needs a value`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  return text;
}

/** An integer option, with a default; a usage error if it is not a whole number. */
export function intOption(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number, not "${raw}"`);
  return Number(raw);
}
