/**
 * Every card of every bundled scenario on the projected training screen, measured: at 1920×1080 and at
 * 1280×720 with the browser at 150 % (an 853×480 CSS viewport), the card, every choice, the discussion
 * questions and the vote tally are inside the viewport with no scrolling, and at 1920×1080 the text the
 * room reads is at least 28 px.
 *
 * No session is played: one page per size, on the development server (its own port), opens the training
 * on a scenario's first card, then shows each card in turn through the card preview
 * (src/ui/authoring/card-preview.ts, development only), each in the state that shows the most of it
 * (tests/e2e/projector-cards.ts). projector.spec.ts measures the longest card of each scenario on the
 * build, reached by a real save, the same way.
 *
 * PROJECTOR_CARD_SHOTS=1 writes a screenshot of every card at both sizes to
 * $PROJECTOR_SHOTS/cards/<scenario>/ (default /tmp/projector); without it, only the figures are written.
 * PROJECTOR_ONLY=<scenario>,… and PROJECTOR_CARDS=<card>,… measure only those scenarios and cards.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { CardPreviewRequest } from '../../src/ui/authoring/card-preview';
import { startDevServer, type DevServer } from './dev-server-process';
import { expectScreen, watchErrors } from './helpers';
import { bundledScenarios, everyCard, type CardRequest } from './projector-cards';
import { measureInPage, type Measure } from './projector-measure';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 1100;
const SHOTS = `${process.env.PROJECTOR_SHOTS ?? '/tmp/projector'}/cards`;
const WITH_SHOTS = process.env.PROJECTOR_CARD_SHOTS === '1';
/** The smallest text the back of the room reads at 1920×1080 (8 m from a 2.5 m screen). */
const ROOM_PX = 28;
let server: DevServer | null = null;

test.beforeAll(async () => {
  server = await startDevServer(PORT);
});

test.afterAll(() => {
  server?.stop();
});

const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
  { name: '1280x720@150', width: 853, height: 480, scale: 1.5 },
] as const;

async function openPage(browser: Browser, size: (typeof SIZES)[number]): Promise<Page> {
  const context = await browser.newContext({
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.scale,
  });
  return context.newPage();
}

/** The training on the scenario's first card, with the default setup (four teams). */
async function openTraining(page: Page, scenario: string): Promise<void> {
  await page.goto('./manifest.webmanifest');
  await page.evaluate(() => localStorage.clear());
  await page.goto(`./?mode=formation&scenario=${scenario}&lang=fr&seed=1`);
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
  const main = page.getByRole('main');
  for (let step = 0; step < 4; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card/);
    const screen = await main.getAttribute('data-screen');
    if (screen === 'card') break;
    await page.locator('#panel-host').getByRole('button', { name: 'Continuer', exact: true }).click();
    await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
  }
  await expectScreen(page, 'card');
  await page.waitForFunction(() => '__tisserShowCard' in window);
  await page.evaluate(`window.__projectorMeasure = ${measureInPage.toString()}`);
}

/**
 * Shows a card through the card preview (loading its scenario first when it is another) and measures
 * the screen once it is drawn, in one call into the page.
 */
async function showAndMeasure(page: Page, scenario: string, target: CardRequest): Promise<Measure> {
  const request: CardPreviewRequest = {
    scenario,
    card: target.card,
    meters: target.meters,
    flags: target.flags,
    seed: target.seed,
  };
  const seen = await page.evaluate(
    async ([r, discussion]) => {
      const hooks = window as unknown as {
        __tisserShowCard: (r: CardPreviewRequest) => Promise<boolean>;
        __projectorMeasure: (discussion: boolean) => Measure;
      };
      if (!(await hooks.__tisserShowCard(r))) return null;
      if (!document.querySelector(`#panel-host .panel-card[data-card="${r.card}"]`)) return null;
      // The card is in the DOM: reading its boxes lays it out.
      return hooks.__projectorMeasure(discussion);
    },
    [request, target.discussion > 0] as const,
  );
  expect(seen, `${scenario} ${target.card} drawn`).not.toBeNull();
  return seen as Measure;
}

test('every card of every scenario fits the projector, readable from the back of the room', async ({
  browser,
}) => {
  const only = process.env.PROJECTOR_ONLY;
  const scenarios = bundledScenarios().filter((id) => !only || only.split(',').includes(id));
  test.setTimeout(60_000 + scenarios.length * 60_000);
  const pages = await Promise.all(SIZES.map((size) => openPage(browser, size)));
  const errors = pages.map((page) => watchErrors(page));
  const report: string[] = [];
  for (const scenario of scenarios) {
    const started = Date.now();
    const picked = process.env.PROJECTOR_CARDS?.split(',');
    const cards = everyCard(scenario).filter((c) => !picked || picked.includes(c.card));
    // The training opens once, on the first scenario; the others are loaded by the card preview.
    if (scenario === scenarios[0]) await Promise.all(pages.map((page) => openTraining(page, scenario)));
    const opened = Date.now();
    let showing = 0;
    if (WITH_SHOTS) mkdirSync(`${SHOTS}/${scenario}`, { recursive: true });
    const used: Record<string, { card: string; ratio: number }[]> = {};
    for (const target of cards) {
      const before = Date.now();
      const measures = await Promise.all(pages.map((page) => showAndMeasure(page, scenario, target)));
      showing += Date.now() - before;
      for (const [i, size] of SIZES.entries()) {
        const page = pages[i];
        const seen = measures[i];
        if (!page || !seen) continue;
        const where = `${scenario} ${target.card} (${target.shown}/${target.total} choices) ${size.name}`;
        (used[size.name] ??= []).push({ card: target.card, ratio: seen.panel.used / seen.panel.client });
        expect.soft(seen.outside, `${where}: outside the viewport`).toEqual([]);
        expect.soft(seen.scrolled, `${where}: scrolled`).toEqual([]);
        if (size.width === 1920)
          for (const [kind, px] of Object.entries(seen.fonts))
            expect.soft(px, `${where}: ${kind} at ${px} px`).toBeGreaterThanOrEqual(ROOM_PX);
        if (WITH_SHOTS)
          await page.screenshot({
            path: `${SHOTS}/${scenario}/${target.card}-${size.name}.png`,
            scale: size.scale === 1 ? 'css' : 'device',
          });
      }
    }
    for (const size of SIZES) {
      const tallest = (used[size.name] ?? []).sort((a, b) => b.ratio - a.ratio).slice(0, 3);
      report.push(
        `${scenario} ${size.name}: ${cards.length} cards; the tallest ${tallest.map((c) => `${c.card} ${Math.round(c.ratio * 100)} %`).join(', ')} of the card's height`,
      );
    }
    report.push(
      `${scenario}: opened in ${opened - started} ms, ${cards.length} cards in ${Date.now() - opened} ms (shown in ${showing} ms)`,
    );
    const partial = cards.filter((c) => c.shown < c.total);
    if (partial.length > 0)
      report.push(
        `${scenario}: never every choice at once (exclusive conditions): ${partial.map((c) => `${c.card} ${c.shown}/${c.total}`).join(', ')}`,
      );
  }
  console.log(report.join('\n'));
  for (const list of errors) expect(list).toEqual([]);
});
