import { expect, test, type Page } from '@playwright/test';
import { expectScreen, watchErrors } from './helpers';

const kioskState = (page: Page) => expect(page.getByRole('main'));

/** Every request the page makes, to check none leaves the origin. */
function watchRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/**
 * Plays the game on show to its end: the first affordable choice on each card (the event scenario spends
 * the facilitator's time, so choice 1 can be out of reach late in the game), the main button elsewhere.
 */
async function playToEnd(page: Page): Promise<void> {
  const main = page.getByRole('main');
  const open = page.locator('#panel-host button.choice:not(.choice-unavailable) .choice-number');
  for (let step = 0; step < 80; step++) {
    const screen = await main.getAttribute('data-screen');
    if (screen === 'debrief') return;
    if (screen === 'card') await page.keyboard.press((await open.first().textContent()) ?? '1');
    else await page.locator('#panel-host .button-primary').first().click();
    await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
  }
}

test('kiosk: attract demo, touch to play, idle countdown cancelled by a touch, then reset to attract', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const foreign = watchRequests(page, new URL(baseURL ?? 'http://localhost:4173/').origin);
  await page.goto('./?mode=evenement&lang=fr&idle=15&countdown=5');
  await kioskState(page).toHaveAttribute('data-kiosk', 'attract');
  const start = page.getByRole('button', { name: 'Touchez pour commencer' });
  await expect(start).toBeVisible();
  // Touch targets are large.
  await expect.poll(async () => (await start.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
  // The silent demo moves on by itself.
  const stage = page.locator('.kiosk-demo-stage');
  await expect(stage).not.toBeEmpty();
  const first = await stage.innerText();
  await expect.poll(() => stage.innerText(), { timeout: 8000 }).not.toBe(first);
  // No context menu.
  const prevented = await page.evaluate(() => {
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(prevented).toBe(true);

  await start.click();
  await kioskState(page).toHaveAttribute('data-kiosk', 'playing');
  await expectScreen(page, 'phase');
  await page.locator('#panel-host .button-primary').click();
  await expectScreen(page, 'card');
  // The event scenario by default.
  await page.keyboard.press('1');
  await expectScreen(page, 'consequence');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('save')));
  expect(keys).toEqual([]);

  // Idle: the countdown shows after 15 s; a touch cancels it.
  const countdown = page.getByRole('alertdialog');
  await expect(countdown).toBeVisible({ timeout: 20_000 });
  await expect(countdown).toContainText(/[1-5]/);
  await page.mouse.click(20, 300);
  await expect(countdown).toBeHidden();
  await expectScreen(page, 'consequence');
  // Left alone again: countdown, then back to the attract screen with a fresh game behind it.
  await expect(countdown).toBeVisible({ timeout: 20_000 });
  await kioskState(page).toHaveAttribute('data-kiosk', 'attract', { timeout: 10_000 });
  await expect(start).toBeVisible();
  await start.click();
  await expectScreen(page, 'phase');
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('kiosk: the end shows "Ce que vous avez tissé" with the ecosystem picture, then the attract screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('./?mode=evenement&lang=fr&seed=4');
  await page.getByRole('button', { name: 'Touchez pour commencer' }).click();
  await playToEnd(page);
  const card = page.getByRole('dialog', { name: 'Ce que vous avez tissé' });
  await expect(card).toBeVisible();
  await expect(card.locator('svg.chart-ecosystem circle').first()).toBeVisible();
  await expect(card).toContainText('nouveaux fils');
  await card.getByRole('button', { name: 'Terminer' }).click();
  await expect(page.getByRole('main')).toHaveAttribute('data-kiosk', 'attract');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('save')));
  expect(keys).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('while the scenario loads', () => {
  // The service worker would serve the held chunk itself once it controls the page.
  test.use({ serviceWorkers: 'block' });

  test('the kiosk says "attract" only once its attract screen is there to touch', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/\/assets\/evenement-monnaie-locale-[\w-]+\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto('./?mode=evenement&lang=fr');
    await expect.poll(() => asked).toBe(true);
    // The scenario is on its way: no attract state yet, so nothing tells a driver to touch a missing button.
    await expect(page.getByRole('main')).not.toHaveAttribute('data-kiosk', 'attract');
    await expect(page.locator('.kiosk-start')).toHaveCount(0);
    release();
    await expect(page.getByRole('main')).toHaveAttribute('data-kiosk', 'attract');
    await expect(page.getByRole('button', { name: 'Touchez pour commencer' })).toBeVisible();
  });
});
