import type { Browser, CDPSession, Page } from '@playwright/test';
import { freshPage } from './browser';
import { keyboardStep, RESTART_LOOP } from './ui-driver';

/** JS heap after restarting a scenario once and many times. */
export interface HeapResult {
  scenario: string;
  restarts: number;
  /** Used JS heap (bytes) after a forced GC, after the first restart. */
  afterOne: number;
  /** Same, after `restarts` restarts. */
  afterMany: number;
  /** afterMany / afterOne. */
  ratio: number;
  /** UI steps (clicks) the restarts took. */
  steps: number;
  durationMs: number;
}

async function usedHeapAfterGc(cdp: CDPSession): Promise<number> {
  // Several passes: finalizers and weak references can free more on the second and third.
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const restart = (page: Page, count: number): Promise<number> =>
  page.evaluate(`(${RESTART_LOOP})(${count})`) as Promise<number>;

/**
 * Plays `scenario` to its ending and presses "Rejouer" through the UI (clicks in the page, one
 * animation frame per step so the territory draws every screen): heap after the 1st restart, then
 * after `restarts` in all, each read after forced garbage collection.
 */
export async function measureHeap(
  browser: Browser,
  options: { gameUrl: string; scenario: string; restarts: number },
): Promise<HeapResult> {
  const started = Date.now();
  const url = new URL(options.gameUrl);
  url.searchParams.set('scenario', options.scenario);
  url.searchParams.set('seed', '1');
  url.searchParams.set('lang', 'fr');
  const { context, page, cdp } = await freshPage(browser);
  try {
    await cdp.send('HeapProfiler.enable');
    await page.goto(url.href);
    await page.waitForFunction(() => document.getElementById('game')?.dataset.screen === 'title');
    await keyboardStep(page, 0);
    await page.waitForFunction(() => document.getElementById('game')?.dataset.territory === 'ready', undefined, {
      timeout: 30_000,
    });
    let steps = await restart(page, 1);
    const afterOne = await usedHeapAfterGc(cdp);
    steps += await restart(page, options.restarts - 1);
    const afterMany = await usedHeapAfterGc(cdp);
    return {
      scenario: options.scenario,
      restarts: options.restarts,
      afterOne,
      afterMany,
      ratio: afterMany / afterOne,
      steps,
      durationMs: Date.now() - started,
    };
  } finally {
    await context.close();
  }
}
