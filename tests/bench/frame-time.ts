import type { Browser, Page } from '@playwright/test';
import { freshPage, percentile } from './browser';
import { keyboardStep, screenOf } from './ui-driver';

/** Frame-time figures of one page. */
export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames longer than 20 ms. */
  over20: number;
  /** The canvas draws through a 2D context (Canvas renderer), not WebGL. */
  canvas2d: boolean;
}

/** The frame-time measure: the game's territory during thread animations, and the empty Phaser page. */
export interface FrameTimeResult {
  scenario: string;
  sampleMs: number;
  sessions: number;
  /** Keyboard steps taken while sampling (each redraws the territory, new links fade in). */
  steps: number;
  game: FrameStats;
  baseline: FrameStats;
  /** game p95 / baseline p95. */
  ratio: number;
}

const START_SAMPLER = `(() => {
  const s = { deltas: [], last: 0, running: true };
  window.__benchFrames = s;
  const tick = (t) => { if (s.last) s.deltas.push(t - s.last); s.last = t; if (s.running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;
const STOP_SAMPLER = `(() => { window.__benchFrames.running = false; return window.__benchFrames.deltas; })()`;
const IS_CANVAS_2D = `(() => { const c = document.querySelector('canvas'); return !!c && c.getContext('2d') !== null; })()`;

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

function stats(deltas: number[], canvas2d: boolean): FrameStats {
  return {
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: Math.max(...deltas),
    over20: deltas.filter((d) => d > 20).length,
    canvas2d,
  };
}

async function sampleGame(page: Page, url: string, sampleMs: number, stepMs: number) {
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('game')?.dataset.screen === 'title');
  let turn = 0;
  await keyboardStep(page, turn++);
  await page.waitForFunction(
    () => document.getElementById('game')?.dataset.territory === 'ready',
    undefined,
    {
      timeout: 30_000,
    },
  );
  for (let i = 0; i < 3; i++) await keyboardStep(page, turn++); // warm up past the first phase screen
  await pause(500);
  await page.evaluate(START_SAMPLER);
  const end = Date.now() + sampleMs;
  let steps = 0;
  while (Date.now() < end) {
    const screen = await screenOf(page);
    if (screen === 'debrief') break;
    await keyboardStep(page, turn++);
    steps++;
    await pause(stepMs);
  }
  const deltas = (await page.evaluate(STOP_SAMPLER)) as number[];
  return { deltas, steps, canvas2d: (await page.evaluate(IS_CANVAS_2D)) as boolean };
}

async function sampleBaseline(page: Page, url: string, sampleMs: number) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-frame').length > 0);
  await pause(500);
  await page.evaluate(START_SAMPLER);
  await pause(sampleMs);
  const deltas = (await page.evaluate(STOP_SAMPLER)) as number[];
  return { deltas, canvas2d: (await page.evaluate(IS_CANVAS_2D)) as boolean };
}

/**
 * Samples requestAnimationFrame intervals (no throttling) on the territory of `scenario` while the
 * keyboard plays a step every `stepMs` (each step redraws the territory; new and stronger threads
 * fade in over 900 ms, the speaker pops), alternating with the empty Phaser page; pools the
 * `sessions` samples of each.
 */
export async function measureFrameTime(
  browser: Browser,
  options: { gameUrl: string; baselineUrl: string; scenario: string; sampleMs: number; sessions: number },
): Promise<FrameTimeResult> {
  const game: number[] = [];
  const base: number[] = [];
  let steps = 0;
  let gameCanvas = true;
  let baseCanvas = true;
  const url = new URL(options.gameUrl);
  url.searchParams.set('scenario', options.scenario);
  url.searchParams.set('seed', '1');
  url.searchParams.set('lang', 'fr');
  for (let i = 0; i < options.sessions; i++) {
    const order = i % 2 === 0 ? ['game', 'baseline'] : ['baseline', 'game'];
    for (const which of order) {
      const { context, page } = await freshPage(browser);
      try {
        if (which === 'game') {
          const run = await sampleGame(page, url.href, options.sampleMs, 450);
          game.push(...run.deltas);
          steps += run.steps;
          gameCanvas &&= run.canvas2d;
        } else {
          const run = await sampleBaseline(page, options.baselineUrl, options.sampleMs);
          base.push(...run.deltas);
          baseCanvas &&= run.canvas2d;
        }
      } finally {
        await context.close();
      }
    }
  }
  const gameStats = stats(game, gameCanvas);
  const baseStats = stats(base, baseCanvas);
  return {
    scenario: options.scenario,
    sampleMs: options.sampleMs,
    sessions: options.sessions,
    steps,
    game: gameStats,
    baseline: baseStats,
    ratio: gameStats.p95 / baseStats.p95,
  };
}
