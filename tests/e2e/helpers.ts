import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Waits for the named screen on the root's data-screen. */
export async function expectScreen(page: Page, screen: string): Promise<void> {
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', screen);
}

/** Collects uncaught page errors so a test fails on any crash. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Runs axe-core (WCAG 2.x A/AA rules) and returns the serious and critical violations, summarised. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // The canvas is decorative (aria-hidden); its DOM twin is what axe must check.
    .exclude('#territory')
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** From the title screen of premiers-pas, presses Play and continues to the first card. */
export async function toFirstCard(
  page: Page,
  playLabel = 'Jouer',
  continueLabel = 'Continuer',
): Promise<void> {
  await page.getByRole('button', { name: playLabel, exact: true }).click();
  await expectScreen(page, 'phase');
  await page.getByRole('button', { name: continueLabel }).click();
  await expectScreen(page, 'card');
}

/** Plays on from a phase, card or consequence screen to the debrief, choosing 1 on each card. */
export async function playToDebrief(page: Page): Promise<void> {
  const main = page.getByRole('main');
  for (let step = 0; step < 30; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card|consequence|debrief/);
    const screen = await main.getAttribute('data-screen');
    if (screen === 'debrief') return;
    if (screen === 'card') await page.keyboard.press('1');
    else await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
    await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
  }
  await expectScreen(page, 'debrief');
}
