import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './helpers';

/** Presses Tab until the named control has focus (keyboard only, like a player would). */
async function tabTo(page: Page, role: 'button' | 'link', name: string | RegExp): Promise<void> {
  const target = page.getByRole(role, { name });
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((node) => node === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the ${role} "${String(name)}"`);
}

function at(list: readonly string[], i: number): string {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

async function expectScreen(page: Page, screen: string): Promise<void> {
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', screen);
}

/** Collects uncaught page errors so a test fails on any crash. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

interface Words {
  lang: 'fr' | 'en';
  play: string;
  scenarioTitle: string;
  phases: [string, string, string];
  speakers: [string, string, string];
  consequence: string;
  why: string;
  continueLabel: string;
  ending: string;
  endingKind: string;
  replay: string;
  dimension: string;
}

const FR: Words = {
  lang: 'fr',
  play: 'Jouer',
  scenarioTitle: 'Premiers pas : la halle de Saint-Arnoult',
  phases: ['Diagnostic partagé', 'Mobilisation', 'Coconstruction'],
  speakers: ['Hélène Marchal', 'Sophie Lemaire', 'Joël Traoré'],
  consequence: 'Ce qui se passe',
  why: 'Pourquoi ?',
  continueLabel: 'Continuer',
  ending: 'Une halle partagée',
  endingKind: 'Fin réussie',
  replay: 'Rejouer',
  dimension: 'Coopération',
};

const EN: Words = {
  lang: 'en',
  play: 'Play',
  scenarioTitle: 'First steps: the Saint-Arnoult market hall',
  phases: ['Shared diagnosis', 'Mobilisation', 'Co-construction'],
  speakers: ['Hélène Marchal', 'Sophie Lemaire', 'Joël Traoré'],
  consequence: 'What happens',
  why: 'Why?',
  continueLabel: 'Continue',
  ending: 'A hall without a soul',
  endingKind: 'A difficult ending',
  replay: 'Play again',
  dimension: 'Cooperation',
};

/** Plays premiers-pas to its end with the keyboard only, pressing the given digit on each card. */
async function playThrough(page: Page, words: Words, digits: [string, string, string]): Promise<void> {
  const errors = watchErrors(page);
  await page.goto(`./?scenario=premiers-pas&lang=${words.lang}&seed=7`);
  await expectScreen(page, 'title');
  await expect(page.locator('html')).toHaveAttribute('lang', words.lang);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('radio', { name: words.scenarioTitle })).toBeChecked();
  await tabTo(page, 'button', words.play);
  await page.keyboard.press('Enter');

  for (const [turn, digit] of digits.entries()) {
    await expectScreen(page, 'phase');
    const phaseHeading = page.getByRole('heading', { name: at(words.phases, turn) });
    await expect(phaseHeading).toBeFocused();
    await tabTo(page, 'button', words.continueLabel);
    await page.keyboard.press('Enter');

    await expectScreen(page, 'card');
    await expect(page.getByRole('heading', { name: at(words.speakers, turn) })).toBeFocused();
    await expect(page.getByRole('button', { name: new RegExp(`^${digit} `) })).toBeVisible();
    // The choice plays its sound through Howler, which fetches the generated file on first use.
    const sound = page.waitForRequest(/\/(positive|negative|neutral)-[\w-]+\.mp3$/, { timeout: 5_000 });
    await page.keyboard.press(digit);
    if (turn === 0) await sound;
    else sound.catch(() => undefined);

    await expectScreen(page, 'consequence');
    await expect(page.getByRole('heading', { name: words.consequence })).toBeFocused();
    await expect(page.getByRole('heading', { name: words.why })).toBeVisible();
    await expect(page.getByRole('list', { name: words.why }).getByRole('listitem').first()).toBeVisible();
    await tabTo(page, 'button', words.continueLabel);
    await page.keyboard.press(' ');
  }

  await expectScreen(page, 'debrief');
  await expect(page.getByRole('heading', { name: words.ending, exact: true })).toBeFocused();
  await expect(page.getByText(words.endingKind)).toBeVisible();
  await expect(page.getByRole('meter', { name: words.dimension }).first()).toBeVisible();
  await tabTo(page, 'button', words.replay);
  await page.keyboard.press('Enter');
  await expectScreen(page, 'phase');
  await expect(page.getByRole('heading', { name: words.phases[0] })).toBeFocused();
  expect(errors).toEqual([]);
}

test('plays the slice to a success ending with the keyboard only, in French', async ({ page }) => {
  await playThrough(page, FR, ['1', '1', '1']);
});

test('plays the slice to a failure ending with the keyboard only, in English', async ({ page }) => {
  await playThrough(page, EN, ['2', '2', '1']);
});

test('?lang= and the language switch change the interface text', async ({ page }) => {
  await page.goto('./?lang=fr');
  await expect(page.getByRole('button', { name: 'Jouer' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tisser le territoire');

  await page.goto('./?lang=en');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weaving the Territory');
  await expect(page.getByRole('button', { name: 'Jouer' })).toHaveCount(0);

  await tabTo(page, 'button', 'Français');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Jouer' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveURL(/lang=fr/);
});

test('an unknown scenario shows a friendly error, not a blank screen', async ({ page }) => {
  await page.goto('./?scenario=nulle-part&lang=fr');
  await expectScreen(page, 'error');
  await expect(page.getByRole('alert')).toContainText('nulle-part');
  await expect(page.getByRole('link', { name: 'Jouer le scénario de découverte' })).toBeVisible();
});

test('a choice the player cannot afford stays on show, disabled, and its digit says why', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  // Event scenario, seed 1: choosing 1 each time spends the facilitator's time before the end
  // (`npm run scenario -- play scenarios/evenement-monnaie-locale.json --lang fr --seed 1 --choices 1,1,1,1,1`
  // stops on "financement", whose first choice costs 2 with none left).
  await page.goto('./?scenario=evenement-monnaie-locale&seed=1&lang=fr');
  const main = page.getByRole('main');
  await tabTo(page, 'button', 'Jouer');
  await page.keyboard.press('Enter');
  const blocked = page.locator('#panel-host button.choice-unavailable');
  for (let step = 0; step < 30; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card|consequence/);
    const screen = await main.getAttribute('data-screen');
    if (screen === 'card' && (await blocked.count()) > 0) break;
    if (screen === 'card') await page.keyboard.press('1');
    else await page.locator('#panel-host .button-primary').first().click();
    await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
  }
  await expectScreen(page, 'card');
  const button = blocked.first();
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toContainText('Trop coûteux');
  const reason = /^Il vous faudrait \d+ de Temps et énergie, il vous en reste \d+\.$/;
  await expect(button).toHaveAccessibleDescription(reason);
  expect(await seriousViolations(page)).toEqual([]);
  // Numbering stays in authored order: the buttons read 1, 2, 3…
  const numbers = await page.locator('#panel-host .choice-number').allTextContents();
  expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
  const digit = (await button.locator('.choice-number').textContent()) ?? '';
  await page.keyboard.press(digit);
  await expect(page.locator('#panel-host .choice-refused')).toHaveText(reason);
  await expect(button).toBeFocused();
  // Playwright treats aria-disabled as not clickable: a pointer click is dispatched as is.
  await page.locator('#panel-host .choice-refused').evaluate((node) => node.replaceChildren());
  await button.dispatchEvent('click');
  await expect(page.locator('#panel-host .choice-refused')).toHaveText(reason);
  await expectScreen(page, 'card');
  // An affordable choice is taken as usual.
  const open = page.locator('#panel-host button.choice:not(.choice-unavailable) .choice-number').first();
  await page.keyboard.press((await open.textContent()) ?? '');
  await expectScreen(page, 'consequence');
  expect(errors).toEqual([]);
});
