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
  /**
   * Where the growth lies, from two heap snapshots (self sizes): V8's compiled code (JIT tiers,
   * deoptimisation data: grows as hot paths get optimised, not a leak) and everything else.
   */
  growth: { compiledCode: number; other: number };
  /** DOM nodes and JS event listeners after 1 and after all restarts (Memory.getDOMCounters). */
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
    await page.waitForFunction(
      () => document.getElementById('game')?.dataset.territory === 'ready',
      undefined,
      {
        timeout: 30_000,
      },
    );
    let steps = await restart(page, 1);
    const afterOne = await usedHeapAfterGc(cdp);
    const domOne = await domCounters(cdp);
    const sizesOne = await snapshotSizes(cdp);
    steps += await restart(page, options.restarts - 1);
    const afterMany = await usedHeapAfterGc(cdp);
    const domMany = await domCounters(cdp);
    const sizesMany = await snapshotSizes(cdp);
    return {
      scenario: options.scenario,
      restarts: options.restarts,
      afterOne,
      afterMany,
      ratio: afterMany / afterOne,
      growth: {
        compiledCode: sizesMany.compiledCode - sizesOne.compiledCode,
        other: sizesMany.other - sizesOne.other,
      },
      dom: {
        nodesAfterOne: domOne.nodes,
        nodesAfterMany: domMany.nodes,
        listenersAfterOne: domOne.jsEventListeners,
        listenersAfterMany: domMany.jsEventListeners,
      },
      steps,
      durationMs: Date.now() - started,
    };
  } finally {
    await context.close();
  }
}
