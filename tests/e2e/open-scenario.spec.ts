import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { writeZip } from '../../src/engine/authoring/zip-write';
import { expectScreen, playToDebrief, watchErrors } from './helpers';

const original = readFileSync('scenarios/premiers-pas.json', 'utf8');
/** A scenario of the author's own: premiers-pas under another id and title. */
const mine = original
  .replace('"id": "premiers-pas"', '"id": "mon-brouillon"')
  .replace(/"title": \{ "fr": "[^"]*"/, '"title": { "fr": "Mon brouillon de place"');

const file = (name: string, text: string): { name: string; mimeType: string; buffer: Buffer } => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Ouvrir un scénario…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ouvrir un scénario' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.beforeEach(async ({ page }) => {
  await page.goto('./?lang=fr');
  await page.evaluate(() => localStorage.clear());
  await page.goto('./?lang=fr');
  await expectScreen(page, 'title');
});

test('a broken file lists every problem with file:line:column; a fixed one plays to an ending and stays after reload', async ({
  page,
}) => {
  const errors = watchErrors(page);
  expect(mine).toContain('Mon brouillon de place');
  const lines = mine.split('\n');
  const at = lines.findIndex((line) => line.includes('"besoins-non-couverts"'));
  lines[at] = (lines[at] ?? '').replace('"besoins-non-couverts"', '"concept-inconnu"');
  const dialog = await openDialog(page);
  await dialog
    .getByLabel('Choisir un fichier de scénario (.json)')
    .setInputFiles(file('brouillon.json', lines.join('\n')));
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('brouillon.json ne peut pas être joué');
  await expect(alert.getByRole('listitem').filter({ hasText: 'concept-inconnu' })).toContainText(
    `brouillon.json:${at + 1}:`,
  );
  await expect(dialog.getByRole('button', { name: 'Jouer ce scénario' })).toHaveCount(0);

  // Fixed: the same dialog now offers to play it.
  await dialog
    .getByLabel('Choisir un fichier de scénario (.json)')
    .setInputFiles(file('brouillon.json', mine));
  await expect(dialog.getByRole('status')).toContainText('« Mon brouillon de place » est prêt');
  await dialog.getByRole('button', { name: 'Jouer ce scénario' }).click();
  await expectScreen(page, 'phase');
  await playToDebrief(page);

  await page.reload();
  await expectScreen(page, 'title');
  await expect(page.getByText('Dernier scénario ouvert : brouillon.json')).toBeVisible();
  await page.getByRole('button', { name: 'Rejouer le scénario ouvert' }).click();
  await expectScreen(page, 'phase');
  await expect(page.locator('#panel-host')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a file that is not JSON or is too big is refused in plain words; a dropped file is checked too', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const dialog = await openDialog(page);
  const input = dialog.getByLabel('Choisir un fichier de scénario (.json)');
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('PK') });
  await expect(dialog.getByRole('alert')).toContainText(
    "notes.txt n'est ni un fichier .json ni une archive .zip",
  );
  await input.setInputFiles({ name: 'images.zip', mimeType: 'application/zip', buffer: Buffer.from('PK') });
  await expect(dialog.getByRole('alert')).toContainText("images.zip n'est pas une archive .zip lisible");
  // Zip-slip: a path leaving the archive is refused before anything is read.
  const slip = writeZip([{ name: '../../evil.json', data: Buffer.from(mine) }]);
  await input.setInputFiles({ name: 'slip.zip', mimeType: 'application/zip', buffer: Buffer.from(slip) });
  await expect(dialog.getByRole('alert')).toContainText('chemin refusé, « ../../evil.json »');
  await input.setInputFiles(file('gros.json', ' '.repeat(5 * 1024 * 1024 + 10)));
  await expect(dialog.getByRole('alert')).toContainText('la limite est de 5.0 Mo');
  // Drop a valid file on the zone.
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'depose.json', { type: 'application/json' }));
    return data;
  }, mine);
  await dialog.locator('[data-drop="scenario"]').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(dialog.getByRole('status')).toContainText('est prêt');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('"Exporter le scénario" gives a single file that opens back in the game (sharing)', async ({ page }) => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter le scénario' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('premiers-pas.json');
  const path = await saved.path();
  const text = readFileSync(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ meta: { id: 'premiers-pas' } });
  const dialog = await openDialog(page);
  await dialog
    .getByLabel('Choisir un fichier de scénario (.json)')
    .setInputFiles(file(saved.suggestedFilename(), text));
  await dialog.getByRole('button', { name: 'Jouer ce scénario' }).click();
  await expectScreen(page, 'phase');
});

