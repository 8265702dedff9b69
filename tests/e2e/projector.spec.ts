/**
 * The projected training screen, measured: for the longest card of every bundled scenario, in training
 * mode, at 1920×1080 and at 1280×720 with the browser at 150 % (an 853×480 CSS viewport), the card, every
 * choice, the discussion questions and the vote tally are inside the viewport with no scrolling, and at
 * 1920×1080 the text the room reads is at least 28 px. One browser context, one page, two loads per
 * scenario at most. Screenshots go to $PROJECTOR_SHOTS (default /tmp/projector).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { HudText } from '../../src/scenes/hud-texts';
import { expect, test, type Page } from '@playwright/test';
import { expectScreen, watchErrors } from './helpers';
import { bundledScenarios, longestCard, type ProjectorCard } from './projector-cards';
import { measure } from './projector-measure';

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
        await expect(page.getByText(/^Prédictions\s: choix \d+ retenu/).first()).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/predictions-1920x1080.png`, scale: 'css' });
      }
      await page.keyboard.press('r');
      await expectScreen(page, 'consequence');
      await expect(page.locator('#panel-host').getByText(/^Votre choix\s:/)).toBeVisible();
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

/** A text the map drew, as the scene reports it. */
type MapText = HudText;

/** The room-facing kinds of the map's texts (the actors' names may be shortened to their initials). */
const ROOM_KINDS = ['meter-label', 'meter-value', 'meter-change', 'initiative-name', 'initiative-state'];

