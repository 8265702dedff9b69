import { expect, test, type Page } from '@playwright/test';
import { expectScreen, watchErrors } from './helpers';

const coach = (page: Page) => page.locator('.tutorial-coach');
const panelButton = (page: Page, name: string) =>
  page.locator('#panel-host').getByRole('button', { name, exact: true });

/** The "Vous avez choisi …" line of the consequence screen. */
const chosen = (page: Page): Promise<string> => page.locator('.your-choice').innerText();

/** From a consequence or phase screen, continues to the next card. */
async function toNextCard(page: Page): Promise<void> {
  const main = page.getByRole('main');
  for (let i = 0; i < 5 && (await main.getAttribute('data-screen')) !== 'card'; i++) {
    const before = await main.getAttribute('data-screen');
    await panelButton(page, 'Continuer').click();
    await expect(main).not.toHaveAttribute('data-screen', before ?? '');
  }
  await expectScreen(page, 'card');
}

async function openRewind(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Menu$/ }).click();
  await page.getByRole('button', { name: 'Revenir sur un choix' }).click();
  await expect(page.getByRole('dialog', { name: 'Revenir sur un choix' })).toBeVisible();
}

test('solo: tutorial shown then skipped, autosave, "Continuer" after reload, back to an earlier decision', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?mode=solo&scenario=premiers-pas&lang=fr&seed=11');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expectScreen(page, 'phase');

  // The tutorial points at the phase panel; "Suivant" goes on, then the player skips it.
  await expect(coach(page)).toHaveAttribute('data-step', 'phase');
  await expect(page.locator('[data-tutorial-target="phase-panel"]')).toHaveCount(1);
  await expect(page.getByRole('dialog', { name: /étape 1 sur 9/ })).toBeVisible();
  await coach(page).getByRole('button', { name: 'Suivant' }).click();
  await panelButton(page, 'Continuer').click();
  await expectScreen(page, 'card');
  await expect(coach(page)).toHaveAttribute('data-step', 'meters');
  await coach(page).getByRole('button', { name: 'Passer le tutoriel' }).press('Enter');
  await expect(coach(page)).toHaveCount(0);

  // Two decisions, each saved.
  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');
  const firstChoice = await chosen(page);
  await toNextCard(page);
  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');
  const saved = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('tisser:save:premiers-pas') ?? '{}'),
  );
  expect(saved.format).toBe('tisser-save');
  expect(saved.session.choices).toHaveLength(2);

  // After a reload, "Continuer la partie" resumes; the skipped tutorial does not come back.
  await page.reload();
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expectScreen(page, 'consequence');
  await expect(coach(page)).toHaveCount(0);

  // Back to the first decision: the same card again, another choice, another branch.
  await openRewind(page);
  const items = page.locator('.rewind-item');
  await expect(items).toHaveCount(2);
  await items.first().click();
  await expectScreen(page, 'card');
  await page.keyboard.press('2');
  await expectScreen(page, 'consequence');
  expect(await chosen(page)).not.toBe(firstChoice);
  const after = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('tisser:save:premiers-pas') ?? '{}'),
  );
  expect(after.session.choices).toHaveLength(1);
  expect(after.session.choices[0]).not.toBe(saved.session.choices[0]);
  expect(after.branches).toHaveLength(1);
  expect(after.branches[0].choices).toEqual(saved.session.choices);

  // The abandoned path is listed for comparison.
  await openRewind(page);
  await expect(page.locator('.rewind-branch')).toHaveCount(2);
  await expect(page.locator('.rewind-branch').nth(1)).toContainText('Chemin 1');
  expect(errors).toEqual([]);
});

test('solo: the tutorial can be replayed from the menu', async ({ page }) => {
  await page.goto('./?mode=solo&scenario=premiers-pas&lang=fr&seed=3');
  await page.evaluate(() =>
    localStorage.setItem('tisser:tutorial', JSON.stringify({ version: 1, status: 'skipped', step: 2 })),
  );
  await page.reload();
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expectScreen(page, 'phase');
  await expect(coach(page)).toHaveCount(0);
  await page.getByRole('button', { name: /Menu$/ }).click();
  await page.getByRole('button', { name: 'Revoir le tutoriel' }).click();
  await expect(coach(page)).toHaveAttribute('data-step', 'phase');
  await expect(coach(page).getByRole('button', { name: 'Suivant' })).toBeFocused();
});

for (const [width, height] of [
  [1280, 720],
  [390, 844],
] as const) {
  test(`solo ${width}×${height}: Enter and Space on the focused heading continue, tutorial box shown or not`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width, height });
    await page.goto('./?scenario=premiers-pas&lang=fr&seed=21');
    await page.getByRole('button', { name: 'Jouer', exact: true }).click();
    await expectScreen(page, 'phase');
    // The first-time tutorial is on show, and the heading has the focus (announced by screen readers).
    await expect(page.locator('.tutorial-coach')).toBeVisible();
    await expect(page.locator('#panel-host h2')).toBeFocused();
    await page.keyboard.press('Enter');
    await expectScreen(page, 'card');
    // Continuing left the tutorial's phase step behind: the next screen's step shows (it was stuck).
    await expect(page.locator('.tutorial-coach')).toHaveAttribute('data-step', 'meters');
    await page.keyboard.press('1');
    await expectScreen(page, 'consequence');
    await expect(page.locator('.tutorial-coach')).toBeVisible();
    await expect(page.locator('#panel-host h2')).toBeFocused();
    await page.keyboard.press(' ');
    await expect(page.getByRole('main')).toHaveAttribute('data-screen', /phase|card/);
    // A held key (auto-repeat) does not skip screens.
    if ((await page.getByRole('main').getAttribute('data-screen')) === 'phase') {
      await page.keyboard.down('Enter');
      await page.keyboard.down('Enter');
      await page.keyboard.up('Enter');
      await expectScreen(page, 'card');
    }
    expect(errors).toEqual([]);
  });
}