/** The author's scenario whose mayor has a portrait of the archive, and the archive itself. */
const PNG = readFileSync('assets/public/icons/icon-192.png');
const mayor = (JSON.parse(mine) as { actors: { id: string; name: string }[] }).actors[0]?.name ?? '';
const withPortrait = mine.replace('"portrait": "portrait-01"', '"portrait": "images/maire.png"');
const archive = (): { name: string; mimeType: string; buffer: Buffer } => ({
  name: 'mon-jeu.zip',
  mimeType: 'application/zip',
  buffer: Buffer.from(
    writeZip([
      { name: 'mon-brouillon.json', data: Buffer.from(withPortrait) },
      { name: 'images/maire.png', data: PNG },
    ]),
  ),
});

test('an archive with a portrait image opens, previews its image, plays, and stays after reload', async ({
  page,
}) => {
  const errors = watchErrors(page);
  expect(withPortrait).toContain('images/maire.png');
  const dialog = await openDialog(page);
  await dialog.getByLabel('ou une archive avec images (.zip)').setInputFiles(archive());
  await expect(dialog.getByRole('status')).toContainText('« Mon brouillon de place » est prêt');
  await expect(dialog.getByText("Images de l'archive : 1")).toBeVisible();
  const preview = dialog.getByRole('img', { name: 'images/maire.png' });
  await expect(preview).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(192);
  await dialog.getByRole('button', { name: 'Jouer ce scénario' }).click();
  await expectScreen(page, 'phase');
  await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'card');
  await expect(page.locator('.speaker-name')).toHaveText(mayor);

  // The whole archive was kept: after a reload the scenario and its image are back.
  await page.reload();
  await expectScreen(page, 'title');
  await expect(page.getByText('Dernier scénario ouvert : mon-jeu.zip')).toBeVisible();
  const kept = await page.evaluate(() => localStorage.getItem('tisser:authoring:last') ?? '');
  expect(Object.keys(JSON.parse(kept) as object)).toEqual(['file', 'text', 'archive']);
  await page.getByRole('button', { name: 'Rejouer le scénario ouvert' }).click();
  await expectScreen(page, 'phase');
  expect(errors).toEqual([]);
});

// The shell asks the archive for portraits the bundled art does not have (src/ui/app/game-shell.ts).
test("the archive's portrait is the one shown on the card", async ({ page }) => {
  const dialog = await openDialog(page);
  await dialog.getByLabel('ou une archive avec images (.zip)').setInputFiles(archive());
  await dialog.getByRole('button', { name: 'Jouer ce scénario' }).click();
  await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
  const portrait = page.locator('.panel-card img.portrait');
  await expect(portrait).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => portrait.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(192);
});

test('a card that leads back to itself is refused; an ending that can never happen is a warning, in the page too', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const dialog = await openDialog(page);
  const input = dialog.getByLabel('Choisir un fichier de scénario (.json)');
  const looping = readFileSync('tests/invalid-scenarios/chain-self.json', 'utf8');
  await input.setInputFiles(file('boucle.json', looping));
  const line = looping.split('\n').findIndex((text) => text.includes('"next": "halle-vide"')) + 1;
  await expect(dialog.getByRole('alert')).toContainText(`boucle.json:${line}:`);
  await expect(dialog.getByRole('alert')).toContainText('ramène à la même carte');
  const never = mine.replace('"atLeast": 40', '"atLeast": 1000');
  await input.setInputFiles(file('jamais.json', never));
  const status = dialog.getByRole('status');
  await expect(status).toContainText('« Mon brouillon de place » est prêt');
  await expect(status).toContainText('Avertissements (1)');
  await expect(status).toContainText('« halle-partagee » ne peut jamais arriver');
  expect(errors).toEqual([]);
});
