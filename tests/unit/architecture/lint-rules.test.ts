import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleHits(fixture: string, pretendPath: string): Promise<string[]> {
  const code = readFileSync(`tests/fixtures/lint/${fixture}`, 'utf8');
  const [result] = await eslint.lintText(code, { filePath: pretendPath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
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
