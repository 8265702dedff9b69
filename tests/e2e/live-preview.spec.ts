import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startDevServer, type DevServer } from './dev-server-process';
import { expectScreen, watchErrors } from './helpers';

// The live preview exists on the development server only: this spec starts its own (`vite`, as `npm start`)
// and writes a draft in scenarios/drafts/ (git-ignored, skipped by the content tests).
const PORT = 5199;
const DRAFT = 'scenarios/drafts/zz-live-test.json';
let server: DevServer | null = null;

const original = readFileSync('scenarios/premiers-pas.json', 'utf8').replace(
  '"id": "premiers-pas"',
  '"id": "zz-live-test"',
);

test.beforeAll(async () => {
  mkdirSync('scenarios/drafts', { recursive: true });
  writeFileSync(DRAFT, original);
  server = await startDevServer(PORT);
});

test.afterAll(() => {
  server?.stop();
  rmSync(DRAFT, { force: true });
});

test.use({ baseURL: `http://localhost:${PORT}/` });
// A fresh development server may reload the page once when it optimises a dependency found late (a lazy
// chunk): that resets the game mid-test, so one retry is allowed (seen once in 4 runs).
test.describe.configure({ retries: 1 });

test('saving the scenario file reloads it on the same decision; problems overlay until fixed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await page.goto('./?lang=fr&seed=7');
  await expectScreen(page, 'title');
  // Open the draft in the game, as an author would.
  await page.getByRole('button', { name: 'Ouvrir un scénario…' }).click();
  await page.getByLabel('Choisir un fichier de scénario (.json)').setInputFiles(DRAFT);
  await page.getByRole('button', { name: 'Jouer ce scénario' }).click();
  await expectScreen(page, 'phase');
  await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'card');
  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');
  // On to the next card (through the next phase's introduction).
  await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'phase');
  await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'card');
  const heading = page.locator('#panel-host h2').first();
  const before = (await heading.textContent()) ?? '';
  expect(before.length).toBeGreaterThan(0);

  // The author renames the card on show and saves: the game shows the new text on the same decision.
  const renamed = original.split(before).join(`${before} (revu)`);
  expect(renamed).not.toEqual(original);
  writeFileSync(DRAFT, renamed);
  await expect(heading).toHaveText(`${before} (revu)`);
  await expectScreen(page, 'card');

  // A broken save: an overlay names the file and the line; the game stays where it was.
  const lines = renamed.split('\n');
  const at = lines.findIndex((line) => line.includes('"besoins-non-couverts"'));
  lines[at] = (lines[at] ?? '').replace('"besoins-non-couverts"', '"concept-inconnu"');
  writeFileSync(DRAFT, lines.join('\n'));
  const overlay = page.locator('[data-live="overlay"]');
  await expect(overlay).toContainText('drafts/zz-live-test.json ne se charge plus');
  await expect(overlay).toContainText(`drafts/zz-live-test.json:${at + 1}:`);
  await expect(overlay).toContainText('concept-inconnu');
  await expect(heading).toHaveText(`${before} (revu)`);

  // Fixed: the overlay goes away.
  writeFileSync(DRAFT, renamed);
  await expect(overlay).toHaveCount(0);
  await expectScreen(page, 'card');
  expect(errors).toEqual([]);
});
