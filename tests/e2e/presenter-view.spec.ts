import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectScreen, watchErrors } from './helpers';

/**
 * Issue #18, the presenter view as the facilitator's laptop shows it (1280×800): a key card with its
 * note, the tally after the vote is closed, and prediction entry; screenshots under /tmp to look at.
 */
const TEAMS = ['Mairie', 'Conseil citoyen', 'Commerçants', 'Associations'];

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

test('the presenter window at 1280×800: a key card, the tally, predictions', async ({ page, context }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?mode=formation&scenario=quartier-generateur&lang=fr&seed=3');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  for (const [i, name] of TEAMS.entries()) await page.getByLabel(`Nom de l'équipe ${i + 1}`).fill(name);
  await page.getByLabel('Le minuteur démarre tout seul à chaque carte').check();
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
  const main = page.getByRole('main');
  while ((await main.getAttribute('data-screen')) !== 'card') {
    await press(page, 'PageDown');
    await expect(main).toHaveAttribute('data-screen', /phase|card/);
  }
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('v')]);
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.waitForLoadState();
  await expect(presenter.getByRole('heading', { name: "Note pour l'animation" })).toBeVisible();
  // On to the first key card (votes 1 everywhere, no predictions, on the cards before it).
  for (let card = 0; card < 12; card++) {
    if (await presenter.getByText('★ Carte clé').isVisible()) break;
    await press(page, '1', '1', '2', '1', '3', '1', '4', '1', 'c', 'PageDown', 'PageDown');
    await expectScreen(page, 'consequence');
    while ((await main.getAttribute('data-screen')) !== 'card') {
      await press(page, 'PageDown');
      await expect(main).toHaveAttribute('data-screen', /phase|card|consequence|debrief/);
    }
  }
  await expect(presenter.getByText('★ Carte clé')).toBeVisible();
  await press(presenter, '1', '1', '2', '2');
  await expect(presenter.getByRole('row', { name: /Conseil citoyen/ })).toContainText('Choix 2');
  await presenter.screenshot({ path: '/tmp/presenter-1280-vote.png' });
  await press(presenter, '3', '1', '4', '1', 'c');
  await expect(presenter.getByRole('list', { name: 'Décompte des votes' })).toContainText('3 votes');
  await presenter.screenshot({ path: '/tmp/presenter-1280-tally.png' });
  await presenter.getByRole('button', { name: 'Suivant (Page suivante)' }).click();
  await expect(page.getByRole('heading', { name: /^Prédictions : choix/ })).toBeVisible();
  await press(presenter, '1', '2', 'ArrowUp', '3', '1', 'ArrowDown');
  await expect(
    presenter.getByRole('group', { name: 'Commerçants — élu·es' }).getByRole('button', { name: 'baisse' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await presenter.screenshot({ path: '/tmp/presenter-1280-predict.png' });
  await page.screenshot({ path: '/tmp/projected-1920-predict.png' });
  // The pressed arrow looks the same on both screens (one shared stylesheet): a bordered button, filled
  // and underlined when pressed, not marked by colour alone.
  const look = (button: Locator) =>
    button.evaluate((node) => {
      const style = getComputedStyle(node);
      return [
        style.borderTopWidth,
        style.borderTopStyle,
        style.fontWeight,
        style.textDecorationLine,
        style.backgroundColor,
      ];
    });
  const pressed = (on: Page) => on.locator('.formation-trend[aria-pressed="true"]').first();
  const unpressed = (on: Page) => on.locator('.formation-trend[aria-pressed="false"]').first();
  const projected = await look(pressed(page));
  expect(projected.slice(0, 4)).toEqual(['2px', 'solid', '800', 'underline']);
  expect(await look(pressed(presenter))).toEqual(projected);
  expect(await look(unpressed(presenter))).toEqual(await look(unpressed(page)));
  expect((await look(unpressed(page)))[3]).toBe('none');
  await presenter.screenshot({ path: '/tmp/presenter-1280-predict-full.png', fullPage: true });
  await presenter.getByRole('button', { name: 'Révéler les conséquences (R)' }).click();
  await expectScreen(page, 'consequence');
  await presenter.screenshot({ path: '/tmp/presenter-1280-reveal.png' });
  expect(errors).toEqual([]);
});
