import { writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './browser';

/** Lighthouse category scores (0–100) and what held each back. */
export interface LighthouseResult {
  preset: 'mobile';
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Metrics of the performance category (ms, or unitless for CLS). */
  metrics: Record<string, number>;
  /** Audits that lost points, per category: "id (score)". */
  losses: Record<string, string[]>;
  lighthouseVersion: string;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
];

/**
 * Runs Lighthouse (default mobile preset: Moto G Power emulation, simulated slow 4G and CPU ×4) on
 * `url` with Chromium at `chromePath`, and writes the full report as JSON to `reportPath`.
 */
export async function runLighthouse(
  url: string,
  chromePath: string,
  reportPath: string,
): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath,
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    logLevel: 'silent',
  });
  try {
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!run) throw new Error('Lighthouse returned no result');
    const lhr = run.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    writeFileSync(reportPath, JSON.stringify(lhr, null, 1));
    const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metrics: Record<string, number> = {};
    for (const id of METRICS) {
      const value = lhr.audits[id]?.numericValue;
      if (value !== undefined) metrics[id] = Math.round(value * 1000) / 1000;
    }
    const losses: Record<string, string[]> = {};
    for (const id of CATEGORIES) {
      losses[id] = (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit?.id ?? '?'} (${audit?.score ?? '?'})`);
    }
    return {
      preset: 'mobile',
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      metrics,
      losses,
      lighthouseVersion: lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}
