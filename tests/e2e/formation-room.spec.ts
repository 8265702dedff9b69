import { expect, test, type Page } from '@playwright/test';
import { expectScreen, watchErrors } from './helpers';

/**
 * Issue #18, "Done when": a 4-team session of quartier-generateur played by keys only, with a clicker's
 * keys for "next" (PageDown, →), through votes, a corrected last vote, a tie broken by key, predictions
 * and reveals, to the debrief; and the presenter view in a second window kept in step.
 */

const TEAMS = ['Mairie', 'Conseil citoyen', 'Commerçants', 'Associations'];
const main = (page: Page) => page.getByRole('main');

/** The numbers of the choices the teams can vote for, as the room sees them on the card. */
async function openChoices(page: Page): Promise<number[]> {
  const buttons = page
    .getByRole('group', { name: TEAMS[0] })
    .locator('.formation-vote-button:not(.formation-vote-unavailable)');
  return (await buttons.allTextContents()).map(Number);
}

async function press(page: Page, ...keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

/** Sets up the session: four named teams, majority, timer starting by itself, predictions on. */
async function setUp(page: Page, scenario: string): Promise<void> {
  await page.goto(`./?mode=formation&scenario=${scenario}&lang=fr&seed=3`);
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Préparer la séance de formation' })).toBeVisible();
  for (const [i, name] of TEAMS.entries()) await page.getByLabel(`Nom de l'équipe ${i + 1}`).fill(name);
  await page.getByLabel('Majorité des équipes').check();
  await page.getByLabel('Le minuteur démarre tout seul à chaque carte').check();
  await expect(page.getByLabel('Durée du rejeu du dernier changement', { exact: false })).toHaveValue('2');
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
}

test('a 4-team session of quartier-generateur by keys only, clicker next, to the debrief', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await setUp(page, 'quartier-generateur');
  let cards = 0;
  let keys = 0;
  let tie = false;
  const log: string[] = [];
  for (let step = 0; step < 160; step++) {
    await expect(main(page)).toHaveAttribute('data-screen', /phase|card|consequence|debrief/);
    const screen = await main(page).getAttribute('data-screen');
    if (screen === 'debrief') break;
    if (screen !== 'card') {
      // Phase cards, consequences: the clicker's "next".
      const before = await page.locator('#panel-host').innerText();
      await press(page, step % 2 === 0 ? 'PageDown' : 'ArrowRight');
      keys += 1;
      await expect.poll(() => page.locator('#panel-host').innerText()).not.toBe(before);
      continue;
    }
    cards += 1;
    const open = await openChoices(page);
    const [a = 1, b = a] = open;
    // The timer started by itself (chosen in the setup).
    if (cards === 1) await expect(page.getByText('En cours')).toBeVisible();
    // Votes: team, choice. On card 1 the last vote is mistyped, then corrected before closing.
    const wantTie = !tie && cards >= 2 && open.length >= 2;
    const votes = wantTie ? [a, a, b, b] : [a, a, b, a];
    for (const [i, choice] of votes.entries()) await press(page, String(i + 1), String(choice));
    keys += 8;
    if (cards === 1) {
      await press(page, '4', String(b));
      await expect(page.getByRole('button', { name: `${TEAMS[3]} vote le choix ${b}` })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await press(page, '4', String(a));
      keys += 4;
      await expect(page.getByRole('button', { name: `${TEAMS[3]} vote le choix ${a}` })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
    // Nothing is played on the last vote: the card stays until the vote is closed.
    await expectScreen(page, 'card');
    await press(page, 'c');
    keys += 1;
    const tally = page.getByRole('list', { name: 'Décompte des votes' });
    await expect(tally).toBeVisible();
    if (wantTie) {
      tie = true;
      const status = page.getByRole('status').filter({ hasText: 'Égalité entre les choix' });
      await expect(status).toContainText(`tapez ${a} ou ${b} pour trancher`);
      await press(page, String(b));
      keys += 1;
      await expect(page.getByRole('status').filter({ hasText: `Choix ${b} retenu` })).toContainText(
        'égalité départagée',
      );
    } else {
      await expect(tally).toContainText(a === b ? '4 votes' : '3 votes');
      await expect(page.getByRole('status').filter({ hasText: `Choix ${a} retenu` })).toBeVisible();
    }
    // Next: predictions, the card still there with the retained choice marked.
    await press(page, 'PageDown');
    keys += 1;
    await expect(page.getByRole('heading', { name: /^Prédictions : choix \d+ retenu$/ })).toBeVisible();
    await expect(page.locator('#panel-host .choice.formation-chosen')).toHaveCount(1);
    if (cards <= 3) {
      // Two predictions by keys: team 1 says the habitant·es' trust goes up, team 3 the élu·es' down.
      await press(page, '1', '2', 'ArrowUp', '3', '1', 'ArrowDown');
      keys += 6;
      await expect(
        page.getByRole('group', { name: `${TEAMS[2]} — élu·es` }).getByRole('button', { name: 'baisse' }),
      ).toHaveAttribute('aria-pressed', 'true');
    }
    // Reveal by the clicker's next key.
    await press(page, 'PageDown');
    keys += 1;
    await expectScreen(page, 'consequence');
    if (cards <= 3)
      await expect(
        page.getByRole('heading', { name: "Prédit par les équipes, face à ce qui s'est passé" }),
      ).toBeVisible();
    if (cards === 1) {
      // The replay of the last change lasts about 2 s.
      await press(page, 'l');
      await expect(main(page)).toHaveAttribute('data-territory-replay-ms', '2000');
    }
    log.push(`${cards}`);
  }
  await expectScreen(page, 'debrief');
  expect(tie).toBe(true);
  expect(cards).toBeGreaterThan(5);
  test.info().annotations.push({ type: 'keys', description: `${keys} keys for ${cards} cards` });
  console.log(`formation-room: ${cards} cards, ${keys} keys (${(keys / cards).toFixed(1)} per card)`);
  // "Rejouer" asks before erasing the session; keeping it keeps the debrief.
  await page.getByRole('button', { name: 'Rejouer', exact: true }).first().click();
  const confirm = page.getByRole('dialog', { name: 'Effacer la séance ?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Non, garder la séance' }).click();
  await expectScreen(page, 'debrief');
  // The long tables of the debrief are behind closed disclosures (the exports lane): open the votes.
  await page.getByText(/^Afficher les votes de chaque équipe/).click();
  await expect(page.getByRole('table', { name: /Vote de chaque équipe/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the presenter view: a second window with the notes and the controls, in step with the projected page', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  // The warm-up's setup is remembered for the main game.
  await setUp(page, 'premiers-pas');
  await page.goto('./?mode=formation&scenario=quartier-generateur&lang=fr&seed=3');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expect(page.getByLabel("Nom de l'équipe 2")).toHaveValue(TEAMS[1] ?? '');
  await expect(page.getByLabel('Le minuteur démarre tout seul à chaque carte')).toBeChecked();
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
  while ((await main(page).getAttribute('data-screen')) !== 'card') {
    await press(page, 'PageDown');
    await expect(main(page)).toHaveAttribute('data-screen', /phase|card/);
  }
  // V opens the presenter window.
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('v')]);
  await presenter.waitForLoadState();
  await expect(presenter.getByRole('heading', { name: 'Vue présentateur·rice' })).toBeVisible();
  await expect(presenter.getByRole('heading', { name: "Note pour l'animation" })).toBeVisible();
  await expect(presenter.getByText(/^(★ Carte clé|Carte ordinaire)$/)).toBeVisible();
  const note = (await presenter.locator('.presenter-note').textContent()) ?? '';
  // The projected screen stays clean: no note there.
  if (note !== 'Pas de note pour cette carte.') await expect(page.getByText(note)).toHaveCount(0);
  // Votes typed in the presenter window reach the projected page; the presenter closes the vote.
  const [a = 1] = await openChoices(page);
  for (const team of ['1', '2', '3', '4']) await press(presenter, team, String(a));
  await expect(page.getByRole('button', { name: `${TEAMS[3]} vote le choix ${a}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await presenter.getByRole('button', { name: 'Clore le vote (C)' }).click();
  await expect(page.getByRole('list', { name: 'Décompte des votes' })).toContainText('4 votes');
  await expect(presenter.getByRole('list', { name: 'Décompte des votes' })).toContainText('4 votes');
  await presenter.getByRole('button', { name: 'Suivant (Page suivante)' }).click();
  await expect(page.getByRole('heading', { name: /^Prédictions : choix/ })).toBeVisible();
  // A prediction clicked in the presenter window shows on the projected page.
  await presenter
    .getByRole('group', { name: `${TEAMS[0]} — habitant·es` })
    .getByRole('button', { name: 'hausse' })
    .click();
  await expect(
    page.getByRole('group', { name: `${TEAMS[0]} — habitant·es` }).getByRole('button', { name: 'hausse' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await presenter.getByRole('button', { name: 'Révéler les conséquences (R)' }).click();
  await expectScreen(page, 'consequence');
  await expect(presenter.getByText(/Écran projeté\s: conséquences/)).toBeVisible();
  // Closed, the presenter leaves the projected page working alone.
  await presenter.close();
  await press(page, 'PageDown');
  await expect(main(page)).not.toHaveAttribute('data-screen', 'consequence');
  expect(errors).toEqual([]);
});
