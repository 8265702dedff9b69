import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectScreen, seriousViolations, watchErrors } from './helpers';

/**
 * Issue #18, the exports lane: a 45-minute session of a 32-card scenario by 4 teams with predictions (the length survives a reload
 * and the game ends within it), the debrief as the room reads it (summary, disclosures, session code
 * copied in one click and as a QR code), its printed summary on one A4 page, and two sessions' JSON
 * exports compared side by side.
 */

const TEAMS = ['Mairie', 'Conseil citoyen', 'Commerçants', 'Associations'];

/**
 * Plays on by keys until the debrief (or `stop` cards), as a 4-team room with predictions: the teams
 * vote 1, 1, 2, 1 (team number, then choice number, the room's numbering), "next" closes the vote
 * (tally, rule), "next" opens the predictions (two teams predict by keys), "next" reveals, S or "next"
 * moves on. Returns the cards played. The vote flow itself is the room lane's, kept in this one helper.
 */
async function playOn(page: Page, stop = Infinity): Promise<number> {
  const main = page.getByRole('main');
  let cards = 0;
  for (let step = 0; step < 120 && cards < stop; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card|consequence|debrief/);
    const screen = await main.getAttribute('data-screen');
    if (screen === 'debrief') break;
    if (screen === 'phase') {
      await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
      await expect(main).not.toHaveAttribute('data-screen', 'phase');
    } else if (screen === 'card') {
      cards += 1;
      const open = await page
        .getByRole('group', { name: TEAMS[0] })
        .locator('.formation-vote-button:not(.formation-vote-unavailable)')
        .allTextContents();
      const [a = '1', b = a] = open;
      for (const [team, choice] of [a, a, b, a].entries()) {
        await page.keyboard.press(String(team + 1));
        await page.keyboard.press(choice);
      }
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await expect(page.getByRole('heading', { name: /^Prédictions : choix \d+ retenu$/ })).toBeVisible();
      // Team 1: the habitant·es' trust goes up; team 3: the élu·es' down.
      for (const key of ['1', '2', 'ArrowUp', '3', '1', 'ArrowDown']) await page.keyboard.press(key);
      await page.keyboard.press('PageDown');
      await expectScreen(page, 'consequence');
    } else {
      // S moves on from a revealed consequence; right after a reload (no round open) the panel's own
      // "Continuer" does.
      const next = page.locator('#panel-host').getByRole('button', { name: 'Continuer', exact: true });
      if (await next.isVisible()) await next.press('Enter');
      else await page.keyboard.press('s');
      await expect(main).not.toHaveAttribute('data-screen', 'consequence');
    }
  }
  return cards;
}

