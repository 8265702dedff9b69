/**
 * The projected training screen, measured: for the longest card of every bundled scenario, in training
 * mode, at 1920×1080 and at 1280×720 with the browser at 150 % (an 853×480 CSS viewport), the card, every
 * choice, the discussion questions and the vote tally are inside the viewport with no scrolling, and at
 * 1920×1080 the text the room reads is at least 28 px. One browser context, one page, two loads per
 * scenario at most. Screenshots go to $PROJECTOR_SHOTS (default /tmp/projector).
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectScreen, watchErrors } from './helpers';
import { bundledScenarios, longestCard, type ProjectorCard } from './projector-cards';

const SHOTS = process.env.PROJECTOR_SHOTS ?? '/tmp/projector';
/** The smallest text the back of the room reads at 1920×1080 (8 m from a 2.5 m screen). */
const ROOM_PX = 28;

// 1280×720 at 150 %: the CSS viewport is 853×480 and every CSS pixel is 1.5 device pixels.
test.use({ deviceScaleFactor: 1.5 });

/** Opens the training mode on the card: the save resumed (or a new game), the default setup started. */
async function openCard(page: Page, target: ProjectorCard): Promise<void> {
  await page.evaluate(
    ([key, value]) => {
      localStorage.clear();
      if (value) localStorage.setItem(key ?? '', value);
    },
    [`tisser:save:${target.scenario}`, target.save ? JSON.stringify(target.save) : ''],
  );
  await page.goto(`./?mode=formation&scenario=${target.scenario}&lang=fr&seed=${target.seed}`);
  await page
    .getByRole('button', { name: target.save ? 'Continuer la partie' : 'Jouer', exact: true })
    .click();
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
  const main = page.getByRole('main');
  for (let step = 0; step < 4; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card|consequence/);
    if ((await main.getAttribute('data-screen')) === 'card') break;
    const screen = await main.getAttribute('data-screen');
    await page.locator('#panel-host').getByRole('button', { name: 'Continuer', exact: true }).click();
    await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
  }
  await expectScreen(page, 'card');
}

/** What the room must see on the card screen, measured in the page. */
interface Measure {
  viewport: { width: number; height: number };
  /** Elements (by name) not wholly inside the viewport. */
  outside: string[];
  /** Scroll containers with hidden content (name: scrollHeight > clientHeight). */
  scrolled: string[];
  /** The smallest computed font size of each kind of room-facing text. */
  fonts: Record<string, number>;
  /** The card's height, its scroll height, and the height its content takes (to its last line). */
  panel: { client: number; scroll: number; used: number };
}

function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const height = window.innerHeight;
    const all = (selector: string): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(selector)];
    const parts: [string, HTMLElement[]][] = [
      ['speaker', all('#panel-host .panel-card .speaker')],
      ['situation', all('#panel-host .panel-card .situation')],
      ['choices', all('#panel-host .panel-card .choice')],
      ['discussion', all('#panel-host .formation-prompts li')],
      ['tally', all('#panel-host .formation-votes .formation-team, #panel-host .formation-outcome')],
    ];
    const outside: string[] = [];
    for (const [name, nodes] of parts) {
      if (nodes.length === 0) outside.push(`${name}: missing`);
      nodes.forEach((node, i) => {
        const box = node.getBoundingClientRect();
        if (box.top < -0.5 || box.left < -0.5 || box.bottom > height + 0.5 || box.right > width + 0.5)
          outside.push(`${name} ${i + 1}: ${Math.round(box.top)}–${Math.round(box.bottom)} of ${height}`);
      });
    }
    const scrolled = [document.scrollingElement, ...all('#panel-host, #panel-host *')]
      .filter((node): node is HTMLElement => node instanceof HTMLElement)
      .filter((node) => {
        const style = getComputedStyle(node);
        const scrolls = node === document.scrollingElement || /auto|scroll/.test(style.overflowY);
        return scrolls && node.scrollHeight > node.clientHeight + 1;
      })
      .map((node) => `${node.className || node.tagName}: ${node.scrollHeight} > ${node.clientHeight}`);
    const size = (node: Element): number => Number.parseFloat(getComputedStyle(node).fontSize);
    /** The text nodes' parents under `selector`: the size each piece of text is drawn at. */
    const textSizes = (selector: string): number[] =>
      all(selector).flatMap((root) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const sizes: number[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (node.textContent?.trim() && node.parentElement && node.parentElement.offsetParent !== null)
            sizes.push(size(node.parentElement));
        return sizes;
      });
    const kinds: Record<string, string> = {
      situation: '#panel-host .panel-card .situation',
      speaker: '#panel-host .panel-card .speaker',
      choices: '#panel-host .panel-card .choice',
      discussion: '#panel-host .formation-prompts',
      tally: '#panel-host .formation-team, #panel-host .formation-outcome',
    };
    const fonts: Record<string, number> = {};
    for (const [name, selector] of Object.entries(kinds)) fonts[name] = Math.min(...textSizes(selector));
    const card = document.querySelector<HTMLElement>('#panel-host .panel-card');
    return {
      viewport: { width, height },
      outside,
      scrolled,
      fonts,
      panel: {
        client: card?.clientHeight ?? 0,
        scroll: card?.scrollHeight ?? 0,
        used: card
          ? Math.round(
              Math.max(
                ...[...card.querySelectorAll('.speaker, .situation, .formation-prompts, .choices > li')].map(
                  (node) => node.getBoundingClientRect().bottom,
                ),
              ) - card.getBoundingClientRect().top,
            )
          : 0,
      },
    };
  });
}

