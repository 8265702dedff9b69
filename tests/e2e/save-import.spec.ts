/**
 * A game exported to a file comes back: "Importer une partie…" in the settings reads the file, asks
 * before replacing an unfinished game, and resumes the imported one; a file that is not a game is named
 * as such and changes nothing.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { indexScenario } from '../../src/core/scenario-index';
import { encodeSlot, slotOf } from '../../src/engine/modes/save-slots';
import type { Scenario } from '../../src/scenario/format';
import { playSession } from '../../src/scenario/play/simulate';
import { expectScreen, watchErrors } from './helpers';

const ID = 'quartier-generateur';
const scenario = JSON.parse(readFileSync(`scenarios/${ID}.json`, 'utf8')) as Scenario;
const index = indexScenario(scenario);

/** An exported game of `turns` decisions (a principled session's first ones), as "Exporter la partie" writes it. */
function exported(seed: number, turns: number): { text: string; decisions: number } {
  const { state } = playSession(index, seed, 'principled', turns);
  return { text: `${encodeSlot(slotOf(state, 1_700_000_000_000))}\n`, decisions: state.log.length };
}

/** Opens the settings from the title and picks `text` as the file to import. */
async function importFile(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Réglages' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: 'Importer une partie…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'partie.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('an exported game is imported from the settings and resumed where it was left', async ({ page }) => {
  const errors = watchErrors(page);
  const game = exported(4, 5);
  await page.goto(`./?scenario=premiers-pas&lang=fr`);
  await expect(page.getByRole('heading', { name: 'Choisissez un territoire' })).toBeVisible();

  await importFile(page, '{"format":"tisser-formation","version":1}');
  await expect(page.locator('#notice')).toContainText("n'est pas une partie exportée du jeu");
  expect(await page.evaluate((key) => localStorage.getItem(key), `tisser:save:${ID}`)).toBeNull();

  await importFile(page, game.text);
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', /consequence|card|phase/);
  await expect(page).toHaveURL(new RegExp(`scenario=${ID}`));
  const stored = JSON.parse(
    (await page.evaluate((key) => localStorage.getItem(key), `tisser:save:${ID}`)) ?? '{}',
  );
  expect(stored.session.choices).toHaveLength(game.decisions);
  expect(errors).toEqual([]);
});

test('importing over an unfinished game asks first; keeping it changes nothing', async ({ page }) => {
  const errors = watchErrors(page);
  const mine = exported(2, 3);
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key ?? '', value ?? '');
    },
    [`tisser:save:${ID}`, mine.text],
  );
  await page.goto(`./?scenario=${ID}&lang=fr`);
  await expect(page.getByRole('heading', { name: 'Choisissez un territoire' })).toBeVisible();
  const imported = exported(9, 6);
  await importFile(page, imported.text);
  const ask = page.getByRole('dialog', { name: 'Importer cette partie ?' });
  await expect(ask).toContainText(
    `(${mine.decisions} décisions). La partie importée (${imported.decisions} décisions)`,
  );
  await ask.getByRole('button', { name: 'Garder la partie en cours' }).click();
  await expectScreen(page, 'title');
  const kept = await page.evaluate((key) => localStorage.getItem(key), `tisser:save:${ID}`);
  expect(JSON.parse(kept ?? '{}').session.seed).toBe(2);

  await importFile(page, imported.text);
  await page
    .getByRole('dialog', { name: 'Importer cette partie ?' })
    .getByRole('button', { name: 'Importer (remplacer)' })
    .click();
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', /consequence|card|phase/);
  const replaced = await page.evaluate((key) => localStorage.getItem(key), `tisser:save:${ID}`);
  expect(JSON.parse(replaced ?? '{}').session.seed).toBe(9);
  expect(errors).toEqual([]);
});
