import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectScreen, seriousViolations, watchErrors } from './helpers';

/**
 * A complete facilitated session of premiers-pas with four teams: setup, votes typed on the keyboard,
 * predictions, reveal, team debrief, printed report and CSV export, and no request leaving the origin.
 */

const TEAMS = ['Les Tisserands', 'Équipe 2', 'Équipe 3', 'Observatoire'];

/** Votes team by team with the keys: team number, then choice number. */
async function vote(page: Page, votes: readonly number[]): Promise<void> {
  for (const [i, choice] of votes.entries()) {
    await page.keyboard.press(String(i + 1));
    await page.keyboard.press(String(choice));
  }
}

const announced = (page: Page) => page.locator('#announcer');

/** On a card: M hides the DOM meters, the map's meter board and the choices' meter previews. */
async function hideMeters(page: Page): Promise<void> {
  const main = page.getByRole('main');
  await expect(main).toHaveAttribute('data-territory', 'ready');
  await expect(main).toHaveAttribute('data-territory-meters', 'shown');
  await expect(page.locator('#panel-host .choice-preview').first()).toBeVisible();
  await expect(page.getByRole('meter').first()).toBeAttached();
  await page.keyboard.press('m');
  await expect(announced(page)).toHaveText('Jauges masquées.');
  await expect(main).toHaveAttribute('data-territory-meters', 'hidden');
  expect(await page.locator('#panel-host .choice-preview').count()).toBeGreaterThan(1);
  for (const preview of await page.locator('#panel-host .choice-preview').all())
    await expect(preview).toBeHidden();
  await expect(page.locator('.hud-host')).toBeHidden();
  await expect(page.locator('[data-fkey="meters"]')).toHaveText('Afficher les jauges');
}

/**
 * On the revealed consequence of the first card (meters hidden): "Why?" has no meter line but a neutral
 * one; L replays the change on the map; M shows the meters again, numbers back in "Why?".
 */
async function replayWithHiddenMeters(page: Page): Promise<void> {
  const main = page.getByRole('main');
  const why = page.locator('#panel-host .panel-consequence .changes');
  await expect(why).toContainText("Jauges masquées par l'animation.");
  await expect(why).not.toContainText('Confiance des habitant·es');
  await expect(why).toContainText('Hélène Marchal');
  // Replay (L): the scene draws the change again, animated, and the changes are read without the meters.
  await expect(main).not.toHaveAttribute('data-territory-replay', /./);
  await page.keyboard.press('l');
  await expect(main).toHaveAttribute('data-territory-replay', '1');
  await expect(main).toHaveAttribute('data-territory-replay-motion', 'animated');
  await expect(announced(page)).toContainText('Dernier changement :');
  await expect(announced(page)).not.toContainText('Confiance');
  await expect(why).toHaveClass(/formation-replay/);
  // Shown again: the numbers come back, the map's board too; a second replay runs once more.
  await page.keyboard.press('m');
  await expect(announced(page)).toHaveText('Jauges affichées.');
  await expect(main).toHaveAttribute('data-territory-meters', 'shown');
  await expect(why).toContainText('Confiance des habitant·es');
  await expect(why).not.toContainText("Jauges masquées par l'animation.");
  await expect(page.locator('.hud-host')).not.toHaveCSS('visibility', 'hidden');
  await page.keyboard.press('l');
  await expect(main).toHaveAttribute('data-territory-replay', '2');
  await expect(announced(page)).toContainText('Confiance des habitant·es');
}

