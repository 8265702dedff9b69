/**
 * The debrief tells the story: the story as prose, the road not taken after the decisive turning point
 * (labelled as a simulated possibility), "What if…?" on a decision of the timeline, and the one-page A4
 * handout printed alone. Screenshots at three sizes go to $DEBRIEF_SHOTS when it is set.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { indexScenario } from '../../src/core/scenario-index';
import { SAVE_VERSION } from '../../src/engine/save-version';
import type { Scenario } from '../../src/scenario/format';
import { defaultTurnLimit, playSession } from '../../src/scenario/play/simulate';
import { expectScreen, seriousViolations, watchErrors } from './helpers';

const SHOTS = process.env.DEBRIEF_SHOTS;

/**
 * Opens the debrief of a finished session of a scenario: a session played in Node by the simulated
 * `principled` player, put in the browser's save slot, then resumed (playing 30 cards through the
 * interface takes minutes on a loaded machine).
 */
async function openFinished(page: Page, scenario: string, lang: 'fr' | 'en', seed: number): Promise<void> {
  const parsed = JSON.parse(readFileSync(`scenarios/${scenario}.json`, 'utf8')) as Scenario;
  const index = indexScenario(parsed);
  const { state } = playSession(index, seed, 'principled', defaultTurnLimit(index));
  expect(state.screen).toBe('ended');
  const save = {
    saveVersion: SAVE_VERSION,
    scenarioId: parsed.meta.id,
    scenarioVersion: parsed.meta.version,
    seed,
    choices: state.log.map((record) => record.choice),
  };
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key ?? '', value ?? '');
    },
    [`tisser:save:${parsed.meta.id}`, JSON.stringify(save)],
  );
  await page.goto(`./?scenario=${scenario}&lang=${lang}&seed=${seed}`);
  await page
    .getByRole('button', { name: lang === 'fr' ? 'Continuer la partie' : 'Continue the game' })
    .click();
  // The last consequence shows first, as it was left.
  const main = page.getByRole('main');
  await expect(main).toHaveAttribute('data-screen', /consequence|debrief/);
  if ((await main.getAttribute('data-screen')) === 'consequence')
    await page
      .locator('#panel-host')
      .getByRole('button', { name: lang === 'fr' ? 'Continuer' : 'Continue' })
      .click();
  await expectScreen(page, 'debrief');
}

test('the debrief tells the story, the road not taken, and what if at any decision', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await openFinished(page, 'quartier-generateur', 'fr', 5);
  const story = page.getByRole('region', { name: 'Le récit de votre territoire' });
  await expect(story.locator('> p').first()).toContainText('Tout a commencé dans');
  await expect(story.locator('p.story-decisive')).toHaveCount(1);
  const road = story.getByRole('complementary', { name: /La route non prise/ });
  await expect(road).toContainText('Une possibilité simulée, pas la vérité', { timeout: 15_000 });
  await page.getByText('Voir le tableau des décisions et des valeurs').click();
  await page.getByRole('button', { name: 'Et si, au tour 2, vous aviez choisi autrement ?' }).click();
  await expect(page.locator('.what-if-result')).toContainText(
    /^Tour 2(\. Une possibilité simulée|\s: vous n'aviez pas)/,
    { timeout: 15_000 },
  );
  expect(await seriousViolations(page)).toEqual([]);
  if (SHOTS)
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await story.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/debrief-${width}x${height}.png` });
      await road.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/debrief-road-${width}x${height}.png` });
    }
  expect(errors).toEqual([]);
});

test('the session handout prints alone on one A4 page', async ({ page }) => {
  test.setTimeout(240_000);
  await openFinished(page, 'vallee-alimentaire', 'fr', 3);
  const handout = page.locator('.handout');
  await expect(handout).toHaveCount(0);
  // The browser's print dialog is not opened in a test: the button's print call is stubbed.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Imprimer la fiche de séance (A4)' }).click();
  await expect(handout).toHaveCount(1);
  await expect(handout).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(handout).toBeVisible();
  await expect(page.getByRole('region', { name: 'Le récit de votre territoire' })).toBeHidden();
  await expect(handout.getByRole('heading', { name: 'Pour en discuter' })).toBeVisible();
  await expect(handout.locator('.handout-questions li')).toHaveCount(3);
  await expect(handout.locator('.handout-families tr')).toHaveCount(4);
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  if (SHOTS) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${SHOTS}/handout.pdf`, pdf);
    // A4 at 96 dpi less the 14 mm margins, as the print media shows it.
    await page.setViewportSize({ width: 688, height: 1017 });
    await page.screenshot({ path: `${SHOTS}/handout.png`, fullPage: true });
  }
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});
