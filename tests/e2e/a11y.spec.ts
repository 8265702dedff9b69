import { expect, test } from '@playwright/test';
import { expectScreen, playToDebrief, seriousViolations, toFirstCard, watchErrors } from './helpers';

test.describe('axe-core: no serious or critical violation on any screen (French)', () => {
  test('title, settings, phase, card, menu, consequence, codex and debrief', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('./?scenario=premiers-pas&lang=fr&seed=7');
    await expectScreen(page, 'title');
    expect(await seriousViolations(page), 'title').toEqual([]);

    await page.getByRole('button', { name: 'Réglages' }).click();
    await expect(page.getByRole('dialog', { name: 'Réglages' })).toBeVisible();
    expect(await seriousViolations(page), 'settings dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Jouer', exact: true }).click();
    await expectScreen(page, 'phase');
    expect(await seriousViolations(page), 'phase').toEqual([]);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expectScreen(page, 'card');
    expect(await seriousViolations(page), 'card').toEqual([]);

    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
    expect(await seriousViolations(page), 'menu').toEqual([]);
    await page.keyboard.press('Escape');

    await page.keyboard.press('1');
    await expectScreen(page, 'consequence');
    expect(await seriousViolations(page), 'consequence').toEqual([]);

    await page.locator('.concept-link').first().click();
    await expect(page.getByRole('dialog', { name: 'Codex' })).toBeVisible();
    expect(await seriousViolations(page), 'codex').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Continuer' }).click();
    await playToDebrief(page);
    expect(await seriousViolations(page), 'debrief').toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const variant of ['high contrast', '200 % text'] as const) {
    test(`card screen with ${variant}`, async ({ page }) => {
      await page.goto('./?scenario=premiers-pas&lang=fr&seed=7');
      await page.getByRole('button', { name: 'Réglages' }).click();
      const dialog = page.getByRole('dialog', { name: 'Réglages' });
      if (variant === 'high contrast')
        await dialog.getByRole('checkbox', { name: 'Contraste élevé' }).check();
      else await dialog.getByRole('radio', { name: '200 %' }).check();
      await page.keyboard.press('Escape');
      const html = page.locator('html');
      if (variant === 'high contrast') await expect(html).toHaveAttribute('data-contrast', 'high');
      else await expect(html).toHaveAttribute('style', /--text-scale: 2/);
      await toFirstCard(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test('axe-core: the event kiosk (attract screen, a card, the idle countdown, the woven card)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const main = page.getByRole('main');
  await page.goto('./?mode=evenement&scenario=premiers-pas&lang=fr&seed=4&idle=15&countdown=30');
  await expect(main).toHaveAttribute('data-kiosk', 'attract');
  expect(await seriousViolations(page), 'attract screen').toEqual([]);
  await page.getByRole('button', { name: 'Touchez pour commencer' }).click();
  await expectScreen(page, 'phase');
  await page.locator('#panel-host .button-primary').first().click();
  await expectScreen(page, 'card');
  expect(await seriousViolations(page), 'kiosk card').toEqual([]);
  // Fifteen seconds without a touch: the countdown asks whether someone is still there.
  await expect(main).toHaveAttribute('data-kiosk', 'warning', { timeout: 30_000 });
  await expect(page.getByRole('alertdialog')).toBeVisible();
  expect(await seriousViolations(page), 'idle countdown').toEqual([]);
  for (let step = 0; step < 80; step++) {
    const screen = await main.getAttribute('data-screen');
    if (screen === 'debrief') break;
    if (screen === 'card') await page.keyboard.press('1');
    else await page.locator('#panel-host .button-primary').first().click();
    await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
  }
  await expect(page.getByRole('dialog', { name: 'Ce que vous avez tissé' })).toBeVisible();
  expect(await seriousViolations(page), 'woven card').toEqual([]);
  expect(errors).toEqual([]);
});
