import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { chainScenarioText } from '../fixtures/chain-scenario';

/** What main.ts exposes in every build: live games, listeners, timers and playing sounds. */
interface Counts {
  games: number;
  listeners: number;
  timers: number;
  sounds: number;
}

const counts = (page: Page): Promise<Counts> =>
  page.evaluate(() => (window as unknown as { __tisserDiagnostics: Counts }).__tisserDiagnostics);

const screenOf = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.getElementById('game')?.dataset.screen);

/** One step with the keyboard: a choice on a card, else the screen's main button. */
async function step(page: Page, turn: number): Promise<void> {
  const screen = await screenOf(page);
  if (screen === 'card') {
    const keys = await page
      .locator('#game button[aria-keyshortcuts]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-keyshortcuts') ?? ''));
    const key = keys[turn % Math.max(1, keys.length)];
    if (key) await page.keyboard.press(key);
    return;
  }
  const name = screen === 'title' ? /^Jouer$/ : screen === 'debrief' ? /^Rejouer$/ : /^Continuer$/;
  await page.getByRole('button', { name }).first().focus();
  await page.keyboard.press('Enter');
}

/** Restarts through the game menu ("Menu" → "Recommencer", confirming if asked). */
async function restartFromMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(☰ )?Menu$/ }).click();
  await page.getByRole('button', { name: 'Recommencer' }).first().click();
  const confirm = page.getByRole('dialog').getByRole('button', { name: 'Recommencer' });
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', 'phase');
}

/** Pretends the tab is hidden (or shown again), as the browser does when the player switches tabs. */
async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (value ? 'hidden' : 'visible'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

test('restarting 20 times, resizing and hiding the tab leave no extra game, listener, timer or sound', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./?scenario=ville-industrielle-tzcld&lang=fr&seed=5');
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', 'title');
  let turn = 0;
  for (let i = 0; i < 4; i++) await step(page, turn++);
  await expect(page.getByRole('main')).toHaveAttribute('data-territory', 'ready', { timeout: 30_000 });
  // Let the cues end: only the ambience loop plays now.
  await expect.poll(async () => (await counts(page)).sounds, { timeout: 10_000 }).toBeLessThanOrEqual(1);
  const before = await counts(page);
  expect(before.games).toBe(1);
  expect(before.listeners).toBeGreaterThan(0);

  for (let round = 0; round < 20; round++) {
    await restartFromMenu(page);
    // A few turns each time, so threads grow and meters move while the next restart comes.
    for (let i = 0; i < 3; i++) await step(page, turn++);
  }

  for (const [width, height] of [
    [1920, 1080],
    [390, 844],
    [1280, 720],
    [800, 1000],
    // A window dragged to a sliver, then back: the territory must not draw shapes of negative size.
    [200, 150],
    [1920, 80],
    [50, 600],
    [1, 1],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(150);
  }

  for (let i = 0; i < 5; i++) {
    await setHidden(page, true);
    // While hidden, the ambience is paused and no new sound starts.
    await expect.poll(async () => (await counts(page)).sounds, { timeout: 5_000 }).toBe(0);
    await setHidden(page, false);
  }

  await expect.poll(async () => (await counts(page)).sounds, { timeout: 10_000 }).toBeLessThanOrEqual(1);
  const after = await counts(page);
  expect(after.games).toBe(1);
  expect(after.listeners).toBe(before.listeners);
  expect(after.timers).toBe(before.timers);
  expect(after.sounds).toBeLessThanOrEqual(Math.max(1, before.sounds));
  expect(await page.locator('#territory canvas').count()).toBe(1);
  expect(errors).toEqual([]);
});

/** Starts recording the page's long tasks (main thread busy for more than 50 ms) before its scripts run. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
}

const longTasks = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));

const scratch = mkdtempSync(join(tmpdir(), 'tisser-robustesse-'));
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Opens a file with "Ouvrir un scénario…" and waits for the dialog's verdict; returns the long tasks
 * meanwhile. The file is given by its path, as a player picks it (a buffer would be rebuilt by a script
 * in the page, which is not what is measured).
 */
/**
 * The long tasks of opening a file, measured a second time when the first try saw one: on a machine
 * shared with other browsers (the other test worker), a few-ms task can be starved past 50 ms. A real
 * block (parsing 5 MB on the main thread took 13.7 s) shows in both tries.
 */
async function openTwice(page: Page, name: string, buffer: Uint8Array, verdict: RegExp): Promise<number[]> {
  const first = await openFile(page, name, buffer, verdict);
  if (first.length === 0) return first;
  console.log(`${name}: long tasks ${first.join(', ')} ms on the first try; measuring again`);
  return openFile(page, name, buffer, verdict);
}

async function openFile(page: Page, name: string, buffer: Uint8Array, verdict: RegExp): Promise<number[]> {
  const path = join(scratch, name);
  writeFileSync(path, buffer);
  await page.getByRole('button', { name: 'Ouvrir un scénario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ouvrir un scénario' });
  // Measured from the pick on: the dialog has opened (and fetched the codex) as a player looks at it.
  await page.waitForTimeout(500);
  await longTasks(page);
  await dialog.getByLabel('Choisir un fichier de scénario (.json)').setInputFiles(path);
  await expect(dialog.locator('.open-result')).toContainText(verdict, { timeout: 60_000 });
  const tasks = await longTasks(page);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  return tasks;
}

test('opening a 5 MB chain file and zip bombs never blocks the page more than 50 ms (a worker does it)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await watchLongTasks(page);
  await page.goto('./?scenario=premiers-pas&lang=fr');
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', 'title');
  await expect(page.getByRole('button', { name: 'Ouvrir un scénario…' })).toBeVisible();
  // Let the title settle: the game shell, and the territory (Phaser loads on the first key or pointer
  // press) are not what is measured here.
  await page.keyboard.press('Shift');
  await expect(page.getByRole('main')).toHaveAttribute('data-territory', 'ready', { timeout: 30_000 });
  await page.waitForTimeout(500);

  const chain = Buffer.from(chainScenarioText(16_000));
  expect(chain.length).toBeGreaterThan(5_000_000);
  const chainTasks = await openTwice(page, 'chaine.json', chain, /est prêt/);
  // A 10 KB archive whose directory lists the same 5 MB nine times, and 200 MB of zeros declaring 1 KB.
  const nine = zipSync({ 'a.json': [new Uint8Array(5 * 1024 * 1024), { level: 9 }] });
  const nineTasks = await openTwice(page, 'neuf.zip', nine, /bombe/);
  const bomb = zipSync({ 'jeu.json': [new Uint8Array(200 * 1024 * 1024), { level: 1 }] });
  new DataView(bomb.buffer).setUint32(22, 1000, true);
  const bombTasks = await openTwice(page, 'bombe.zip', bomb, /abîmé/);
  expect(workers.some((url) => /file-check-worker/.test(url))).toBe(true);
  console.log(
    `longest main-thread blocks: chain ${Math.max(0, ...chainTasks)} ms, nine ${Math.max(0, ...nineTasks)} ms, bomb ${Math.max(0, ...bombTasks)} ms`,
  );
  expect({ chain: chainTasks, nine: nineTasks, bomb: bombTasks }).toEqual({ chain: [], nine: [], bomb: [] });
  expect(errors).toEqual([]);
});