type Box = { x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const inside = (a: Box, b: Box): boolean =>
  a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.w <= b.x + b.w + 1 && a.y + a.h <= b.y + b.h + 1;

/**
 * The map's texts as drawn now, in CSS pixels, once the scene has drawn the current viewport; with the
 * DOM's panel and top bar, which the map's texts must stay clear of.
 */
async function mapTexts(
  page: Page,
): Promise<{ room: number | null; texts: MapText[]; clear: Box; meters: number; initiatives: number }> {
  await page.waitForFunction(() => {
    const raw = document.getElementById('game')?.dataset.territoryText;
    const canvas = document.querySelector('#territory canvas');
    if (!raw || !canvas) return false;
    const drawn = JSON.parse(raw) as { width: number; height: number };
    const box = canvas.getBoundingClientRect();
    // The canvas fills the window once Phaser has read a resize, and the texts are of that drawing.
    return (
      Math.abs(box.width - window.innerWidth) < 2 &&
      Math.abs(box.height - window.innerHeight) < 2 &&
      Math.abs(drawn.width - box.width) < 2 &&
      Math.abs(drawn.height - box.height) < 2
    );
  });
  return page.evaluate(() => {
    const drawn = JSON.parse(document.getElementById('game')?.dataset.territoryText ?? '{}') as {
      width: number;
      room: number | null;
      texts: MapText[];
    };
    const canvas = document.querySelector('#territory canvas')?.getBoundingClientRect();
    // Canvas pixels to CSS pixels (1 with Phaser's RESIZE scale mode; measured, not assumed).
    const k = canvas ? canvas.width / drawn.width : 1;
    const texts = drawn.texts.map((t) => ({
      ...t,
      size: t.size * k,
      x: t.x * k + (canvas?.left ?? 0),
      y: t.y * k + (canvas?.top ?? 0),
      w: t.w * k,
      h: t.h * k,
      ...(t.box
        ? {
            box: {
              x: t.box.x * k + (canvas?.left ?? 0),
              y: t.box.y * k + (canvas?.top ?? 0),
              w: t.box.w * k,
              h: t.box.h * k,
            },
          }
        : {}),
    }));
    const panel = document.querySelector('#panel-host')?.getBoundingClientRect();
    const bar = document.querySelector('.topbar, header')?.getBoundingClientRect();
    const top = bar ? bar.bottom : 0;
    const right = panel && panel.width > 0 ? panel.left : window.innerWidth;
    const count = (kind: string): number => texts.filter((t) => t.kind === kind).length;
    return {
      room: drawn.room === null ? null : drawn.room * k,
      texts,
      clear: { x: 0, y: top, w: right, h: window.innerHeight - top },
      meters: count('meter-label'),
      initiatives: count('initiative-name'),
    };
  });
}

/** What is wrong with the map's texts for a room: too small, shortened, overlapping, clipped. */
function mapProblems(seen: Awaited<ReturnType<typeof mapTexts>>, smallest: number, forRoom = true): string[] {
  const problems: string[] = [];
  // For a room, the actors' names are read when the facilitator points at a portrait: at the room's size,
  // on the map, covering nothing (solo keeps its look: a name moves above its disc when it would cover another).
  for (const t of seen.texts.filter((text) => forRoom && text.kind === 'actor-name')) {
    if (t.size < smallest) problems.push(`actor's name "${t.text}" at ${t.size.toFixed(1)} px`);
    if (!inside(t, seen.clear)) problems.push(`actor's name "${t.text}" outside the map's clear area`);
  }
  const room = seen.texts.filter((t) => ROOM_KINDS.includes(t.kind));
  for (const t of room) {
    if (t.size < smallest) problems.push(`${t.kind} "${t.text}" at ${t.size.toFixed(1)} px`);
    if (t.shortened) problems.push(`${t.kind} "${t.text}" shortened`);
    if (!inside(t, seen.clear)) problems.push(`${t.kind} "${t.text}" outside the map's clear area`);
    if (t.box && !inside(t, t.box)) problems.push(`${t.kind} "${t.text}" outside its box`);
  }
  // The current step's name on the progress strip: in full (wrapped, never cut), inside the strip.
  const steps = seen.texts.filter((t) => t.kind === 'step-name');
  if (steps.length !== 1) problems.push(`${steps.length} step names drawn`);
  for (const t of steps) {
    if (t.shortened) problems.push(`step name "${t.text}" shortened`);
    if (t.box && !inside(t, t.box)) problems.push(`step name "${t.text}" outside the strip`);
  }
  // Nothing covers anything (for a room, the actors' names among themselves included).
  for (const [i, a] of seen.texts.entries())
    for (const b of seen.texts.slice(i + 1)) {
      if (!forRoom && a.kind === 'actor-name' && b.kind === 'actor-name') continue;
      if (overlaps(a, b)) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  return problems;
}

/** The smallest size a room-facing text may have at a viewport: 28 px at 1920×1080, in proportion. */
const roomPx = (width: number, height: number): number =>
  ROOM_PX * Math.min(width / 1920, (height - 72) / (1080 - 72));

/** The number of meters and initiatives a scenario's file has. */
function scenarioCounts(scenario: string): { meters: number; initiatives: number } {
  const file = JSON.parse(readFileSync(`scenarios/${scenario}.json`, 'utf8')) as {
    meters?: unknown[];
    initiatives?: unknown[];
  };
  return { meters: file.meters?.length ?? 0, initiatives: file.initiatives?.length ?? 0 };
}

test('the map of every scenario reads from the back of the room in training mode', async ({ page }) => {
  const scenarios = bundledScenarios();
  test.setTimeout(120_000 + scenarios.length * 45_000);
  const errors = watchErrors(page);
  mkdirSync(SHOTS, { recursive: true });
  const main = page.getByRole('main');
  const report: string[] = [];
  for (const scenario of scenarios) {
    const counts = scenarioCounts(scenario);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./manifest.webmanifest');
    await page.evaluate(() => localStorage.clear());
    await page.goto(`./?mode=formation&scenario=${scenario}&lang=fr&seed=1`);
    await page.getByRole('button', { name: 'Jouer', exact: true }).click();
    await page.getByRole('button', { name: 'Commencer la séance' }).click();
    // To the first card; there, every team votes choice 1 and the vote goes step by step to the reveal:
    // the consequences beside the map, the changes on the meter board.
    for (let step = 0; step < 6; step++) {
      await expect(main).toHaveAttribute('data-screen', /phase|card|consequence/);
      const screen = await main.getAttribute('data-screen');
      if (screen === 'consequence') break;
      if (screen === 'card') {
        for (const team of ['1', '2', '3', '4']) {
          await page.keyboard.press(team);
          await page.keyboard.press('1');
        }
        // The vote screen as the room sees it: the card takes the screen, the map waits behind it.
        for (const [width, height] of [
          [853, 480],
          [1920, 1080],
        ] as const) {
          await page.setViewportSize({ width, height });
          await page.waitForTimeout(300);
          const size = width === 1920 ? '1920x1080' : '1280x720@150';
          await page.screenshot({
            path: `${SHOTS}/vote-${scenario}-${size}.png`,
            scale: width === 1920 ? 'css' : 'device',
          });
        }
        await page.keyboard.press('PageDown');
        await page.keyboard.press('PageDown');
        await page.keyboard.press('r');
      } else
        await page.locator('#panel-host').getByRole('button', { name: 'Continuer', exact: true }).click();
      await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
    }
    await expectScreen(page, 'consequence');
    await expect(main).toHaveAttribute('data-territory', 'ready');
    for (const [width, height] of [
      [1920, 1080],
      [853, 480],
    ] as const) {
      await page.setViewportSize({ width, height });
      const seen = await mapTexts(page);
      // The bars' tweens end in 0.7 s: the screenshot shows the board at rest.
      await page.waitForTimeout(900);
      const size = width === 1920 ? '1920x1080' : '1280x720@150';
      await page.screenshot({
        path: `${SHOTS}/map-${scenario}-${size}.png`,
        scale: width === 1920 ? 'css' : 'device',
      });
      const smallest = roomPx(width, height);
      const min = (kind: string): string => {
        const sizes = seen.texts.filter((t) => t.kind === kind).map((t) => t.size);
        return sizes.length ? Math.min(...sizes).toFixed(1) : '–';
      };
      const names = seen.texts.filter((t) => t.kind === 'actor-name');
      const crossing = names.filter((a, i) => names.slice(i + 1).some((b) => overlaps(a, b))).length;
      const initials = names.filter((t) => t.shortened).length;
      report.push(
        `map ${scenario} ${width}×${height}: ${names.length} actors (${crossing} names crossing another, ${initials} as initials), room ${seen.room?.toFixed(1)} px; meters ${min('meter-label')}/${min('meter-value')}/${min('meter-change')} px, initiatives ${min('initiative-name')}/${min('initiative-state')} px, actors ${min('actor-name')} px (≥ ${smallest.toFixed(1)})`,
      );
      expect.soft(seen.room, `${scenario} ${width}×${height}: the room's layout`).not.toBeNull();
      expect.soft(seen.meters, `${scenario} ${width}×${height}: meters drawn`).toBe(counts.meters);
      expect
        .soft(seen.initiatives, `${scenario} ${width}×${height}: initiatives drawn`)
        .toBe(counts.initiatives);
      expect
        .soft(
          seen.texts.some((t) => t.kind === 'meter-change'),
          `${scenario}: a change shown`,
        )
        .toBe(true);
      expect.soft(mapProblems(seen, smallest), `${scenario} ${width}×${height}`).toEqual([]);
    }
  }
  // The solo game keeps its own sizes at 1280×720 (150 %) and nothing on its map overlaps.
  await page.setViewportSize({ width: 853, height: 480 });
  await page.goto('./manifest.webmanifest');
  await page.evaluate(() => localStorage.clear());
  await page.goto('./?mode=solo&scenario=quartier-generateur&lang=fr&seed=1');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expectScreen(page, 'phase');
  await expect(main).toHaveAttribute('data-territory', 'ready');
  const solo = await mapTexts(page);
  await page.screenshot({ path: `${SHOTS}/map-solo-quartier-generateur-1280x720@150.png`, scale: 'device' });
  report.push(
    `solo quartier-generateur 853×480: ${solo.meters} meters, labels ${Math.min(...solo.texts.filter((t) => t.kind === 'meter-label').map((t) => t.size))} px`,
  );
  expect.soft(solo.room, 'solo: the ordinary layout').toBeNull();
  expect.soft(mapProblems(solo, 0, false), 'solo 853×480').toEqual([]);
  console.log(report.join('\n'));
  expect(errors).toEqual([]);
});
