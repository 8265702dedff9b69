import { expect, test, type Page } from '@playwright/test';
import { expectScreen, playToDebrief, toFirstCard } from './helpers';

const URL = './?scenario=premiers-pas&lang=fr&seed=21';
const SAVE_KEY = 'tisser:save:premiers-pas';

/** Collects uncaught page errors (none is allowed in these tests unless a test injects one). */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Puts `entries` into localStorage before the page's own scripts run, on the first load only. */
async function seed(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

/** The title is interactive (not the static "Chargement…" of the page). */
async function expectTitle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Choisissez un territoire' })).toBeVisible();
}

test('corrupt settings: defaults, a notice, the corrupt text set aside from use, and the game plays', async ({
  page,
}) => {
  const errors = watch(page);
  await seed(page, { 'tisser:settings': '{"textScale": "<script>", broken' });
  await page.goto(URL);
  await expectTitle(page);
  await expect(page.locator('#notice')).toBeVisible();
  await expect(page.locator('#notice')).toContainText('réglages par défaut');
  await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1;/);
  await toFirstCard(page);
  await playToDebrief(page);
  expect(errors).toEqual([]);
});

for (const [name, text] of [
  ['not JSON', '{not json'],
  ['JSON of the wrong shape', '{"saveVersion":1,"scenarioId":"premiers-pas","seed":"x","choices":[3]}'],
  ['a slot of a future format', '{"format":"tisser-save","slotVersion":99}'],
] as const) {
  test(`corrupt save (${name}): reported, set aside, a new game starts`, async ({ page }) => {
    const errors = watch(page);
    await seed(page, { [SAVE_KEY]: text });
    await page.goto(URL);
    await expectTitle(page);
    await page.getByRole('button', { name: 'Continuer la partie' }).click();
    await expectScreen(page, 'phase');
    await expect(page.locator('#notice')).toContainText('illisible');
    expect(await page.evaluate(() => localStorage.getItem('tisser:save-corrupt:premiers-pas'))).toBe(text);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expectScreen(page, 'card');
    expect(errors).toEqual([]);
  });
}

test('old-version save whose choices no longer exist: reported, set aside, a new game starts', async ({
  page,
}) => {
  const errors = watch(page);
  const old = JSON.stringify({
    saveVersion: 1,
    scenarioId: 'premiers-pas',
    scenarioVersion: 0,
    seed: 5,
    choices: ['un-choix-disparu'],
  });
  await seed(page, { [SAVE_KEY]: old });
  await page.goto(URL);
  await expectTitle(page);
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expectScreen(page, 'phase');
  await expect(page.locator('#notice')).toContainText('illisible');
  expect(await page.evaluate(() => localStorage.getItem('tisser:save-corrupt:premiers-pas'))).toBe(old);
  expect(errors).toEqual([]);
});

test('old-version save that still replays is migrated and resumed', async ({ page }) => {
  const errors = watch(page);
  const old = {
    saveVersion: 1,
    scenarioId: 'premiers-pas',
    scenarioVersion: 1,
    seed: 5,
    choices: ['ecouter'],
  };
  await seed(page, { [SAVE_KEY]: JSON.stringify(old) });
  await page.goto(URL);
  await expectTitle(page);
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', /consequence|card|phase/);
  await expect(page.locator('#notice')).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('tisser:save-corrupt:premiers-pas'))).toBeNull();
  expect(errors).toEqual([]);
});

test('storage disabled (reading localStorage throws): a notice, and the game plays to its end', async ({
  page,
}) => {
  const errors = watch(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(URL);
  await expectTitle(page);
  await expect(page.locator('#notice')).toContainText('stockage plein ou désactivé');
  await toFirstCard(page);
  await playToDebrief(page);
  expect(errors).toEqual([]);
});

test('storage full (setItem throws QuotaExceededError): a notice, settings and saves fail softly', async ({
  page,
}) => {
  const errors = watch(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem(): void {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(URL);
  await expectTitle(page);
  await expect(page.locator('#notice')).toContainText('stockage plein ou désactivé');
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: '150 %' }).check();
  await page.keyboard.press('Escape');
  // Kept in memory for this visit even though it could not be stored.
  await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1\.5/);
  await toFirstCard(page);
  await playToDebrief(page);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(errors).toEqual([]);
});

/**
 * Arms a render fault from the test alone (the build has no test hook): once `window.__breakNextRender`
 * is set, the next game screen (phase, card, consequence) put in the panel host throws, as a bug in a
 * screen would.
 */
async function armRenderFault(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = Element.prototype.replaceChildren;
    Element.prototype.replaceChildren = function replaceChildren(...nodes) {
      const flags = window as unknown as { __breakNextRender?: boolean };
      const screen = nodes[0] instanceof Element ? nodes[0] : null;
      const isGame = screen?.matches('.panel-phase, .panel-card, .panel-consequence') ?? false;
      if (this.id === 'panel-host' && isGame && flags.__breakNextRender) {
        flags.__breakNextRender = false;
        throw new Error('Injected fault (render)');
      }
      original.apply(this, nodes);
    };
  });
}

const breakNextRender = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { __breakNextRender: boolean }).__breakNextRender = true;
  });

test('a fault while rendering shows the crash screen; "Reprendre" resumes the same game', async ({
  page,
}) => {
  const errors = watch(page);
  await armRenderFault(page);
  await page.goto(URL);
  await expectTitle(page);
  await breakNextRender(page);
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expectScreen(page, 'error');
  await expect(page.getByRole('alert')).toContainText('problème');
  await expect(page.getByRole('button', { name: 'Recommencer' })).toBeVisible();
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expectScreen(page, 'phase');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'card');
  // The fault was caught: no uncaught error reached the page.
  expect(errors).toEqual([]);
});

test('a fault while rendering, then "Recommencer" starts a new game', async ({ page }) => {
  await armRenderFault(page);
  await page.goto(URL);
  await expectTitle(page);
  await breakNextRender(page);
  await toFirstCardAfterFault(page);
});

async function toFirstCardAfterFault(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expectScreen(page, 'error');
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await expectScreen(page, 'phase');
  await expect(page.locator('#panel-host h2').first()).toBeVisible();
}

test('an uncaught error elsewhere shows the crash screen instead of a blank page', async ({ page }) => {
  await page.goto(URL);
  await toFirstCard(page);
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('Injected uncaught error');
    }, 0);
  });
  await expectScreen(page, 'error');
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expectScreen(page, 'card');
});
