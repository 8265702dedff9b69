/**
 * The authoring tutorial, followed as a reader would: the commands it gives are run (in a temporary
 * folder instead of scenarios/), its JSON blocks are pasted into the file `new` wrote, and the result is
 * opened in the game with "Ouvrir un scénario" and played to an ending with the keyboard.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { applyBlockToText, tutorialSteps } from '../unit/authoring/markdown-blocks';
import { expectScreen, watchErrors } from './helpers';

const markdown = readFileSync('docs/authoring/tutoriel.fr.md', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'tisser-tutoriel-'));
const file = join(dir, 'mon-territoire.json');

/** The tutorial's `npm run scenario -- …` commands, in order, pointed at the temporary folder. */
function commands(): string[][] {
  const found: string[][] = [];
  for (const block of markdown.matchAll(/```sh\n([\s\S]*?)```/g))
    for (const line of (block[1] ?? '').split('\n')) {
      const match = /^npm run scenario -- (.+)$/.exec(line.trim());
      if (match?.[1]) found.push(match[1].replace('scenarios/', `${dir}/`).split(/\s+/));
    }
  return found;
}

const run = (args: string[]): string =>
  execFileSync('npx', ['tsx', 'src/cli/scenario-cli.ts', ...args], { encoding: 'utf8', stdio: 'pipe' });

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the tutorial, step by step, gives a scenario that opens in the game and plays to an ending', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  const [create, validate, ...checks] = commands();
  expect(create?.slice(0, 2)).toEqual(['new', 'mon-territoire']);
  expect(run([...(create ?? []), '--dir', dir])).toContain('mon-territoire.json');
  expect(run(validate ?? [])).toContain('1 fichier(s) : 0 erreur(s), 0 avertissement(s).');

  // Each step's blocks, pasted into the file as the prose says.
  let text = readFileSync(file, 'utf8');
  for (const [, blocks] of [...tutorialSteps(markdown)].sort((a, b) => a[0] - b[0]))
    for (const block of blocks) text = applyBlockToText(text, block);
  writeFileSync(file, text);
  expect(run(validate ?? [])).toContain('1 fichier(s) : 0 erreur(s), 0 avertissement(s).');
  const explore = checks.find((args) => args[0] === 'explore');
  const report = run(explore ?? []);
  expect(report).toContain('Cartes inatteignables: —');
  expect(report).toContain('Fins inatteignables: —');
  expect(checks.map((args) => args[0])).toContain('simulate');

  // Open the result in the game and play it with the keyboard.
  await page.goto('./?lang=fr&seed=3');
  await expectScreen(page, 'title');
  await page.getByRole('button', { name: 'Ouvrir un scénario…' }).click();
  await page.getByLabel('Choisir un fichier de scénario (.json)').setInputFiles(file);
  await expect(page.getByRole('status')).toContainText("« L'atelier des Tilleuls » est prêt");
  await page.getByRole('button', { name: 'Jouer ce scénario' }).focus();
  await page.keyboard.press('Enter');
  const main = page.getByRole('main');
  for (let step = 0; step < 120; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card|consequence|debrief/);
    const screen = await main.getAttribute('data-screen');
    if (screen === 'debrief') break;
    if (screen === 'card') await page.keyboard.press('1');
    else {
      await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
  }
  await expectScreen(page, 'debrief');
  expect(errors).toEqual([]);
});