/** The number of pages of the page printed as a PDF (Chromium's print, A4). */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('45 minutes of a 32-card scenario, the debrief on one printed page, two sessions compared', async ({
  page,
  context,
}) => {
  // About 20 cards played by keys, a reload and a printed PDF: long on a loaded machine.
  test.setTimeout(600_000);
  const errors = watchErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?mode=formation&scenario=quartier-generateur&lang=fr&seed=7');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Préparer la séance de formation' })).toBeVisible();
  await page.getByLabel("Nombre d'équipes").selectOption('4');
  for (const [i, name] of TEAMS.entries()) await page.getByLabel(`Nom de l'équipe ${i + 1}`).fill(name);
  await page.getByLabel('Minuteur de discussion').uncheck();
  await expect(page.getByLabel('Prédire avant de révéler', { exact: false })).toBeChecked();
  const length = page.getByLabel('Durée de jeu');
  await expect(length.locator('option')).toHaveText([
    '45 minutes (15 cartes au plus)',
    '70 minutes (23 cartes au plus)',
    '90 minutes (30 cartes au plus)',
    'Tout le scénario (32 cartes au plus, environ 96 minutes)',
  ]);
  await expect(page.getByText('Une carte prend environ 3 minutes en salle', { exact: false })).toBeVisible();
  await length.selectOption('45');
  await page.screenshot({ path: '/tmp/exports-setup-1920.png' });
  await page.getByRole('button', { name: 'Commencer la séance' }).click();

  // Three cards, then a reload: the game resumes on the same 45-minute scenario.
  let cards = await playOn(page, 3);
  await page.reload();
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expect(page.getByRole('heading', { name: 'Préparer la séance de formation' })).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', /card|consequence|phase/);
  cards += await playOn(page);
  await expectScreen(page, 'debrief');
  // 15 cards, and a chained card or two may run past a phase's end; the whole scenario plays 30.
  expect(cards).toBeGreaterThanOrEqual(10);
  expect(cards).toBeLessThanOrEqual(17);

  // The debrief, short on screen: the summary open, the long tables behind disclosure buttons.
  const report = page.getByRole('region', { name: 'Rapport de séance' });
  await expect(report.getByText(/^Fin atteinte\s: /)).toBeVisible();
  await expect(
    report.getByText(/^Désaccord\s: les équipes qui n'ont pas voté pour le choix joué/),
  ).toBeVisible();
  await expect(report.getByRole('table')).toBeHidden();
  await expect(page.getByText(/^Afficher le tableau complet \(\d+ décisions\)$/)).toBeVisible();
  await expect(page.getByText(/^Afficher les votes de chaque équipe/)).toBeVisible();
  // The session code: copied in one click, with a visible confirmation; its QR code drawn.
  await report.getByRole('button', { name: 'Copier le code' }).click();
  await expect(report.getByRole('status')).toHaveText('Code copié : collez-le où vous voulez le garder.');
  const code = await report.locator('.formation-code-text').textContent();
  // The code carries the length of play, so that it replays on the same cut; the report says it.
  expect(code).toMatch(/\.45min$/);
  await expect(report.getByText('45 minutes (15 cartes au plus)')).toBeVisible();
  // The same code in the ordinary debrief's line.
  await expect(page.locator('.session-code')).toContainText(code ?? '');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(report.getByRole('img', { name: `QR code du code de session ${code ?? ''}` })).toBeVisible();
  // The handout and the summary image show that same code, suffix included (they showed the game's
  // own code without it). The image's texts are read as the canvas draws them.
  await page.evaluate(() => {
    window.print = () => undefined;
    const drawn: string[] = [];
    (window as unknown as { drawnTexts: string[] }).drawnTexts = drawn;
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number) {
      drawn.push(text);
      fill.call(this, text, x, y);
    };
  });
  await page.getByRole('button', { name: 'Imprimer la fiche de séance (A4)' }).click();
  await expect(page.locator('.handout-meta')).toContainText(`Code de partie\u202f: ${code ?? ''}`);
  // The print done, the sheet goes (the report's own print below prints the debrief).
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.handout')).toHaveCount(0);
  await page.getByRole('button', { name: 'Enregistrer le bilan en image' }).click();
  const image = page.getByRole('link', { name: "Télécharger l'image" });
  await expect(image).toBeVisible();
  const drawnTexts = await page.evaluate(() => (window as unknown as { drawnTexts: string[] }).drawnTexts);
  expect(drawnTexts.some((text) => text.startsWith(`Code de partie\u202f: ${code ?? ''}  ·  `))).toBe(true);
  const [png] = await Promise.all([page.waitForEvent('download'), image.click()]);
  await png.saveAs('/tmp/exports-summary.png');
  await page.screenshot({ path: '/tmp/exports-debrief-1920.png' });
  const tall = await page.evaluate(() => {
    const panel = document.querySelector('.panel-debrief');
    return panel ? Math.round(panel.scrollHeight / window.innerHeight) : 0;
  });
  test.info().annotations.push({ type: 'debrief screens at 1920×1080', description: String(tall) });
  expect(await seriousViolations(page)).toEqual([]);

  // Printed: one A4 page with the ending, the key decisions and their votes, the curves. Laid out as
  // Chromium prints it: 182 mm wide (A4 less 2 × 14 mm of margins, 688 px), 269 mm tall (1,017 px).
  await page.setViewportSize({ width: 688, height: 1017 });
  await page.emulateMedia({ media: 'print' });
  await expect(report.locator('.formation-key-decisions li').first()).toBeVisible();
  await expect(report.getByRole('img', { name: 'Courbes des jauges de la séance' })).toBeVisible();
  await page.screenshot({ path: '/tmp/exports-print.png', fullPage: true });
  const bottom = await page.getByRole('main').evaluate((node) => node.getBoundingClientRect().bottom);
  expect(bottom).toBeLessThanOrEqual((269 / 25.4) * 96);
  // Chromium's PDF of the page, A4: exactly one page (2 or 3 before the print CSS was fixed).
  expect(await printedPages(page)).toBe(1);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.emulateMedia({ media: 'screen' });

  // Two sessions' JSON exports compared: this one and the same file under another session code; a
  // settings file is left out with its reason.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Exporter en JSON' }).click(),
  ]);
  const json = readFileSync((await download.path()) ?? '', 'utf8');
  expect(JSON.parse(json)).toMatchObject({
    format: 'tisser-session-report',
    version: 2,
    length: 45,
    cut: { turns: 15, minutes: 45 },
  });
  const twin = json.replace(`"sessionCode": "${code ?? ''}"`, '"sessionCode": "quartier-generateur.autre"');
  await page.getByLabel('Exports JSON des séances').setInputFiles([
    { name: 'matin.json', mimeType: 'application/json', buffer: Buffer.from(json) },
    { name: 'soir.json', mimeType: 'application/json', buffer: Buffer.from(twin) },
    { name: 'reglages.json', mimeType: 'application/json', buffer: Buffer.from('{"son":true}') },
  ]);
  const compared = page.getByRole('table', { name: /2 séances côte à côte/ });
  await expect(compared).toBeVisible();
  await expect(compared.getByRole('columnheader')).toHaveText(['Carte', 'matin', 'soir']);
  // The head, the ending, the length of play, the decisions, then one row a card.
  await expect(compared.getByRole('row')).toHaveCount(1 + 3 + cards);
  await expect(compared.getByRole('row', { name: /^Durée de jeu/ }).getByRole('cell')).toHaveText([
    '45 minutes (15 cartes au plus)',
    '45 minutes (15 cartes au plus)',
  ]);
  await expect(page.getByRole('alert').filter({ hasText: 'reglages.json' })).toContainText(
    "ce n'est pas un export de séance",
  );
  await compared.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/exports-compare-1920.png' });

  // The same comparison from the training's setup, without playing a game, by keyboard; then back.
  // (Another scenario, with no game saved: the title offers "Jouer" and the setup.)
  await page.goto('./?mode=formation&scenario=premiers-pas&lang=fr&seed=8');
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Préparer la séance de formation' })).toBeVisible();
  await page.getByRole('button', { name: 'Comparer des séances' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Comparer des séances' })).toBeFocused();
  await page.getByLabel('Exports JSON des séances').setInputFiles([
    { name: 'matin.json', mimeType: 'application/json', buffer: Buffer.from(json) },
    { name: 'soir.json', mimeType: 'application/json', buffer: Buffer.from(twin) },
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('pas du json') },
  ]);
  await expect(page.getByRole('table', { name: /2 séances côte à côte/ })).toBeVisible();
  await expect(page.locator('.formation-rejected')).toContainText(
    "notes.json : ce n'est pas un fichier JSON lisible",
  );
  await page.screenshot({ path: '/tmp/exports-setup-compare-1920.png' });
  await page.getByRole('button', { name: 'Retour à la préparation' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Commencer la séance' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Comparer des séances' })).toBeFocused();
  expect(errors).toEqual([]);
});
