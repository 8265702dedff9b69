import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function lint(fixture: string, pretendPath: string) {
  const code = readFileSync(`tests/fixtures/lint/${fixture}`, 'utf8');
  const [result] = await eslint.lintText(code, { filePath: pretendPath });
  return result?.messages ?? [];
}

async function ruleHits(fixture: string, pretendPath: string): Promise<string[]> {
  return (await lint(fixture, pretendPath)).map((m) => `${m.ruleId}: ${m.message}`);
}

/** The lines the import rule flags, with the start of its message. */
async function importHits(fixture: string, pretendPath: string): Promise<Map<number, string>> {
  const hits = new Map<number, string>();
  for (const m of await lint(fixture, pretendPath))
    if (m.ruleId === 'no-restricted-imports') hits.set(m.line, m.message);
  return hits;
}

describe('the dependency rule is enforced by lint', () => {
  for (const layer of ['core', 'scenario', 'engine']) {
    it(`fails an impure file in src/${layer}`, async () => {
      const hits = await ruleHits('impure-core.ts', `src/${layer}/probe.ts`);
      const text = hits.join('\n');
      for (const banned of [
        '"phaser"',
        '"howler"',
        '"i18next"',
        'shell',
        '"document"',
        '"localStorage"',
        'seeded RNG',
        'clock',
      ]) {
        expect(text).toContain(banned);
      }
    });
  }

  it('accepts a pure file in src/core', async () => {
    expect(await ruleHits('pure-core.ts', 'src/core/probe.ts')).toEqual([]);
  });

  it('lets the shell use Phaser and the DOM', async () => {
    const hits = await ruleHits('impure-core.ts', 'src/scenes/probe.ts');
    expect(hits.join('\n')).not.toMatch(/pure layers/);
  });

  it('forbids markup and code built from strings everywhere', async () => {
    const hits = (await ruleHits('markup-from-text.ts', 'src/ui/probe.ts')).join('\n');
    expect(hits).toContain('innerHTML');
    expect(hits).toContain('insertAdjacentHTML');
    expect(hits).toMatch(/no-new-func|new Function/);
    expect(hits).toContain('no-eval');
  });
});

describe('the shell imports the pure layers as types only (lint)', () => {
  for (const path of ['src/ui/probe.ts', 'src/scenes/probe.ts', 'src/ui/formation/probe.ts']) {
    it(`flags every value import from the engine, core, scenario and xstate in ${path}`, async () => {
      const hits = await importHits('shell-imports.ts', path);
      expect([...hits.keys()]).toEqual([2, 3, 4, 5, 6]);
      for (const message of hits.values()) expect(message).toContain('types only');
    });
  }

  it('lets the composition roots import engine values, but never the session class, the machine or the core', async () => {
    for (const path of [
      'src/main.ts',
      'src/ui/app/probe.ts',
      'src/ui/solo/solo-mode.ts',
      'src/ui/mode-registry.ts',
      'src/ui/authoring/authoring-kit.ts',
      'src/ui/inspecteur/analysis-worker.ts',
    ])
      expect([...(await importHits('shell-imports.ts', path)).keys()]).toEqual(
        path === 'src/main.ts' ? [] : [2, 3, 4],
      );
  });
});

describe('the core reads the format module as types only (lint)', () => {
  it('flags a value imported from src/scenario/format.ts, not a type nor the vocabulary', async () => {
    const hits = await importHits('core-format-values.ts', 'src/core/probe.ts');
    expect([...hits.keys()]).toEqual([2]);
    expect(hits.get(2)).toContain('src/core/vocabulary.ts');
  });

  it('keeps the pure-layer rule in the core as well', async () => {
    const hits = await ruleHits('impure-core.ts', 'src/core/probe.ts');
    expect(hits.join('\n')).toContain('"phaser"');
  });
});
