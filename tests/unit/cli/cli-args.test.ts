import { describe, expect, it } from 'vitest';
import { intOption, parseArgs, UsageError } from '../../../src/cli/cli-args';
import { runCli } from '../helpers/run-cli';

const parsed = (...argv: string[]) => {
  const args = parseArgs(argv);
  return {
    positionals: args.positionals,
    options: Object.fromEntries(args.options),
    switches: [...args.switches],
  };
};

describe('the CLI arguments (node:util parseArgs)', () => {
  it('reads positionals, options with a separate or inline value, and switches', () => {
    expect(parsed('a.json', '--runs', '300', '--lang=en', '--json', 'b.json')).toEqual({
      positionals: ['a.json', 'b.json'],
      options: { runs: '300', lang: 'en' },
      switches: ['json'],
    });
  });

  it('takes a value starting with a single dash (a negative seed), the last of a repeated option', () => {
    expect(parsed('--seed', '-5', '--format', 'csv', '--format', 'po').options).toEqual({
      seed: '-5',
      format: 'po',
    });
  });

  it('refuses a missing value, a value given to a switch and an unknown option, as usage errors', () => {
    expect(() => parseArgs(['--out'])).toThrow(new UsageError('--out needs a value'));
    expect(() => parseArgs(['--out', '--json'])).toThrow(new UsageError('--out needs a value'));
    expect(() => parseArgs(['--json=yes'])).toThrow(new UsageError('--json takes no value'));
    expect(() => parseArgs(['--rnus', '3'])).toThrow(new UsageError('unknown option --rnus'));
  });

  it('reads whole numbers and refuses anything else', () => {
    expect(intOption(parseArgs(['--runs', '12']), 'runs', 5)).toBe(12);
    expect(intOption(parseArgs([]), 'runs', 5)).toBe(5);
    expect(() => intOption(parseArgs(['--runs', '1e3']), 'runs', 5)).toThrow(/whole number/);
  });

  it('a usage error exits with code 2 and the help', () => {
    const run = runCli('simulate', 'scenarios/premiers-pas.json', '--rnus', '3', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Usage error: unknown option --rnus');
  });
});
