import type { Browser, CDPSession } from '@playwright/test';
import { freshPage } from './browser';
import { keyboardStep, MENU_RESTART_LOOP, RESTART_LOOP } from './ui-driver';

/** Heap, compiled code and DOM counters at one point of the run. */
export interface HeapPoint {
  /** Restarts done when read. */
  restarts: number;
  /** Used JS heap (bytes) after forced garbage collection. */
  used: number;
  /** Self sizes from a heap snapshot: V8 compiled code, and everything else. */
  sizes: { compiledCode: number; other: number };
  nodes: number;
  listeners: number;
}

/** Growth between two points. */
export interface HeapGrowth {
  afterOne: number;
  afterMany: number;
  /** afterMany / afterOne. */
  ratio: number;
  /**
   * Where the growth lies, from the two heap snapshots: V8's compiled code (JIT tiers,
   * deoptimisation data: grows as hot paths get optimised, not a leak) and everything else.
   */
  growth: { compiledCode: number; other: number };
}

/**
 * JS heap over restarts, two ways. **Raw**: after the 1st restart and after the `restarts`-th (first
 * restart read before any warm-up, so V8's first-time compilation counts as growth). **Warmed**: the
 * same number of restarts, `restarts - 1`, counted from restart `1 + warmup` to restart
 * `restarts + warmup`: the JIT has seen every screen before the first reading, so what grows is what
 * restarting keeps. The budget is checked on the warmed figure; both are reported.
 */
export interface HeapResult {
  scenario: string;
  /** How a restart is made: "Rejouer" at the ending, or the menu's "Recommencer" after some steps. */
  via: 'ending' | 'menu';
  /** UI steps played before each menu restart (via "menu"). */
  stepsPerRestart: number;
  restarts: number;
  warmup: number;
  points: HeapPoint[];
  raw: HeapGrowth;
  warmed: HeapGrowth;
  /** The warmed ratio (the budgeted figure). */
  ratio: number;
  /** DOM nodes and JS event listeners at the first and last reading (Memory.getDOMCounters). */
  dom: {
    nodesAfterOne: number;
    nodesAfterMany: number;
    listenersAfterOne: number;
    listenersAfterMany: number;
  };
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

/** Self sizes in a heap snapshot: compiled code (node type "code") and the rest. */
async function snapshotSizes(cdp: CDPSession): Promise<{ compiledCode: number; other: number }> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }): void => {
    chunks.push(event.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let compiledCode = 0;
  let other = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const size = snapshot.nodes[i + sizeAt] ?? 0;
    if (types[snapshot.nodes[i + typeAt] ?? -1] === 'code') compiledCode += size;
    else other += size;
  }
  return { compiledCode, other };
}

const domCounters = (cdp: CDPSession): Promise<{ nodes: number; jsEventListeners: number }> =>
  cdp.send('Memory.getDOMCounters');

const growthBetween = (one: HeapPoint, many: HeapPoint): HeapGrowth => ({
  afterOne: one.used,
  afterMany: many.used,
  ratio: many.used / one.used,
  growth: {
    compiledCode: many.sizes.compiledCode - one.sizes.compiledCode,
    other: many.sizes.other - one.sizes.other,
  },
});

async function reading(cdp: CDPSession, restarts: number): Promise<HeapPoint> {
  const used = await usedHeapAfterGc(cdp);
  const dom = await domCounters(cdp);
  const sizes = await snapshotSizes(cdp);
  return { restarts, used, sizes, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

/**
 * Opens `scenario`, starts it with the keyboard, then restarts it through the UI (clicks in the
 * page, one animation frame per step so the territory draws every screen): via "ending", plays to
 * the ending and presses "Rejouer"; via "menu", plays `stepsPerRestart` steps then opens the menu and
 * presses "Recommencer". Reads the heap after restarts 1, 1 + warmup, restarts and restarts + warmup.
 */
export async function measureHeap(
  browser: Browser,
  options: {
    gameUrl: string;
    scenario: string;
    restarts: number;
    warmup: number;
    via: 'ending' | 'menu';
    stepsPerRestart: number;
  },
): Promise<HeapResult> {
  const started = Date.now();
  const url = new URL(options.gameUrl);
  url.searchParams.set('scenario', options.scenario);
  url.searchParams.set('seed', '1');
  url.searchParams.set('lang', 'fr');
  const { context, page, cdp } = await freshPage(browser);
  const restart = (count: number): Promise<number> =>
    count <= 0
      ? Promise.resolve(0)
      : options.via === 'menu'
        ? (page.evaluate(`(${MENU_RESTART_LOOP})(${count}, ${options.stepsPerRestart})`) as Promise<number>)
        : (page.evaluate(`(${RESTART_LOOP})(${count})`) as Promise<number>);
  try {
    await cdp.send('HeapProfiler.enable');
    await page.goto(url.href);
    await page.waitForFunction(() => document.getElementById('game')?.dataset.screen === 'title');
    await keyboardStep(page, 0);
    await page.waitForFunction(
      () => document.getElementById('game')?.dataset.territory === 'ready',
      undefined,
      {
        timeout: 30_000,
      },
    );
    const { restarts, warmup } = options;
    // Reading points in order: 1, 1 + warmup, restarts, restarts + warmup (deduplicated).
    const at = [...new Set([1, 1 + warmup, restarts, restarts + warmup])].sort((x, y) => x - y);
    const points = new Map<number, HeapPoint>();
    let done = 0;
    let steps = 0;
    for (const target of at) {
      steps += await restart(target - done);
      done = target;
      points.set(target, await reading(cdp, target));
    }
    const point = (n: number): HeapPoint => {
      const found = points.get(n);
      if (!found) throw new Error(`no heap reading after ${n} restarts`);
      return found;
    };
    const raw = growthBetween(point(1), point(restarts));
    const warmed = growthBetween(point(1 + warmup), point(restarts + warmup));
    const first = point(1);
    const last = point(restarts + warmup);
    return {
      scenario: options.scenario,
      via: options.via,
      stepsPerRestart: options.stepsPerRestart,
      restarts,
      warmup,
      points: [...points.values()],
      raw,
      warmed,
      ratio: warmed.ratio,
      dom: {
        nodesAfterOne: first.nodes,
        nodesAfterMany: last.nodes,
        listenersAfterOne: first.listeners,
        listenersAfterMany: last.listeners,
      },
      steps,
      durationMs: Date.now() - started,
    };
  } finally {
    await context.close();
  }
}
