import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Scenario } from '../../src/scenario/format';
import { expectScreen, seriousViolations, watchErrors } from './helpers';

const scenario = JSON.parse(readFileSync('scenarios/premiers-pas.json', 'utf8')) as Scenario;

test('the inspector shows the graph, the flags and the coverage of simulated playthroughs', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?page=inspecteur&scenario=premiers-pas&lang=fr');
  await expectScreen(page, 'inspector');
  await expect(page.locator('#panel-host').getByRole('heading', { level: 2 })).toContainText(
    'Inspecteur : Premiers pas',
  );
  // One column per phase, in order, with its cards.
  const phases = page.locator('[data-phase]');
  await expect(phases).toHaveCount(scenario.phases.length);
  for (const [i, phase] of scenario.phases.entries()) {
    await expect(phases.nth(i)).toHaveAttribute('data-phase', phase.id);
    for (const card of phase.cards)
      await expect(phases.nth(i).locator(`[data-card="${card}"]`)).toBeVisible();
  }
  // Coverage: every ending listed with its share.
  await expect(page.getByRole('heading', { name: 'Couverture sur 200 parties simulées' })).toBeVisible();
  const endings = page.locator('[data-coverage="endings"] li');
  await expect(endings).toHaveCount(scenario.endings.length);
  for (const ending of scenario.endings)
    await expect(endings.filter({ hasText: `${ending.id} :` })).toContainText('%');
  await expect(page.locator('[data-coverage="never-drawn"]')).toBeVisible();
  await expect(page.locator('[data-coverage="bounds"]')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('texts export to CSV and translations come back as an updated scenario file', async ({ page }) => {
  await page.goto('./?page=inspecteur&scenario=premiers-pas&lang=fr');
  await expectScreen(page, 'inspector');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les textes (CSV)' }).click();
  const csvFile = await exported;
  expect(csvFile.suggestedFilename()).toBe('premiers-pas.en.csv');
  const csv = readFileSync(await csvFile.path(), 'utf8');
  expect(csv.split('\n')[0]).toBe('id,source_fr,translation_en,status,source_hash');
  // The translator rewrites the English title (the row of meta.title) and sends the file back.
  const old = scenario.meta.title.en ?? '';
  expect(csv).toContain(old);
  const updated = page.waitForEvent('download');
  await page.getByLabel(/Importer les traductions/).setInputFiles({
    name: 'fr-en.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.replace(old, 'A new title')),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Textes traduits' })).toContainText(
    'Textes traduits appliqués : 1.',
  );
  const json = JSON.parse(readFileSync(await (await updated).path(), 'utf8')) as Scenario;
  expect(json.meta.title).toEqual({ ...scenario.meta.title, en: 'A new title' });
});

test('an unknown scenario in the inspector gives the friendly error, not a crash', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?page=inspecteur&scenario=nexiste-pas&lang=fr');
  await expectScreen(page, 'error');
  expect(errors).toEqual([]);
});

test('a card of the graph is played from the inspector with chosen meter values and flags', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?page=inspecteur&scenario=premiers-pas&lang=fr');
  await expectScreen(page, 'inspector');
  // Picked by keyboard: the card is a real button.
  const card = page.getByRole('button', { name: 'Jouer depuis la carte conseil-municipal' });
  await card.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Jouer la carte conseil-municipal' });
  await expect(form).toBeVisible();
  // Prefilled with the scenario's initial values, within the meter's range.
  const elus = form.getByLabel('Élu·es (de 0 à 100)');
  await expect(elus).toHaveValue('50');
  await expect(elus).toHaveAttribute('max', '100');
  // A value out of range is refused in plain words, and nothing is played.
  await elus.fill('140');
  await form.getByRole('button', { name: 'Jouer cette carte' }).click();
  await expect(form.getByRole('alert')).toContainText("va de 0 à 100 : la valeur 140 n'est pas possible");
  await elus.fill('20');
  await form.getByLabel('besoins-reperes').check();
  await elus.press('Enter');
  await expect(form).toBeHidden();
  // The real card panel, with the meter as set.
  const trial = page.locator('.inspector-trial');
  await expect(trial.getByRole('heading', { level: 2 }).first()).toContainText('conseil-municipal');
  await expect(trial.locator('.situation')).toContainText('Le conseil municipal vote la semaine prochaine');
  await expect(trial.locator('[data-meter="elus"]')).toContainText(': 20 / 100');
  expect(await seriousViolations(page)).toEqual([]);
  // The choice that needs the flag is offered first; key 1 takes it and its effects apply to 20.
  await expect(trial.locator('.choice').first()).toContainText('Un projet porté à plusieurs');
  await page.keyboard.press('1');
  await expect(trial.locator('[data-screen="consequence"]')).toContainText('Le conseil découvre un projet');
  await expect(trial.locator('[data-meter="elus"]')).toContainText(': 35 / 100 (+15)');
  // Playing on follows the engine: this was the last phase's only turn, so the session ends.
  await trial.getByRole('button', { name: 'Continuer' }).click();
  await expect(trial.locator('[data-ending]')).toContainText('Fin atteinte');
  await trial.getByRole('button', { name: "Retour à l'inspecteur" }).first().click();
  await expect(trial).toHaveCount(0);
  await expect(card).toBeFocused();
  expect(errors).toEqual([]);
});

test('the dilemma analysis runs in a worker with a progress bar: first figures within 2 s, then the budgets', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await page.goto('./?page=inspecteur&scenario=quartier-generateur&lang=fr');
  await expectScreen(page, 'inspector');
  const started = Date.now();
  const section = page.locator('.inspector-analysis');
  await expect(section.getByRole('heading', { name: 'Analyse des dilemmes' })).toBeVisible();
  // The first figures appear within two seconds (the cards where every choice costs, read statically;
  // then the random player's success)…
  await expect(section.locator('[data-analysis="figures"] li').first()).toContainText('%', {
    timeout: 10_000,
  });
  const firstFigures = Date.now() - started;
  await expect(section.locator('[data-analysis="figures"]')).toContainText('random', { timeout: 10_000 });
  console.log(`inspector: first figures after ${firstFigures} ms, random after ${Date.now() - started} ms`);
  expect(firstFigures).toBeLessThan(2000);
  // …while the page stays responsive: a card of the graph can be focused and opens its form.
  await page.locator('[data-card="pause-collective"] button, .inspector-card-button').first().focus();
  await expect(section.locator('progress')).toBeVisible();
  await expect(section).toHaveAttribute('data-analysis-done', 'true', { timeout: 110_000 });
  await expect(section.getByRole('status')).toHaveText('Analyse terminée.');
  const budgets = section.locator('[data-analysis="budgets"] li');
  await expect(budgets).toHaveCount(11);
  for (const line of await budgets.allTextContents()) expect(line).toMatch(/^(PASS|FAIL|—) /);
  await expect(section.locator('[data-analysis="figures"]')).toContainText('expert');
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
