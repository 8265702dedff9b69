import type { Browser, Page } from '@playwright/test';
import { freshPage, median, throttle } from './browser';

/** A resource the page fetched, as PerformanceResourceTiming reports it. */
export interface FetchedResource {
  url: string;
  /** Compressed body bytes (what crossed the wire, without headers). */
  encodedBodySize: number;
  transferSize: number;
  responseEnd: number;
}

/** One throttled cold load of the game. */
export interface GameLoad {
  /** ms from navigation start until the title's Play button is visible and enabled. */
  interactiveMs: number;
  firstContentfulPaintMs: number | null;
  /** Resources completed before that moment. */
  before: FetchedResource[];
}

/** The figures of the cold-load measure. */
export interface ColdLoadResult {
  runs: number;
  gameInteractiveMs: number[];
  baselineFirstFrameMs: number[];
  gameMedianMs: number;
  baselineMedianMs: number;
  /** game median / baseline median. */
  ratio: number;
  gameFcpMedianMs: number | null;
  /** JS, CSS and fonts completed before the title was interactive (encoded = gzip bytes), median run. */
  bytesBeforeInteractive: number;
  filesBeforeInteractive: string[];
}

/** Button names of the title's main action, in the game's two languages. */
export const PLAY_NAMES = ['Jouer', 'Play'];

/**
 * Page-side probe for the game: records performance.now() the first time #game says
 * data-screen="title" and a visible, enabled "Jouer"/"Play" button exists, with the resources
 * completed by then. Checked on every DOM mutation and every animation frame. Plain JavaScript in a
 * string so that no transpiler helper leaks into the page.
 */
export const titleProbe = (names: readonly string[]): string => `(() => {
  const names = ${JSON.stringify(names)};
  const ready = () => {
    const root = document.getElementById('game');
    if (!root || root.dataset.screen !== 'title') return false;
    return [...root.querySelectorAll('button')].some((button) =>
      names.includes((button.textContent || '').trim()) && !button.disabled &&
      button.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  };
  const check = () => {
    if (window.__benchTitle || !ready()) return;
    const at = performance.now();
    performance.mark('title-interactive');
    const resources = performance.getEntriesByType('resource').map((r) => ({
      url: r.name, encodedBodySize: r.encodedBodySize, transferSize: r.transferSize, responseEnd: r.responseEnd,
    }));
    window.__benchTitle = { at, resources };
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const tick = () => { check(); if (!window.__benchTitle) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

const fcp = (page: Page): Promise<number | null> =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);

const CODE = /\.(m?js|css|woff2?|ttf|otf)(\?|#|$)/i;

/** Keeps the JS, CSS and font files of a list of resources. */
export function codeResources(resources: readonly FetchedResource[]): FetchedResource[] {
  return resources.filter((r) => CODE.test(new URL(r.url).pathname));
}

async function loadGame(browser: Browser, url: string): Promise<GameLoad> {
  const { context, page, cdp } = await freshPage(browser);
  try {
    await page.addInitScript({ content: titleProbe(PLAY_NAMES) });
    await throttle(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => '__benchTitle' in window, undefined, { timeout: 90_000, polling: 100 });
    const probe = await page.evaluate(
      () =>
        (window as unknown as { __benchTitle: { at: number; resources: FetchedResource[] } }).__benchTitle,
    );
    const before = codeResources(probe.resources).filter((r) => r.responseEnd <= probe.at);
    return { interactiveMs: probe.at, firstContentfulPaintMs: await fcp(page), before };
  } finally {
    await context.close();
  }
}

async function loadBaseline(browser: Browser, url: string): Promise<number> {
  const { context, page, cdp } = await freshPage(browser);
  try {
    await throttle(cdp);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0, undefined, {
      timeout: 90_000,
      polling: 100,
    });
    return await page.evaluate(() => performance.getEntriesByName('first-frame')[0]?.startTime ?? NaN);
  } finally {
    await context.close();
  }
}

/**
 * Cold loads under CPU ×4 and slow 4G, alternating game and baseline (ABBA…) in one browser, each in
 * a fresh context; medians over `runs` pairs.
 */
export async function measureColdLoad(
  browser: Browser,
  gameUrl: string,
  baselineUrl: string,
  runs: number,
): Promise<ColdLoadResult> {
  const games: GameLoad[] = [];
  const baselines: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      games.push(await loadGame(browser, gameUrl));
      baselines.push(await loadBaseline(browser, baselineUrl));
    } else {
      baselines.push(await loadBaseline(browser, baselineUrl));
      games.push(await loadGame(browser, gameUrl));
    }
  }
  const gameMs = games.map((g) => g.interactiveMs);
  const gameMedianMs = median(gameMs);
  const baselineMedianMs = median(baselines);
  const bytes = games.map((g) => g.before.reduce((sum, r) => sum + r.encodedBodySize, 0));
  const medianBytes = median(bytes);
  const typical = games[bytes.indexOf(medianBytes)] ?? games[0];
  const fcps = games.map((g) => g.firstContentfulPaintMs).filter((v): v is number => v !== null);
  return {
    runs,
    gameInteractiveMs: gameMs,
    baselineFirstFrameMs: baselines,
    gameMedianMs,
    baselineMedianMs,
    ratio: gameMedianMs / baselineMedianMs,
    gameFcpMedianMs: fcps.length > 0 ? median(fcps) : null,
    bytesBeforeInteractive: medianBytes,
    filesBeforeInteractive: (typical?.before ?? []).map((r) => new URL(r.url).pathname.replace(/^\//, '')),
  };
}

/** Everything a page fetched once it settled (one unthrottled load), by kind. */
export interface TotalTransfer {
  /** Encoded (gzip for text) bytes of every resource, the HTML document included. */
  allBytes: number;
  codeBytes: number;
  otherBytes: number;
  files: number;
}

/**
 * Loads the game once without throttling, waits until the territory has started and the network is
 * idle (audio and art included), and sums what it fetched.
 */
export async function measureTotalTransfer(browser: Browser, url: string): Promise<TotalTransfer> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page
      .waitForFunction(() => document.getElementById('game')?.dataset.territory === 'ready', undefined, {
        timeout: 30_000,
      })
      .catch(() => undefined);
    await page.waitForLoadState('networkidle');
    const all = await page.evaluate(() =>
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map(
        (entry) => {
          const r = entry as PerformanceResourceTiming;
          return {
            url: r.name,
            encodedBodySize: r.encodedBodySize,
            transferSize: r.transferSize,
            responseEnd: r.responseEnd,
          };
        },
      ),
    );
    const code = codeResources(all);
    const allBytes = all.reduce((sum, r) => sum + r.encodedBodySize, 0);
    const codeBytes = code.reduce((sum, r) => sum + r.encodedBodySize, 0);
    return { allBytes, codeBytes, otherBytes: allBytes - codeBytes, files: all.length };
  } finally {
    await context.close();
  }
}
