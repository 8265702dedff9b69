import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { watchErrors } from './helpers';

/** The diagnostics counters main.ts exposes (live games, listeners, timers, sounds). */
interface Counts {
  games: number;
  listeners: number;
  timers: number;
  sounds: number;
}

const SESSIONS = Number(process.env.KIOSK_SOAK_SESSIONS ?? 200);
// The heap is compared after a warm-up: the first visits pay for compiled code and caches (measured over 400
// visits: 7.3 MB at 20, 8.0 at 50, 8.4 at 200, 8.6 at 400 — growth slows to about 1–2 KB a visit). Heap
// snapshots split that growth: between visits 150 and 350, JS objects −6 kB, V8 code and feedback +247 kB,
// native +97 kB (Blink's capped performance-entry buffers and the test's own DevTools network records).
// With V8's compiling tiers off (--js-flags='--no-opt --no-maglev --no-sparkplug') the heap is flat:
// 6.02 MB at visit 50, 6.03 MB at 150 (code +4 kB, objects +3 kB) — the growth is compiled code, not data.
const WARM_UP = Math.min(50, SESSIONS);

/** Bytes of a heap snapshot by kind: the page's JS objects, V8's compiled code and feedback, native (DOM, Blink). */
interface HeapSplit {
  objects: number;
  code: number;
  native: number;
}

/** Takes a heap snapshot through CDP and sums its nodes' self sizes by kind. */
async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }): void => {
    chunks.push(event.chunk);
  };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const [typeAt, sizeAt, width] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length];
  const split: HeapSplit = { objects: 0, code: 0, native: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[0][snapshot.nodes[i + typeAt] ?? 0];
    const size = snapshot.nodes[i + sizeAt] ?? 0;
    if (type === 'code') split.code += size;
    else if (type === 'native') split.native += size;
    else split.objects += size;
  }
  return split;
}

const counts = (page: Page): Promise<Counts> =>
  page.evaluate(() => (window as unknown as { __tisserDiagnostics: Counts }).__tisserDiagnostics);

/**
 * One visit, driven inside the page so 200 fit in a few minutes: touch the attract screen, play to the
 * end (choices by their number key, the main button elsewhere), close the summary card. Resolves with
 * the number of steps, or throws when a screen does not move on.
 */
function visit(page: Page, round: number): Promise<number> {
  return page.evaluate(async (round) => {
    const main = document.getElementById('game');
    if (!main) throw new Error('no #game');
    const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
    // Up to 30 s of wall time per wait: a loaded CI machine running another test worker can be slow.
    const waitFor = async (ok: () => boolean, what: string): Promise<void> => {
      const until = performance.now() + 30_000;
      while (!ok() && performance.now() < until) await pause();
      if (!ok()) throw new Error(`stuck waiting for ${what} (screen ${main.dataset.screen})`);
    };
    document.querySelector<HTMLElement>('.kiosk-start')?.click();
    await waitFor(() => main.dataset.kiosk === 'playing' && main.dataset.screen !== 'loading', 'the game');
    let steps = 0;
    while (main.dataset.screen !== 'debrief') {
      const screen = main.dataset.screen;
      if (screen === 'card') {
        const keys = [
          ...document.querySelectorAll('#panel-host button[aria-keyshortcuts]:not([aria-disabled="true"])'),
        ].map((button) => button.getAttribute('aria-keyshortcuts') ?? '1');
        const key = keys[(round + steps) % Math.max(1, keys.length)] ?? '1';
        document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      } else document.querySelector<HTMLElement>('#panel-host .button-primary')?.click();
      steps += 1;
      if (steps > 150) throw new Error('no ending after 150 steps');
      await waitFor(() => main.dataset.screen !== screen, `a move from ${screen}`);
    }
    await waitFor(() => document.querySelector('.kiosk-done') !== null, 'the summary card');
    document.querySelector<HTMLElement>('.kiosk-done')?.click();
    await waitFor(() => main.dataset.kiosk === 'attract', 'the attract screen');
    return steps;
  }, round);
}

test(`kiosk soak: ${SESSIONS} back-to-back sessions, no error, flat heap and counters`, async ({ page }) => {
  test.setTimeout(15 * 60_000);
  const errors = watchErrors(page);
  const cdp = await page.context().newCDPSession(page);
  const heap = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.goto('./?mode=evenement&lang=fr');
  await expect(page.getByRole('main')).toHaveAttribute('data-kiosk', 'attract');
  let base = { heap: 0, split: { objects: 0, code: 0, native: 0 }, counts: await counts(page) };
  const started = Date.now();
  for (let round = 1; round <= SESSIONS; round++) {
    await visit(page, round);
    if (round === WARM_UP)
      base = { heap: await heap(), split: await heapSplit(cdp), counts: await counts(page) };
  }
  const end = { heap: await heap(), split: await heapSplit(cdp), counts: await counts(page) };
  const seconds = (Date.now() - started) / 1000;
  const kB = (bytes: number): string => `${bytes >= 0 ? '+' : ''}${(bytes / 1e3).toFixed(0)} kB`;
  console.log(
    `kiosk soak: ${SESSIONS} sessions in ${seconds.toFixed(0)} s; heap ${(base.heap / 1e6).toFixed(2)} MB at ${WARM_UP} → ${(end.heap / 1e6).toFixed(2)} MB at ${SESSIONS}; snapshot change: JS objects ${kB(end.split.objects - base.split.objects)}, V8 code ${kB(end.split.code - base.split.code)}, native ${kB(end.split.native - base.split.native)}; counters ${JSON.stringify(base.counts)} → ${JSON.stringify(end.counts)}`,
  );
  expect(errors).toEqual([]);
  expect(end.heap).toBeLessThanOrEqual(base.heap * 1.1);
  // What a visit could leak is objects: after the warm-up they stay flat (within 0.2 kB a visit); the
  // rest of the heap's slow growth is V8's compiled code and feedback, which it bounds and flushes itself.
  expect(end.split.objects - base.split.objects).toBeLessThanOrEqual(Math.max(0, SESSIONS - WARM_UP) * 200);
  expect(end.counts.listeners).toBeLessThanOrEqual(base.counts.listeners);
  expect(end.counts.timers).toBeLessThanOrEqual(base.counts.timers);
  expect(end.counts.games).toBeLessThanOrEqual(base.counts.games);
});
