/**
 * The debrief tells the story: the story as prose, the road not taken after the decisive turning point
 * (labelled as a simulated possibility), "What if…?" on a decision of the timeline, and the one-page A4
 * handout printed alone. Screenshots at three sizes go to $DEBRIEF_SHOTS when it is set.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectScreen, seriousViolations, watchErrors } from './helpers';

const SHOTS = process.env.DEBRIEF_SHOTS;

/** Plays a scenario to its debrief, choosing 1 on each card. */
async function playThrough(page: Page, scenario: string, lang: 'fr' | 'en', seed: number): Promise<void> {
  await page.goto(`./?scenario=${scenario}&lang=${lang}&seed=${seed}`);
  await page.getByRole('button', { name: lang === 'fr' ? 'Jouer' : 'Play', exact: true }).click();
  const main = page.getByRole('main');
  for (let step = 0; step < 200; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card|consequence|debrief/);
    const screen = await main.getAttribute('data-screen');
    if (screen === 'debrief') return;
    if (screen === 'card') await page.keyboard.press('1');
    else
      await page
        .locator('#panel-host')
        .getByRole('button', { name: lang === 'fr' ? 'Continuer' : 'Continue' })
        .click();
    await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
  }
  await expectScreen(page, 'debrief');
}

test('the debrief tells the story, the road not taken, and what if at any decision', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await playThrough(page, 'quartier-generateur', 'fr', 5);
  const story = page.getByRole('region', { name: 'Le récit de votre territoire' });
  await expect(story.locator('> p').first()).toContainText('Tout a commencé dans');
  await expect(story.locator('p.story-decisive')).toHaveCount(1);
  const road = story.getByRole('complementary', { name: /La route non prise/ });
  await expect(road).toContainText('Une possibilité simulée, pas la vérité', { timeout: 15_000 });
  await page.getByText('Voir le tableau des décisions et des valeurs').click();
  await page.getByRole('button', { name: 'Et si, au tour 2, vous aviez choisi autrement ?' }).click();
  await expect(page.locator('.what-if-result')).toContainText(/^Tour 2\. (Une possibilité simulée|Tour 2 :)|^Tour 2 :/, {
    timeout: 15_000,
  });
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
  await playThrough(page, 'vallee-alimentaire', 'fr', 3);
  await expect(page.getByRole('button', { name: 'Imprimer la fiche de séance (A4)' })).toBeVisible();
  const handout = page.locator('.handout');
  await expect(handout).toBeHidden();
  await page.evaluate(() => document.documentElement.classList.add('print-handout'));
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
  }
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});
