/** `scenario new` tells the author what to do next, and warns when concepts will not be checked. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';

/** Runs the CLI; `out` holds both streams, in order. */
const run = (...argv: string[]): { code: number; out: string } => {
  const { code, all } = runCli(...argv);
  return { code, out: all };
};

describe('scenario new', () => {
  it('prints the next commands and the tutorial, in the chosen language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-next-'));
    const fr = run('new', 'essai', '--dir', dir, '--lang', 'fr');
    expect(fr.code).toBe(0);
    expect(fr.out).toContain(`npm run scenario -- validate ${join(dir, 'essai.json')}`);
    expect(fr.out).toContain('docs/authoring/tutoriel.fr.md');
    expect(fr.out).toContain('placez le fichier dans scenarios/');
    expect(fr.out).toContain('« Ouvrir un scénario »');
    const en = run('new', 'other', '--dir', dir, '--lang', 'en');
    expect(en.out).toContain('docs/authoring/tutorial.en.md');
  });

  it('warns that concept ids go unchecked only where there is no codex.json', () => {
    const bare = mkdtempSync(join(tmpdir(), 'new-bare-'));
    expect(run('new', 'essai', '--dir', bare, '--lang', 'en').out).toContain('no codex.json');
    const withCodex = mkdtempSync(join(tmpdir(), 'new-codex-'));
    copyFileSync(join(import.meta.dirname, '../../../scenarios/codex.json'), join(withCodex, 'codex.json'));
    expect(run('new', 'essai', '--dir', withCodex, '--lang', 'en').out).not.toContain('no codex.json');
  });

  it('points $schema at the bundled schema from wherever the file is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-schema-'));
    run('new', 'essai', '--dir', dir, '--lang', 'en');
    const file = join(dir, 'essai.json');
    const schema = (JSON.parse(readFileSync(file, 'utf8')) as { $schema: string }).$schema;
    expect(resolve(dirname(file), schema)).toBe(resolve('scenarios/schema/scenario.schema.json'));
    expect(existsSync(resolve(dirname(file), schema))).toBe(true);
  });
});
