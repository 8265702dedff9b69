/**
 * `npm run bench`: builds the game and the empty Phaser baseline, measures bundle sizes, throttled
 * cold load, frame time, heap over restarts, the engine and Lighthouse, prints a table, writes
 * bench-results/bench.json, and exits 1 when a budget is missed. See docs/benchmark.md.
 *
 * Environment: BENCH_RUNS (cold-load pairs, default 5), BENCH_SKIP_BUILD=1 (reuse bench-results/game),
 * BENCH_SKIP=lighthouse,heap,frames,cold,engine, BENCH_RESTARTS (default 50),
 * BENCH_HEAP_SCENARIO (default the largest), BENCH_HEAP_VIA (menu|ending), BENCH_HEAP_WARMUP (10),
 * BENCH_HEAP_STEPS (12), BENCH_FRAME_MS (default 5000), BENCH_FRAME_SESSIONS (2).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { CPU_SLOWDOWN, launchBrowser, SLOW_4G } from './browser';
import { atLeast, atMost, LIMITS, type BudgetCheck } from './budgets';
import { BASELINE_DIST, buildBaseline, buildGame, GAME_DIST, RESULTS_DIR, ROOT } from './builds';
import { measureBundle } from './bundle-size';
import { measureColdLoad, measureTotalTransfer, type ColdLoadResult, type TotalTransfer } from './cold-load';
import { pickFigure, runEngine, type EngineFigures } from './engine';
import { measureFrameTime, type FrameTimeResult } from './frame-time';
import { measureHeap, type HeapResult } from './heap';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { budgetTable, chunkTable, kb, writeJson } from './report';
import { startStaticServer } from './static-server';

const env = process.env;
const intOf = (raw: string | undefined, fallback: number): number => {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const config = {
  runs: intOf(env.BENCH_RUNS, 5),
  restarts: intOf(env.BENCH_RESTARTS, 50),
  /** Default: the largest bundled scenario. */
  heapScenario: env.BENCH_HEAP_SCENARIO,
  heapVia: env.BENCH_HEAP_VIA === 'ending' ? ('ending' as const) : ('menu' as const),
  heapWarmup: intOf(env.BENCH_HEAP_WARMUP, 10),
  heapSteps: intOf(env.BENCH_HEAP_STEPS, 12),
  frameMs: intOf(env.BENCH_FRAME_MS, 5000),
  frameSessions: intOf(env.BENCH_FRAME_SESSIONS, 2),
  skipBuild: env.BENCH_SKIP_BUILD === '1',
  skip: new Set(
    (env.BENCH_SKIP ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
};

const errors: Record<string, string> = {};
const log = (message: string): void =>
  console.log(`[bench ${(performance.now() / 1000).toFixed(0)} s] ${message}`);

/** Runs one measure; an exception is recorded and the measure counts as not measured. */
async function attempt<T>(name: string, work: () => Promise<T>): Promise<T | null> {
  if (config.skip.has(name)) {
    errors[name] = 'skipped (BENCH_SKIP)';
    return null;
  }
  log(`${name}…`);
  try {
    return await work();
  } catch (error) {
    errors[name] = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    log(`${name} failed: ${errors[name]}`);
    return null;
  }
}

/** The bundled scenario with the most cards (scenarios/*.json, codex.json excluded). */
function largestScenario(): { id: string; cards: number } {
  const dir = resolve(ROOT, 'scenarios');
  let best = { id: 'premiers-pas', cards: 0 };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'codex.json')) {
    const data = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as { cards?: unknown[] };
    const cards = Array.isArray(data.cards) ? data.cards.length : 0;
    if (cards > best.cards) best = { id: basename(file, '.json'), cards };
  }
  return best;
}

