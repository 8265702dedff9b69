/**
 * Proves that the closed vocabularies are checked by the compiler, not at run time: a new effect type
 * or condition kind added to the format and not implemented, or an action or guard the machine does not
 * implement, fails `npm run typecheck`. The TypeScript compiler runs here on the real sources, with
 * src/scenario/format.ts patched in memory, and on tests/fixtures/typecheck/machine-names.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const FORMAT = join(ROOT, 'src/scenario/format.ts');
const FIXTURE = join(ROOT, 'tests/fixtures/typecheck/machine-names.ts');

/** format.ts with one more effect type and one more condition kind, neither implemented anywhere. */
function patchedFormat(): string {
  const text = readFileSync(FORMAT, 'utf8');
  const effect = "export type Effect =\n  | { type: 'teleport'; meter: string }\n";
  const condition = 'export type Condition =\n  | { moonPhase: string }\n';
  const patched = text
    .replace(/export type Effect =\n/, effect)
    .replace(/export type Condition =\n/, condition);
  if (patched === text || !patched.includes('teleport') || !patched.includes('moonPhase'))
    throw new Error('format.ts no longer has the shape this test patches');
  return patched;
}

/** Compiles the rules, the machine and the fixture with the patched format; returns the errors by file. */
function diagnostics(): Map<string, { line: number; text: string }[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('no tsconfig');
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  const format = patchedFormat();
  host.getSourceFile = (name, language, ...rest) =>
    resolve(name) === FORMAT
      ? ts.createSourceFile(name, format, language, true)
      : getSourceFile(name, language, ...rest);
  const roots = config.fileNames.filter((f) => /\/src\/(core|scenario|engine)\//.test(f)).concat(FIXTURE);
  const program = ts.createProgram(roots, config.options, host);
  const byFile = new Map<string, { line: number; text: string }[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file || d.start === undefined) continue;
    const file = d.file.fileName.slice(ROOT.length + 1);
    const line = d.file.getLineAndCharacterOfPosition(d.start).line + 1;
    const list = byFile.get(file) ?? [];
    list.push({ line, text: ts.flattenDiagnosticMessageText(d.messageText, '\n') });
    byFile.set(file, list);
  }
  return byFile;
}

describe('the closed vocabularies are checked by the type-checker', () => {
  const found = diagnostics();
  const lines = (file: string): number[] => (found.get(file) ?? []).map((d) => d.line);
  const lineOf = (file: string, needle: string): number =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(needle)) + 1;

  it('an effect type added to the format and not implemented fails where effects are compiled', () => {
    const errors = found.get('src/core/compile-effect.ts') ?? [];
    expect(errors.map((e) => e.text).join('\n')).toMatch(
      /teleport.*not assignable to parameter of type 'never'/s,
    );
    expect(lines('src/core/compile-effect.ts')).toContain(
      lineOf('src/core/compile-effect.ts', "unreachable(effect, 'effect')"),
    );
  });

  it('a condition kind added to the format and not implemented fails where conditions are compiled', () => {
    const errors = found.get('src/core/compile-condition.ts') ?? [];
    expect(errors.map((e) => e.text).join('\n')).toMatch(
      /moonPhase.*not assignable to parameter of type 'never'/s,
    );
  });

  it('an action or a guard the machine does not implement fails, a known one passes', () => {
    const file = 'tests/fixtures/typecheck/machine-names.ts';
    const expected = readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('// expect-error') ? [i + 1] : []));
    expect(expected).toHaveLength(2);
    expect([...new Set(lines(file))].sort((a, b) => a - b)).toEqual(expected);
    expect(
      found
        .get(file)
        ?.map((d) => d.text)
        .join('\n'),
    ).toMatch(/"teleport"[\s\S]*"isWeekend"/);
  });
});
