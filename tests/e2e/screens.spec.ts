import { expect, test } from '@playwright/test';
import { expectScreen, playToDebrief, seriousViolations, toFirstCard, watchErrors } from './helpers';

test('the picker lists every bundled scenario and plays the one chosen', async ({ page }) => {
  await page.goto('./?lang=fr&seed=3');
  const radios = page.getByRole('radio');
  expect(await radios.count()).toBeGreaterThanOrEqual(5);
  await page.getByRole('radio', { name: /La Navette/ }).check();
  await expect(page).toHaveURL(/scenario=evenement-monnaie-locale/);
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expectScreen(page, 'phase');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'card');
  await expect(page.locator('#panel-host h2')).toBeFocused();
});

test('the codex is reachable at any time and grows with play', async ({ page }) => {
  await page.goto('./?scenario=premiers-pas&lang=fr&seed=7');
  await toFirstCard(page);
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Codex' }).click();
  const codex = page.getByRole('dialog', { name: 'Codex' });
  await expect(codex).toContainText('Aucune notion pour l');
  await page.keyboard.press('Escape');
  await expect(codex).toHaveCount(0);
  // Focus goes back to what opened the menu.
  await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();

  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');
  const concept = page.locator('.concept-link').first();
  const title = (await concept.textContent()) ?? '';
  await concept.click();
  await expect(codex.getByRole('heading', { name: title })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(concept).toBeFocused();
});

test('autosave: "Continue" resumes the game where it was; a corrupt save is reported, not fatal', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?scenario=premiers-pas&lang=fr&seed=7');
  await toFirstCard(page);
  const speaker = await page.locator('#panel-host h2').textContent();
  await page.keyboard.press('2');
  await expectScreen(page, 'consequence');
  const feedback = await page.locator('.feedback').textContent();

  await page.reload();
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expectScreen(page, 'consequence');
  await expect(page.locator('.feedback')).toHaveText(feedback ?? '');
  expect(speaker).toBeTruthy();

  await page.evaluate(() => localStorage.setItem('tisser:save:premiers-pas', '{not json'));
  await page.reload();
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expectScreen(page, 'phase');
  await expect(page.getByRole('status')).toContainText('illisible');
  expect(await page.evaluate(() => localStorage.getItem('tisser:save-aside:premiers-pas:1'))).toBe(
    '{not json',
  );
  expect(errors).toEqual([]);
});

test('switching language mid-game keeps the state', async ({ page }) => {
  await page.goto('./?scenario=premiers-pas&lang=fr&seed=7');
  await toFirstCard(page);
  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');
  const changes = await page.locator('.change').count();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.keyboard.press('Escape');
  await expectScreen(page, 'consequence');
  await expect(page.getByRole('heading', { name: 'What happens' })).toBeVisible();
  await expect(page.locator('.change')).toHaveCount(changes);
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
});

test('settings persist and corrupt settings fall back to defaults with a notice', async ({ page }) => {
  await page.goto('./?lang=fr');
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: '150 %' }).check();
  await page.getByRole('dialog').getByRole('radio', { name: 'Réduire les animations' }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Réglages' })).toBeFocused();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1\.5/);
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');

  await page.evaluate(() => localStorage.setItem('tisser:settings', '[broken'));
  await page.reload();
  await expect(page.getByRole('status')).toContainText('réglages par défaut');
  await expect(page.locator('html')).toHaveAttribute('data-motion', /reduced|full/);
  await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1;/);
});

test('the debrief tells the story, offers print and a downloadable summary image', async ({ page }) => {
  await page.goto('./?scenario=premiers-pas&lang=fr&seed=7');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await playToDebrief(page);
  await expect(page.getByRole('heading', { name: 'Le récit de votre territoire' })).toBeVisible();
  // The opening, three to five turning points, the families, the threads, the ending.
  expect(await page.locator('.debrief-story > p').count()).toBeGreaterThanOrEqual(6);
  await expect(page.getByRole('img', { name: /Courbes des jauges/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Au début/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer le bilan' })).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer le bilan en image' }).click();
  const link = page.getByRole('link', { name: "Télécharger l'image" });
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('download', /^tisser-premiers-pas-\d{4}-\d{2}-\d{2}\.png$/);
  const download = page.waitForEvent('download');
  await link.click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#territory')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Rejouer' })).toBeHidden();
});

test.describe('loading', () => {
  // The service worker precaches every chunk and, once it controls the page, serves them itself:
  // Playwright's routes do not see those requests, so the held chunk would not be held.
  test.use({ serviceWorkers: 'block' });

  test('a scenario still loading shows a labelled progress bar, then its first phase', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/vallee-alimentaire-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./?lang=fr&seed=2');
    await page.getByRole('radio', { name: /Nourrir la vallée/ }).check();
    await page.getByRole('button', { name: 'Jouer', exact: true }).click();
    await expectScreen(page, 'loading');
    await expect(page.getByRole('progressbar', { name: 'Chargement…' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    release();
    await expectScreen(page, 'phase');
    await expect(page.getByRole('progressbar')).toHaveCount(0);
  });
});