/** Everything measured in Chromium, against the two builds served locally. */
async function measureInBrowser(largestId: string): Promise<{
  chromium: string;
  cold: ColdLoadResult | null;
  total: TotalTransfer | null;
  frames: FrameTimeResult | null;
  heap: HeapResult | null;
  lh: LighthouseResult | null;
}> {
  const game = await startStaticServer(GAME_DIST);
  const baseline = await startStaticServer(BASELINE_DIST);
  let browser: Browser | null = null;
  try {
    const launched = await launchBrowser();
    const b = launched.browser;
    browser = b;
    const chromium = `${launched.executablePath} ${b.version()}`;
    const cold = await attempt('cold', () => measureColdLoad(b, game.url, baseline.url, config.runs));
    const total = await attempt('total', () => measureTotalTransfer(b, game.url));
    const frames = await attempt('frames', () =>
      measureFrameTime(b, {
        gameUrl: game.url,
        baselineUrl: baseline.url,
        scenario: largestId,
        sampleMs: config.frameMs,
        sessions: config.frameSessions,
      }),
    );
    const heap = await attempt('heap', () =>
      measureHeap(b, {
        gameUrl: game.url,
        scenario: config.heapScenario ?? largestId,
        restarts: config.restarts,
        warmup: config.heapWarmup,
        via: config.heapVia,
        stepsPerRestart: config.heapSteps,
      }),
    );
    await b.close();
    browser = null;
    const lh = await attempt('lighthouse', () =>
      runLighthouse(game.url, launched.executablePath, resolve(RESULTS_DIR, 'lighthouse.json')),
    );
    return { chromium, cold, total, frames, heap, lh };
  } finally {
    await browser?.close();
    await game.close();
    await baseline.close();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  if (!config.skipBuild) {
    log('building the game (vite build → bench-results/game)…');
    await buildGame();
  }
  log('building the empty Phaser baseline with vite.config.ts…');
  await buildBaseline();
  const bundle = measureBundle(GAME_DIST);
  const baselineBundle = measureBundle(BASELINE_DIST);
  const largest = largestScenario();

  const engine = await attempt<EngineFigures | null>('engine', async () => {
    const figures = await runEngine();
    if (!figures) throw new Error('tests/bench/engine-bench.ts does not exist yet');
    return figures;
  });

  const measured = await measureInBrowser(largest.id);
  const { cold, total, frames, heap, lh, chromium } = measured;

  const why = (name: string): { note?: string } => (errors[name] ? { note: errors[name] } : {});
  const playthroughs = pickFigure(engine, [/largest/i, /playthrough/i]);
  const validate300 = pickFigure(engine, [/valid/i, /300/]);
  const ratioToV1 = pickFigure(engine, [/ratioToV1/]);
  const analyseSec = pickFigure(engine, [/analyseLargestSec/]);
  const analyseFirst = pickFigure(engine, [/analyseFirstFiguresMs/]);
  const checks: BudgetCheck[] = [
    atMost(
      {
        id: 'bytes-before-interactive',
        figure: 'JS+CSS+fonts before title interactive (gzip)',
        unit: 'B',
        budget: '≤ 500.0 kB',
        ...why('cold'),
      },
      cold?.bytesBeforeInteractive,
      LIMITS.bytesBeforeInteractive,
    ),
    atMost(
      {
        id: 'cold-load-ratio',
        figure: 'Title interactive ÷ empty Phaser first frame (CPU×4, slow 4G)',
        unit: '×',
        budget: '≤ 0.80 ×',
        ...(cold
          ? {
              note: `median ${cold.gameMedianMs.toFixed(0)} ms vs ${cold.baselineMedianMs.toFixed(0)} ms, ${cold.runs} runs`,
            }
          : why('cold')),
      },
      cold?.ratio,
      LIMITS.coldLoadRatio,
    ),
    atMost(
      {
        id: 'frame-p95',
        figure: `p95 frame time, territory of ${largest.id}, Canvas`,
        unit: 'ms',
        budget: '≤ 20 ms',
        ...(frames
          ? {
              note: `p50 ${frames.game.p50.toFixed(1)} ms, ${frames.game.over20}/${frames.game.frames} frames > 20 ms${frames.game.canvas2d ? '' : ', NOT Canvas'}`,
            }
          : why('frames')),
      },
      frames && frames.game.canvas2d ? frames.game.p95 : null,
      LIMITS.frameP95Ms,
    ),
    atMost(
      {
        id: 'frame-p95-ratio',
        figure: 'p95 frame time ÷ empty Phaser page p95',
        unit: '×',
        budget: '≤ 1.20 ×',
        ...(frames ? { note: `empty page p95 ${frames.baseline.p95.toFixed(1)} ms` } : why('frames')),
      },
      frames?.ratio,
      LIMITS.frameP95Ratio,
    ),
    atMost(
      {
        id: 'heap-ratio',
        figure: `Heap after ${config.restarts} restarts ÷ after 1, after ${config.heapWarmup} warm-up restarts (${heap?.scenario ?? config.heapScenario ?? 'largest'}, ${config.heapVia === 'menu' ? `menu "Recommencer" every ${config.heapSteps} steps` : '"Rejouer" at the ending'})`,
        unit: '×',
        budget: '≤ 1.10 ×',
        ...(heap
          ? {
              note: `warmed ${kb(heap.warmed.afterOne)} → ${kb(heap.warmed.afterMany)} (${kb(heap.warmed.growth.compiledCode)} compiled code, ${kb(heap.warmed.growth.other)} other); raw ${kb(heap.raw.afterOne)} → ${kb(heap.raw.afterMany)} = ${heap.raw.ratio.toFixed(2)} × (${kb(heap.raw.growth.compiledCode)} compiled code, ${kb(heap.raw.growth.other)} other); DOM nodes ${heap.dom.nodesAfterOne} → ${heap.dom.nodesAfterMany}, listeners ${heap.dom.listenersAfterOne} → ${heap.dom.listenersAfterMany}`,
            }
          : why('heap')),
      },
      heap?.ratio,
      LIMITS.heapRatio,
    ),
    atLeast(
      {
        id: 'engine-playthroughs',
        figure: 'Random playthroughs/s, largest scenario',
        unit: '/s',
        budget: '≥ 5,000 /s',
        ...(playthroughs
          ? { note: playthroughs.key }
          : { note: errors.engine ?? 'no playthroughs/s figure in runEngineBench()' }),
      },
      playthroughs?.value,
      LIMITS.playthroughsPerSecond,
    ),
    atLeast(
      {
        id: 'engine-ratio-v1',
        figure: 'Fast path ÷ frozen v1 fast path, same scenario and run',
        unit: '×',
        budget: '≥ 0.8 ×',
        ...(ratioToV1
          ? { note: ratioToV1.key }
          : { note: errors.engine ?? 'no ratio to the v1 fast path in runEngineBench()' }),
      },
      ratioToV1?.value,
      LIMITS.fastPathRatioToV1,
    ),
    atMost(
      {
        id: 'engine-analyse',
        figure: 'Dilemma analysis of the largest scenario (1,000 runs/policy, expert 200), one core',
        unit: 's',
        budget: '≤ 20 s',
        ...(analyseSec
          ? { note: analyseSec.key }
          : { note: errors.engine ?? 'no analysis time in runEngineBench()' }),
      },
      analyseSec?.value,
      LIMITS.analyseSeconds,
    ),
    atMost(
      {
        id: 'engine-analyse-first',
        figure: 'Dilemma analysis: CPU time to the first figures (the inspector shows them first)',
        unit: 'ms',
        budget: '≤ 2,000 ms',
        ...(analyseFirst
          ? { note: `${analyseFirst.key}; in the browser, tests/e2e/inspector.spec.ts asserts < 2 s` }
          : { note: errors.engine ?? 'no first-figures time in runEngineBench()' }),
      },
      analyseFirst?.value,
      LIMITS.analyseFirstFiguresMs,
    ),
    atMost(
      {
        id: 'engine-validate-300',
        figure: 'Validation of a generated 300-card scenario',
        unit: 'ms',
        budget: '< 100 ms',
        ...(validate300
          ? { note: validate300.key }
          : { note: errors.engine ?? 'no 300-card validation figure in runEngineBench()' }),
      },
      validate300?.value,
      LIMITS.validate300Ms,
      true,
    ),
    atLeast(
      {
        id: 'lighthouse-performance',
        figure: 'Lighthouse performance (mobile)',
        unit: '',
        budget: '≥ 90',
        ...why('lighthouse'),
      },
      lh?.performance,
      LIMITS.lighthousePerformance,
    ),
    atLeast(
      {
        id: 'lighthouse-accessibility',
        figure: 'Lighthouse accessibility (mobile)',
        unit: '',
        budget: '≥ 95',
        ...why('lighthouse'),
      },
      lh?.accessibility,
      LIMITS.lighthouseAccessibility,
    ),
    atLeast(
      {
        id: 'lighthouse-best-practices',
        figure: 'Lighthouse best practices (mobile)',
        unit: '',
        budget: '≥ 95',
        ...why('lighthouse'),
      },
      lh?.bestPractices,
      LIMITS.lighthouseBestPractices,
    ),
  ];

  const results = {
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    machine: {
      loadAverage1m: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '?',
      node: process.version,
      chromium,
    },
    conditions: {
      cpuSlowdown: CPU_SLOWDOWN,
      network: SLOW_4G,
      server: 'node:http, gzip level 9 on the fly for text',
    },
    config: { ...config, skip: [...config.skip] },
    largestScenario: largest,
    bundle: { game: bundle, baseline: baselineBundle },
    coldLoad: cold,
    totalTransfer: total,
    frameTime: frames,
    heap,
    engine,
    lighthouse: lh,
    budgets: checks,
    errors,
  };
  writeJson(resolve(RESULTS_DIR, 'bench.json'), results);

  console.log('\nProduction bundle (vite build), per file:');
  console.log(chunkTable(bundle));
  console.log(`Empty Phaser page: ${baselineBundle.map((c) => `${c.file} ${kb(c.gzip)} gzip`).join(', ')}`);
  if (cold) console.log(`Before the title is interactive: ${cold.filesBeforeInteractive.join(', ')}`);
  if (total)
    console.log(
      `Total fetched once settled (unthrottled): ${kb(total.allBytes)} in ${total.files} files (${kb(total.codeBytes)} code)`,
    );
  if (engine)
    console.log(
      `Engine: ${Object.entries(engine)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
  if (lh) console.log(`Lighthouse losses: ${JSON.stringify(lh.losses)}`);
  const busiest = Math.max(loadAtStart, loadavg()[0] ?? 0);
  if (busiest > cpus().length)
    console.log(
      `\nWarning: load average ${busiest.toFixed(1)} on ${cpus().length} cores during the run: ` +
        'browser timings are inflated by other processes; rerun on a quiet machine before trusting them.',
    );
  console.log(`\nBudgets (${results.durationS} s, results in bench-results/bench.json):`);
  console.log(budgetTable(checks));
  const missed = checks.filter((c) => !c.pass);
  console.log(missed.length === 0 ? '\nAll budgets met.' : `\n${missed.length} budget(s) missed.`);
  return missed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
