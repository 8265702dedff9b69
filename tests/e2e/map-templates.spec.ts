import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectScreen, watchErrors } from './helpers';

const original = readFileSync('scenarios/premiers-pas.json', 'utf8');

/**
 * Every drawn template can back a scenario opened from a file, even one no bundled scenario uses yet:
 * the territory loads its map art on demand (it used to know only the bundled scenarios' maps, and drew
 * the placeholder landscape).
 */
for (const template of ['banlieue-culturelle', 'vallee-pyreneenne']) {
  test(`a scenario on the ${template} template draws its map`, async ({ page }) => {
    const errors = watchErrors(page);
    const text = original
      .replace('"id": "premiers-pas"', `"id": "essai-${template}"`)
      .replace(/"template": "[a-z-]+"/, `"template": "${template}"`);
    expect(text).toContain(`"template": "${template}"`);
    await page.goto('./?lang=fr');
    await expectScreen(page, 'title');
    const mapRequested = page.waitForResponse(
      (response) => response.url().includes(`/${template}-`) && response.url().endsWith('.svg'),
    );
    await page.getByRole('button', { name: 'Ouvrir un scénario…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ouvrir un scénario' });
    await dialog.getByLabel('Choisir un fichier de scénario (.json)').setInputFiles({
      name: `${template}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    await dialog.getByRole('button', { name: 'Jouer ce scénario' }).click();
    await expectScreen(page, 'phase');
    expect((await mapRequested).ok()).toBe(true);
    expect(errors).toEqual([]);
  });
}