test('a facilitated session with four teams, from setup to the printed report', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const origin = new URL(test.info().project.use.baseURL ?? 'http://localhost:4173/').origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) outside.push(url.href);
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?mode=formation&scenario=premiers-pas&lang=fr&seed=7');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();

  // Setup: four teams (the default), one renamed, the fourth observes; majority; prediction on.
  await expect(page.getByRole('heading', { name: 'Préparer la séance de formation' })).toBeVisible();
  await expect(page.getByLabel("Nombre d'équipes")).toHaveValue('4');
  // Every field stays inside the form (a fieldset grows to its content unless told otherwise).
  const overflowing = await page.evaluate(() => {
    const form = document.querySelector('.formation-setup-form')?.getBoundingClientRect();
    return [...document.querySelectorAll('.formation-setup-form input, .formation-setup-form select')]
      .filter((field) => form && field.getBoundingClientRect().right > form.right + 1)
      .map((field) => field.id);
  });
  expect(overflowing).toEqual([]);
  await page.getByLabel("Nom de l'équipe 1").fill('');
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
  await expect(page.getByRole('alert')).toHaveText("L'équipe 1 n'a pas de nom.");
  await page.getByLabel("Nom de l'équipe 1").fill(TEAMS[0] ?? '');
  await page.getByLabel("Nom de l'équipe 4").fill(TEAMS[3] ?? '');
  await page.getByLabel("Rôle de l'équipe 4").selectOption('observers');
  await page.getByLabel('Majorité des équipes').check();
  await page.getByLabel('Durée de discussion par carte (minutes)').fill('1');
  await expect(page.getByLabel('Prédire avant de révéler', { exact: false })).toBeChecked();
  await page.getByRole('button', { name: 'Commencer la séance' }).click();

  const main = page.getByRole('main');
  const decided: string[] = [];
  let cards = 0;
  for (let step = 0; step < 30; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card|consequence|debrief/);
    const screen = await main.getAttribute('data-screen');
    if (screen === 'debrief') break;
    if (screen === 'phase') {
      // A phase card answers the clicker's "next" key (#18).
      await page.keyboard.press('PageDown');
      await expect(main).not.toHaveAttribute('data-screen', 'phase');
      continue;
    }
    if (screen !== 'card') throw new Error(`unexpected screen ${screen}`);
    cards += 1;
    // The timer: ready at 1:00, started with Space, paused again, extended by 30 s.
    const timer = page.getByRole('timer');
    await expect(timer).toHaveText('1:00');
    await page.keyboard.press(' ');
    await expect(page.getByText('En cours')).toBeVisible();
    await page.keyboard.press(' ');
    await expect(page.getByText('En pause')).toBeVisible();
    await page.keyboard.press('+');
    await expect(timer).toHaveText(/^1:(29|30)$/);
    // "Masquer les jauges" (M) on the first card: every meter display goes, and it is said.
    if (cards === 1) await hideMeters(page);
    // Votes by keyboard: teams 1 and 3 for choice 1, team 2 for choice 2 (team 4 observes).
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await expect(page.getByRole('button', { name: `${TEAMS[0]} vote le choix 1` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('status').filter({ hasText: 'En attente du vote de' })).toContainText(
      'Équipe 2, Équipe 3',
    );
    await vote(page, [1, 2]);
    // The observers cannot vote: their key does nothing but wait; Escape cancels.
    await page.keyboard.press('4');
    await page.keyboard.press('Escape');
    await page.keyboard.press('3');
    await page.keyboard.press('1');
    // #18: the last vote no longer plays the card; C closes the vote and shows the tally.
    await expectScreen(page, 'card');
    await expect(page.getByRole('status').filter({ hasText: 'Tous les votes sont là' })).toBeVisible();
    await page.keyboard.press('c');
    const tally = page.getByRole('list', { name: 'Décompte des votes' });
    await expect(tally).toContainText('Choix 1');
    await expect(tally).toContainText('2 votes');
    await expect(page.getByRole('status').filter({ hasText: 'Choix 1 retenu (majorité)' })).toBeVisible();
    // Next: predictions by keys, the card and its retained choice still on screen (choice 1 not played).
    await page.keyboard.press('PageDown');
    await expectScreen(page, 'card');
    await expect(page.getByRole('heading', { name: 'Prédictions : choix 1 retenu' })).toBeVisible();
    await expect(page.locator('#panel-host .choice.formation-chosen')).toContainText('✓ retenu');
    for (const key of ['1', '2', 'ArrowUp', '2', '1', 'ArrowDown']) await page.keyboard.press(key);
    await expect(
      page.getByRole('group', { name: `${TEAMS[0]} — habitant·es` }).getByRole('button', { name: 'hausse' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(
      page.getByRole('group', { name: 'Équipe 2 — élu·es' }).getByRole('button', { name: 'baisse' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('r');
    await expectScreen(page, 'consequence');
    // The reveal sets each team's prediction against what happened.
    await expect(
      page.getByRole('heading', { name: "Prédit par les équipes, face à ce qui s'est passé" }),
    ).toBeVisible();
    const youChose = page.locator('#panel-host').getByText(/^Votre choix\s:/);
    await expect(youChose).toBeVisible();
    if (cards === 1) await replayWithHiddenMeters(page);
    decided.push((await youChose.textContent()) ?? '');
    // S keeps working; the clicker's → too.
    await page.keyboard.press(cards === 2 ? 'ArrowRight' : 's');
    await expect(main).not.toHaveAttribute('data-screen', 'consequence');
  }
  await expectScreen(page, 'debrief');
  expect(cards).toBe(3);

  // The team debrief: every card's votes, the outvoted team, the predictions scored (behind a
  // disclosure button, closed: the debrief stays short on screen).
  const teamTable = page.getByRole('table', { name: /Vote de chaque équipe/ });
  await expect(teamTable).toBeHidden();
  await page.getByText(`Afficher les votes de chaque équipe (${cards} décisions)`).click();
  await expect(teamTable).toBeVisible();
  await expect(teamTable.getByRole('columnheader', { name: TEAMS[0] })).toBeVisible();
  await expect(teamTable.getByRole('row')).toHaveCount(1 + cards);
  await expect(page.getByRole('heading', { name: "Là où les équipes n'étaient pas d'accord" })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Le chemin de la salle' })).toContainText(
    "que la salle s'est le plus divisée",
  );
  await expect(page.getByText(`Décision 1 :`)).toBeVisible();
  await expect(page.getByText(/Équipe 2\s: 0 vote\(s\) sur 3 pour le choix joué/)).toBeVisible();

  // Comparing trajectories: this session's curves are drawn; a code given twice and an unreadable one
  // are refused with the reason.
  const code = await page
    .getByRole('region', { name: 'Rapport de séance' })
    .getByText(/^premiers-pas\.[^ ]+$/)
    .textContent();
  await page
    .getByLabel("Codes de session d'autres groupes", { exact: false })
    .fill(`Matin : ${code ?? ''}\nSoir : pas-un-code`);
  await page.getByRole('button', { name: 'Comparer' }).click();
  await expect(page.getByText('Matin : même code que « Notre séance »')).toBeVisible();
  await expect(page.getByText('Soir : code illisible')).toBeVisible();
  await expect(
    page.getByRole('img', { name: /^Courbes de « .+ » pour chaque groupe$/ }).first(),
  ).toBeVisible();

  // The report, printed: only the one-page summary is on the page (the full table stays on screen).
  await page.emulateMedia({ media: 'print' });
  const report = page.getByRole('region', { name: 'Rapport de séance' });
  await expect(report).toBeVisible();
  await expect(report).toContainText(TEAMS[0] ?? '');
  await expect(report).toContainText('Observatrices (ne votent pas)');
  await expect(report).toContainText('Majorité des équipes');
  await expect(report.getByText(/^Fin atteinte\s: /)).toBeVisible();
  await expect(report.locator('.formation-key-decisions li')).toHaveCount(cards);
  await expect(report.getByRole('table')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Les votes des équipes face aux résultats' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Exporter en CSV' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The CSV export: a header with each team's vote and prediction, one line per card.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter en CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tisser-seance-premiers-pas-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(1 + cards);
  const header = (lines[0] ?? '').split(';');
  expect(header.slice(0, 11)).toEqual([
    'statut',
    'décision',
    'phase',
    'carte',
    'texte de la carte',
    'n° du choix retenu',
    'texte du choix',
    'décidé par',
    'désaccord (part des équipes contre le choix joué)',
    'équipes contre le choix joué',
    'confiance des familles',
  ]);
  expect(header).toContain(`vote ${TEAMS[0]}`);
  expect(header).toContain(`prédiction ${TEAMS[3]}`);
  const first = (lines[1] ?? '').split(';');
  expect(first.slice(0, 2)).toEqual(['joué', '1']);
  // French words, the room's numbering: teams 1 and 3 keyed choice 1, team 2 choice 2.
  expect(first[7]).toBe('majorité');
  expect(first[5]).toBe('1');
  // Team 2 of the 3 voting teams voted against the choice played: 1 of 3, written 0,33.
  expect(first[8]).toBe('0,33');
  expect(first[9]).toBe('1 sur 3');
  expect(first[11]).toBe('1');
  expect(first[12]).toMatch(/^habitant·es hausse \((juste|fausse)\)$/);
  expect(first[13]).toBe('2');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('the setup and the filed rounds survive a reload; ? shows the shortcuts', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?mode=formation&scenario=premiers-pas&lang=fr&seed=7');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await page.getByLabel("Nombre d'équipes").selectOption('2');
  await page.getByLabel('Consensus requis').check();
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
  await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'card');
  // The facilitated card with the panel open passes the accessibility checks.
  await page.keyboard.press('p');
  await expect(page.locator('#formation-panel')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('p');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: "Raccourcis de l'animateur·rice" });
  await expect(help).toContainText('révéler les conséquences');
  await expect(help).toContainText('clore le vote');
  await expect(help).toContainText('Page suivante');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  // Consensus: two different votes do not decide; C reopens the vote, the votes are corrected.
  await vote(page, [1, 2]);
  await page.keyboard.press('c');
  await expect(page.getByRole('status').filter({ hasText: 'Pas de consensus' })).toBeVisible();
  await page.keyboard.press('c');
  await vote(page, [1, 1]);
  await page.keyboard.press('c');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: /^Prédictions : choix/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('r');
  await expectScreen(page, 'consequence');
  expect(await seriousViolations(page)).toEqual([]);
  // Reduced motion: the replay is a still before/after highlight on the map.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('l');
  await expect(page.getByRole('main')).toHaveAttribute('data-territory-replay-motion', 'still');
  await page.reload();
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expect(page.getByText('Consensus requis')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Préparer la séance de formation' })).toHaveCount(0);
  // Back one decision (Backspace): the game returns before the first card.
  await expectScreen(page, 'consequence');
  await page.keyboard.press('Backspace');
  await expectScreen(page, 'phase');
  expect(errors).toEqual([]);
});
