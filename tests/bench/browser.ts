import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { throttling } from 'lighthouse/core/config/constants.js';
import { CHROMIUM_ARGS, findBrowser } from '../e2e/find-browser';

export { CHROMIUM_ARGS };

/** The viewport every browser measure uses (a common laptop screen). */
export const VIEWPORT = { width: 1280, height: 720 };

/**
 * Lighthouse's "slow 4G" as it applies it through DevTools (per-request latency and throughput,
 * i.e. its 150 ms RTT / 1.6 Mbps / 750 kbps profile with the DevTools adjustment factors).
 */
export const SLOW_4G = {
  latency: throttling.mobileSlow4G.requestLatencyMs,
  downloadThroughput: (throttling.mobileSlow4G.downloadThroughputKbps * 1024) / 8,
  uploadThroughput: (throttling.mobileSlow4G.uploadThroughputKbps * 1024) / 8,
};

/** CPU slowdown used for cold loads (Lighthouse's mobile default). */
export const CPU_SLOWDOWN = throttling.mobileSlow4G.cpuSlowdownMultiplier;

/** Launches Chromium (CHROMIUM_PATH, else Debian's, else Playwright's) with the bench flags. */
export async function launchBrowser(): Promise<{ browser: Browser; executablePath: string }> {
  const found = findBrowser();
  const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
  return { browser, executablePath: found.executablePath };
}

/** A fresh context (cold cache, no storage) and page, with a CDP session on it. */
export async function freshPage(
  browser: Browser,
  locale = 'fr-FR',
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/** Applies CPU ×4 and slow-4G throttling to a page before it navigates. */
export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const high = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? high : ((sorted[mid - 1] ?? Number.NaN) + high) / 2;
}

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}
