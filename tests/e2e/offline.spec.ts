import { expect, test, type Page } from '@playwright/test';
import { expectScreen } from './helpers';

/** One keyboard step: a numbered choice on a card, else Enter on the screen's main button. */
async function keyboardStep(page: Page): Promise<void> {
  const screen = await page.getByRole('main').getAttribute('data-screen');
  if (screen === 'card') {
    await page.keyboard.press('1');
  } else {
    const name = screen === 'title' ? /^Jouer$/ : /^Continuer$/;
    await page.locator('#panel-host').getByRole('button', { name }).first().focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('main')).not.toHaveAttribute('data-screen', screen ?? '');
}

test('after one visit the game reloads and plays to its end offline (service worker precache)', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./?scenario=premiers-pas&lang=fr&seed=11');
  await expect(page.getByRole('button', { name: 'Jouer', exact: true })).toBeVisible();
  // The worker installs (precaching every file of the build), activates and takes control of the page.
  const cacheName = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    const keys = await caches.keys();
    return keys.find((key) => key.startsWith('tisser-')) ?? null;
  });
  expect(cacheName).toMatch(/^tisser-[0-9a-f]{12}$/);
  const precached = await page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).length,
    cacheName ?? '',
  );
  expect(precached).toBeGreaterThan(20);

  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  // A different query string: the page itself still comes from the cache.
  await page.goto('./?scenario=premiers-pas&lang=fr&seed=12');
  await expect(page.getByRole('button', { name: 'Jouer', exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  for (let step = 0; step < 40; step++) {
    if ((await page.getByRole('main').getAttribute('data-screen')) === 'debrief') break;
    await keyboardStep(page);
  }
  await expectScreen(page, 'debrief');
  await expect(page.locator('#panel-host h2').first()).toBeVisible();
  // The territory (Phaser, a lazily loaded chunk) came from the cache as well.
  await expect(page.getByRole('main')).toHaveAttribute('data-territory', 'ready');
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});
