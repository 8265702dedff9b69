/**
 * Format 2 on screen, on the fixture that uses every mechanic (tests/fixtures/v2/dilemmes.json), opened
 * as an author would: before choosing, the families at stake, the costs and the stated risk as text;
 * after, the outcome, the risk drawn, the consequences of past choices with their origin, "Pourquoi ?"
 * grouped by origin; at the end, the debrief's plain mention of what came back. Screenshots at 1280×720
 * go to /tmp (E2E_SHOTS=dir to change).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectScreen, seriousViolations, watchErrors } from './helpers';

const FIXTURE = readFileSync('tests/fixtures/v2/dilemmes.json', 'utf8');
const SHOTS = process.env.E2E_SHOTS ?? '/tmp';

async function openFixture(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ouvrir un scénario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ouvrir un scénario' });
  await dialog.getByLabel('Choisir un fichier de scénario (.json)').setInputFiles({
    name: 'dilemmes.json',
    mimeType: 'application/json',
    buffer: Buffer.from(FIXTURE, 'utf8'),
  });
  await expect(dialog.getByRole('status')).toContainText('« Dilemmes au bourg » est prêt');
  await dialog.getByRole('button', { name: 'Jouer ce scénario' }).click();
  await expectScreen(page, 'phase');
}

/** Continues to the next card and checks it is `speaker`'s. */
async function nextCard(page: Page, speaker: string): Promise<void> {
  await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'card');
  await expect(page.locator('#panel-host').getByRole('heading', { level: 2 })).toHaveText(speaker);
}

test('stakes, costs and risks before choosing; outcomes, risks and past choices coming back after', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=fr&seed=3');
  await page.evaluate(() => localStorage.clear());
  await page.goto('./?lang=fr&seed=3');
  await expectScreen(page, 'title');
  await openFixture(page);
  const panel = page.locator('#panel-host');

  // Turn 1 (the mechanic): let the town hall decide; it will come back in the next phase.
  await nextCard(page, 'Paul Roche');
  await page.keyboard.press('2');
  await expectScreen(page, 'consequence');

  // Turn 2 (the mayor's public meeting): the risk and the stakes are text on the choices.
  await nextCard(page, 'Claire Dumas');
  const meeting = panel.getByRole('button', { name: /Accepter : tout le monde/ });
  await expect(meeting).toContainText(
    'Risque, 1 sur 4 (25 %) : la réunion peut tourner au règlement de comptes',
  );
  await expect(meeting).toContainText('Concerne : élu·es, habitant·es');
  const doors = panel.getByRole('button', { name: /porte-à-porte/ });
  await expect(doors).toContainText('Coût : 2 Temps et énergie');
  await expect(doors).toContainText('Concerne : élu·es, habitant·es, associations');
  await expect(panel).not.toContainText('en hausse');
  await page.screenshot({ path: join(SHOTS, 'card-risk-stakes.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('2');
  await expectScreen(page, 'consequence');

  // Turn 3, then the experimentation phase.
  await nextCard(page, 'Claire Dumas');
  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');
  await panel.getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'phase');
  await nextCard(page, 'Inès Caron');
  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');

  // Both past choices come back, each with its turn and its choice; "Pourquoi ?" groups the changes.
  const landed = panel.locator('.landed');
  await expect(landed).toHaveCount(2);
  await expect(landed.nth(0)).toContainText("Le garagiste n'a pas oublié qu'on a décidé sans lui.");
  await expect(landed.nth(0)).toContainText(
    '(tour 1 : « Laisser la mairie trancher : elle a la main sur la place. »)',
  );
  await expect(landed.nth(1)).toContainText(
    "(tour 2 : « Proposer d'abord un porte-à-porte dans les hameaux. »)",
  );
  await expect(panel.getByRole('heading', { name: 'Ce que votre choix a changé' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: /^Suite d'un choix passé \(tour 2/ })).toBeVisible();
  await expect(
    panel.locator('.change-cause').filter({ hasText: "la confiance ne se gagne pas d'un coup" }),
  ).toHaveCount(1);
  await expect(page.locator('#announcer')).toContainText('Suites de choix passés : 2.');
  await page.screenshot({ path: join(SHOTS, 'consequence-landed.png') });
  await panel.locator('.why-heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOTS, 'consequence-why.png') });
  expect(await seriousViolations(page)).toEqual([]);

  // The last card, then the debrief's plain mention of what came back.
  await nextCard(page, 'Yanis Morel');
  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');
  await panel.getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'debrief');
  const chains = page
    .locator('[data-section="chains"], section')
    .filter({ hasText: 'Ce qui est revenu plus tard' })
    .last();
  await expect(chains).toContainText('suite de votre choix du tour 2');
  expect(errors).toEqual([]);
});

test('the stated risk drawn is told after the choice', async ({ page }) => {
  await page.goto('./?lang=fr&seed=5');
  await page.evaluate(() => localStorage.clear());
  await page.goto('./?lang=fr&seed=5');
  await openFixture(page);
  await nextCard(page, 'Claire Dumas');
  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');
  const panel = page.locator('#panel-host');
  await expect(panel).toContainText('La salle se vide à moitié');
  await expect(panel.locator('.risk-result')).toHaveText(
    'Risque annoncé, 1 sur 4 (25 %) : la réunion peut tourner au règlement de comptes. Il a été évité.',
  );
  await expect(page.locator('#announcer')).toContainText('Le risque annoncé a été évité.');
});