/** The smallest computed font size of the visible text under `selector`. */
function smallestText(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => {
    let smallest = Infinity;
    for (const root of document.querySelectorAll(css)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (node.textContent?.trim() && parent && parent.offsetParent !== null)
          smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(parent).fontSize));
      }
    }
    return smallest;
  }, selector);
}

/**
 * From a card of premiers-pas to the debrief at 1920×1080: the revealed consequences and the teams'
 * tables at the room's size; screenshots of the predictions, the consequences and the debrief.
 */
async function consequenceAndDebrief(page: Page): Promise<string> {
  const main = page.getByRole('main');
  const figures: string[] = [];
  for (let step = 0; step < 12; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card|consequence|debrief/);
    const screen = await main.getAttribute('data-screen');
    if (screen === 'debrief') break;
    if (screen === 'card') {
      for (const team of ['1', '2', '3', '4']) {
        await page.keyboard.press(team);
        await page.keyboard.press('1');
      }
      // The vote step by step: "next" closes the vote (tally, rule), "next" again opens the predictions
      // with the card and the retained choice still on screen; R reveals and plays the choice.
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      if (figures.length === 0) {
        await expect(page.getByText(/^Prédictions : choix \d+ retenu/).first()).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/predictions-1920x1080.png`, scale: 'css' });
      }
      await page.keyboard.press('r');
      await expectScreen(page, 'consequence');
      await expect(page.locator('#panel-host').getByText(/^Votre choix :/)).toBeVisible();
      if (figures.length === 0) {
        await page.screenshot({ path: `${SHOTS}/consequence-1920x1080.png`, scale: 'css' });
        const px = await smallestText(page, '#panel-host .panel-consequence');
        figures.push(`consequence ${px} px`);
        expect.soft(px, `consequence text at ${px} px`).toBeGreaterThanOrEqual(ROOM_PX);
      }
      await page.keyboard.press('s');
      await expect(main).not.toHaveAttribute('data-screen', 'consequence');
      continue;
    }
    if (screen === 'phase')
      await page.locator('#panel-host').getByRole('button', { name: 'Continuer', exact: true }).click();
    else await page.keyboard.press('s');
    await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
  }
  await expectScreen(page, 'debrief');
  // The long tables are behind closed disclosures: open the teams' votes.
  await page.getByText(/^Afficher les votes de chaque équipe/).click();
  const table = page.getByRole('table', { name: /Vote de chaque équipe/ });
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/debrief-1920x1080.png`, scale: 'css' });
  const px = await smallestText(page, '.formation-votes-table, .formation-report-table');
  figures.push(`debrief tables ${px} px`);
  expect.soft(px, `debrief tables at ${px} px`).toBeGreaterThanOrEqual(ROOM_PX);
  return figures.join(', ');
}

test('the longest card of every scenario fits the projector, readable from the back of the room', async ({
  page,
}) => {
  const scenarios = bundledScenarios();
  // About 20 s a scenario on an idle machine; the margin is for a loaded one.
  test.setTimeout(120_000 + scenarios.length * 60_000);
  const errors = watchErrors(page);
  mkdirSync(SHOTS, { recursive: true });
  // Any page of the origin, to write its storage before the game's page loads.
  await page.goto('./manifest.webmanifest');
  const report: string[] = [];
  for (const scenario of scenarios) {
    const target = longestCard(scenario);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openCard(page, target);
    // Three of the four teams vote: the tally has votes and still waits (nothing is played).
    for (const [team, choice] of [
      ['1', '1'],
      ['2', '2'],
      ['3', '1'],
    ] as const) {
      await page.keyboard.press(team);
      await page.keyboard.press(choice);
    }
    await expect(page.locator('.formation-outcome')).toContainText('En attente du vote de');
    await expect(page.getByRole('main')).toHaveAttribute('data-territory', 'ready');
    for (const [width, height] of [
      [1920, 1080],
      [853, 480],
    ] as const) {
      await page.setViewportSize({ width, height });
      // Let the canvas and the layout settle after the resize.
      await page.waitForTimeout(300);
      const shot = `${SHOTS}/${scenario}-${width === 1920 ? '1920x1080' : '1280x720@150'}.png`;
      await page.screenshot({ path: shot, scale: width === 1920 ? 'css' : 'device' });
      const seen = await measure(page);
      report.push(
        `${scenario} ${target.card} (${target.length} chars) ${width}×${height}: card ${seen.panel.used} px used of ${seen.panel.client} (scroll ${seen.panel.scroll}), fonts ${JSON.stringify(seen.fonts)}`,
      );
      expect.soft(seen.outside, `${scenario} ${width}×${height}: outside the viewport`).toEqual([]);
      expect.soft(seen.scrolled, `${scenario} ${width}×${height}: scrolled`).toEqual([]);
      if (width === 1920)
        for (const [kind, px] of Object.entries(seen.fonts))
          expect.soft(px, `${scenario}: ${kind} at ${px} px`).toBeGreaterThanOrEqual(ROOM_PX);
    }
    if (scenario === 'premiers-pas') {
      await page.setViewportSize({ width: 1920, height: 1080 });
      // The fourth team votes; the rest of the three-card game runs to the debrief.
      await page.keyboard.press('4');
      await page.keyboard.press('1');
      report.push(`premiers-pas 1920×1080: ${await consequenceAndDebrief(page)}`);
    }
  }
  console.log(report.join('\n'));
  expect(errors).toEqual([]);
});
