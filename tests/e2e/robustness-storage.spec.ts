import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { stableHash } from '../../src/core/hash';
import { chainScenario } from '../fixtures/chain-scenario';
import { expectScreen, playToDebrief, toFirstCard } from './helpers';

const URL = './?scenario=premiers-pas&lang=fr&seed=21';
const SAVE_KEY = 'tisser:save:premiers-pas';
const premiersPas = readFileSync('scenarios/premiers-pas.json', 'utf8');

/** Collects uncaught page errors (none is allowed in these tests unless a test injects one). */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Puts `entries` into localStorage before the page's own scripts run, on the first load only. */
async function seed(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

/** The title is interactive (not the static "Chargement…" of the page). */
async function expectTitle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Choisissez un territoire' })).toBeVisible();
}

test('corrupt settings: defaults, a notice, the corrupt text set aside from use, and the game plays', async ({
  page,
}) => {
  const errors = watch(page);
  await seed(page, { 'tisser:settings': '{"textScale": "<script>", broken' });
  await page.goto(URL);
  await expectTitle(page);
  await expect(page.locator('#notice')).toBeVisible();
  await expect(page.locator('#notice')).toContainText('réglages par défaut');
  await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1;/);
  await toFirstCard(page);
  await playToDebrief(page);
  expect(errors).toEqual([]);
});

for (const [name, text] of [
  ['not JSON', '{not json'],
  ['JSON of the wrong shape', '{"saveVersion":1,"scenarioId":"premiers-pas","seed":"x","choices":[3]}'],
  ['a slot of a future format', '{"format":"tisser-save","slotVersion":99}'],
] as const) {
  test(`corrupt save (${name}): reported, set aside, a new game starts`, async ({ page }) => {
    const errors = watch(page);
    await seed(page, { [SAVE_KEY]: text });
    await page.goto(URL);
    await expectTitle(page);
    await page.getByRole('button', { name: 'Continuer la partie' }).click();
    await expectScreen(page, 'phase');
    await expect(page.locator('#notice')).toContainText('illisible');
    expect(await page.evaluate(() => localStorage.getItem('tisser:save-aside:premiers-pas:1'))).toBe(text);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expectScreen(page, 'card');
    expect(errors).toEqual([]);
  });
}

test('old-version save whose choices no longer exist: reported, set aside, a new game starts', async ({
  page,
}) => {
  const errors = watch(page);
  const old = JSON.stringify({
    saveVersion: 1,
    scenarioId: 'premiers-pas',
    scenarioVersion: 0,
    seed: 5,
    choices: ['un-choix-disparu'],
  });
  await seed(page, { [SAVE_KEY]: old });
  await page.goto(URL);
  await expectTitle(page);
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expectScreen(page, 'phase');
  await expect(page.locator('#notice')).toContainText('illisible');
  expect(await page.evaluate(() => localStorage.getItem('tisser:save-aside:premiers-pas:1'))).toBe(old);
  expect(errors).toEqual([]);
});

test('old-version save that still replays is migrated and resumed', async ({ page }) => {
  const errors = watch(page);
  // An old save format of today's scenario (the tutorial's own version, read from the file).
  const old = {
    saveVersion: 1,
    scenarioId: 'premiers-pas',
    scenarioVersion: (JSON.parse(premiersPas) as { meta: { version: number } }).meta.version,
    seed: 5,
    choices: ['ecouter'],
  };
  await seed(page, { [SAVE_KEY]: JSON.stringify(old) });
  await page.goto(URL);
  await expectTitle(page);
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expect(page.getByRole('main')).toHaveAttribute('data-screen', /consequence|card|phase/);
  await expect(page.locator('#notice')).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('tisser:save-aside:premiers-pas:1'))).toBeNull();
  expect(errors).toEqual([]);
});

test('storage disabled (reading localStorage throws): a notice, and the game plays to its end', async ({
  page,
}) => {
  const errors = watch(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(URL);
  await expectTitle(page);
  await expect(page.locator('#notice')).toContainText('stockage plein ou désactivé');
  await toFirstCard(page);
  await playToDebrief(page);
  expect(errors).toEqual([]);
});

test('storage full (setItem throws QuotaExceededError): a notice, settings and saves fail softly', async ({
  page,
}) => {
  const errors = watch(page);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem(): void {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(URL);
  await expectTitle(page);
  await expect(page.locator('#notice')).toContainText('stockage plein ou désactivé');
  await page.getByRole('button', { name: 'Réglages' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: '150 %' }).check();
  await page.keyboard.press('Escape');
  // Kept in memory for this visit even though it could not be stored.
  await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1\.5/);
  await toFirstCard(page);
  await playToDebrief(page);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(errors).toEqual([]);
});

/**
 * Arms a render fault from the test alone (the build has no test hook): once `window.__breakNextRender`
 * is set, the next game screen (phase, card, consequence) put in the panel host throws, as a bug in a
 * screen would.
 */
async function armRenderFault(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = Element.prototype.replaceChildren;
    Element.prototype.replaceChildren = function replaceChildren(...nodes) {
      const flags = window as unknown as { __breakNextRender?: boolean };
      const screen = nodes[0] instanceof Element ? nodes[0] : null;
      const isGame = screen?.matches('.panel-phase, .panel-card, .panel-consequence') ?? false;
      if (this.id === 'panel-host' && isGame && flags.__breakNextRender) {
        flags.__breakNextRender = false;
        throw new Error('Injected fault (render)');
      }
      original.apply(this, nodes);
    };
  });
}

const breakNextRender = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { __breakNextRender: boolean }).__breakNextRender = true;
  });

test('a fault while rendering shows the crash screen; "Reprendre" resumes the same game', async ({
  page,
}) => {
  const errors = watch(page);
  await armRenderFault(page);
  await page.goto(URL);
  await expectTitle(page);
  await breakNextRender(page);
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expectScreen(page, 'error');
  await expect(page.getByRole('alert')).toContainText('problème');
  await expect(page.getByRole('button', { name: 'Recommencer' })).toBeVisible();
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expectScreen(page, 'phase');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expectScreen(page, 'card');
  // The fault was caught: no uncaught error reached the page.
  expect(errors).toEqual([]);
});

test('a fault while rendering, then "Recommencer" starts a new game', async ({ page }) => {
  await armRenderFault(page);
  await page.goto(URL);
  await expectTitle(page);
  await breakNextRender(page);
  await toFirstCardAfterFault(page);
});

async function toFirstCardAfterFault(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await expectScreen(page, 'error');
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await expectScreen(page, 'phase');
  await expect(page.locator('#panel-host h2').first()).toBeVisible();
}

test('an uncaught error elsewhere shows the crash screen instead of a blank page', async ({ page }) => {
  await page.goto(URL);
  await toFirstCard(page);
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('Injected uncaught error');
    }, 0);
  });
  await expectScreen(page, 'error');
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expectScreen(page, 'card');
});

/** The choices of the stored save of a scenario key. */
const storedChoices = (page: Page, key: string): Promise<string[] | null> =>
  page.evaluate((name) => {
    const text = localStorage.getItem(`tisser:save:${name}`);
    return text ? (JSON.parse(text) as { session: { choices: string[] } }).session.choices : null;
  }, key);

/** Plays `count` decisions from a phase, card or consequence screen (choice 1 each time). */
async function decide(page: Page, count: number): Promise<void> {
  const main = page.getByRole('main');
  for (let done = 0; done < count;) {
    const screen = await main.getAttribute('data-screen');
    if (screen === 'card') {
      await page.keyboard.press('1');
      await expectScreen(page, 'consequence');
      done++;
    } else {
      await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
      await expect(main).not.toHaveAttribute('data-screen', screen ?? '');
    }
  }
}

test("a shared file with a bundled scenario's id keeps its own save; a new game asks before replacing one", async ({
  page,
}) => {
  const errors = watch(page);
  await page.goto(URL);
  await expectTitle(page);
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await decide(page, 2);
  const bundled = await storedChoices(page, 'premiers-pas');
  expect(bundled).toHaveLength(2);
  // A copy of premiers-pas with one sentence changed, opened from a file and played one decision.
  await page.reload();
  await expectTitle(page);
  const copy = premiersPas.replace('Une halle vide au cœur', 'Une halle toute vide au cœur');
  await page.getByRole('button', { name: 'Ouvrir un scénario…' }).click();
  await page
    .getByLabel('Choisir un fichier de scénario (.json)')
    .setInputFiles({ name: 'copie.json', mimeType: 'application/json', buffer: Buffer.from(copy) });
  await page.getByRole('button', { name: 'Jouer ce scénario' }).click();
  await decide(page, 1);
  expect(await storedChoices(page, 'premiers-pas')).toEqual(bundled);
  const fileKeys = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('tisser:save:file:premiers-pas:')),
  );
  expect(fileKeys).toHaveLength(1);
  // Back on the bundled scenario: "Jouer" asks before replacing the game in progress; "Continuer" resumes it.
  await page.goto(URL);
  await expectTitle(page);
  await page.getByRole('button', { name: 'Nouvelle partie' }).click();
  const ask = page.getByRole('dialog', { name: 'Une partie est en cours' });
  await expect(ask).toContainText('2 décisions');
  await ask.getByRole('button', { name: 'Continuer la partie' }).click();
  await expectScreen(page, 'consequence');
  expect(await storedChoices(page, 'premiers-pas')).toEqual(bundled);
  expect(errors).toEqual([]);
});

test('a save of a changed scenario is set aside (not deleted) and can be exported', async ({ page }) => {
  const errors = watch(page);
  const changed = JSON.stringify({
    format: 'tisser-save',
    slotVersion: 2,
    session: {
      saveVersion: 1,
      scenarioId: 'premiers-pas',
      // A version of the tutorial other than today's: the scenario changed since the save.
      scenarioVersion: (JSON.parse(premiersPas) as { meta: { version: number } }).meta.version + 1,
      seed: 5,
      choices: ['ecouter'],
    },
    meta: { updatedAt: 1, turn: 1, phase: null, ended: false },
    branches: [],
  });
  await seed(page, { [SAVE_KEY]: changed });
  await page.goto(URL);
  await expectTitle(page);
  await page.getByRole('button', { name: 'Continuer la partie' }).click();
  await expectScreen(page, 'phase');
  await expect(page.locator('#notice')).toContainText('mise de côté');
  expect(await page.evaluate(() => localStorage.getItem('tisser:save-aside:premiers-pas:1'))).toBe(changed);
  const download = page.waitForEvent('download');
  await page.locator('#notice').getByRole('button', { name: 'Exporter la sauvegarde mise de côté' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('tisser-sauvegarde-premiers-pas.json');
  expect(readFileSync((await file.path()) ?? '', 'utf8').trim()).toBe(changed);
  // Still within reach once the notice is gone: the settings list it, to export or forget.
  await page.reload();
  await expectTitle(page);
  await page.getByRole('button', { name: 'Réglages' }).click();
  const aside = page.getByRole('group', { name: 'Sauvegardes mises de côté' });
  await expect(aside.getByRole('listitem')).toHaveText(/premiers-pas \(1\)/);
  const again = page.waitForEvent('download');
  await aside.getByRole('button', { name: 'Exporter' }).click();
  expect(readFileSync((await (await again).path()) ?? '', 'utf8').trim()).toBe(changed);
  await aside.getByRole('button', { name: 'Oublier' }).click();
  await expect(aside).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('tisser:save-aside:premiers-pas:1'))).toBeNull();
  expect(errors).toEqual([]);
});

test('nearly full storage: the failed autosave is told once, with an export of the game', async ({
  page,
}) => {
  const errors = watch(page);
  await page.goto(URL);
  await expectTitle(page);
  // Fill the storage, then free 14 characters: the start-up probe still passes.
  await page.evaluate(() => {
    localStorage.clear();
    let size = 1 << 22;
    let text = '';
    while (size >= 1) {
      try {
        localStorage.setItem('remplissage', text + 'x'.repeat(size));
        text += 'x'.repeat(size);
      } catch {
        size = Math.floor(size / 2);
      }
    }
    localStorage.setItem('remplissage', text.slice(0, -14));
  });
  await page.reload();
  await expectTitle(page);
  await expect(page.locator('#notice')).toBeHidden();
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await decide(page, 1);
  const notice = page.locator('#notice');
  await expect(notice).toContainText("n'a pas pu être enregistrée");
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Exporter la partie' }).click();
  const file = await download;
  const exported = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')) as {
    session: { choices: string[] };
  };
  expect(exported.session.choices).toHaveLength(1);
  // Told once: the next failed autosave does not nag again.
  await decide(page, 1);
  await expect(notice).toBeHidden();
  expect(errors).toEqual([]);
});

test('two tabs: a save changed in the other tab is never overwritten silently', async ({ page, context }) => {
  const errors = watch(page);
  await page.goto(URL);
  await expectTitle(page);
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await decide(page, 1);
  const other = await context.newPage();
  await other.goto(URL);
  await other.getByRole('button', { name: 'Continuer la partie' }).click();
  await decide(other, 1);
  const theirs = await storedChoices(page, 'premiers-pas');
  expect(theirs).toHaveLength(2);
  // The first tab hears of it at once (storage event), and its next decision writes nothing.
  const notice = page.locator('#notice');
  await expect(notice).toContainText('autre onglet');
  // This tab decides otherwise (choice 2): nothing is written over the other tab's save.
  while ((await page.getByRole('main').getAttribute('data-screen')) !== 'card')
    await page.locator('#panel-host').getByRole('button', { name: 'Continuer' }).click();
  await page.keyboard.press('2');
  await expectScreen(page, 'consequence');
  expect(await storedChoices(page, 'premiers-pas')).toEqual(theirs);
  // The player keeps this tab's game: only now is the save replaced.
  await notice.getByRole('button', { name: 'Garder celle-ci' }).click();
  await expect.poll(() => storedChoices(page, 'premiers-pas')).not.toEqual(theirs);
  expect(errors).toEqual([]);
});

test('a save of 600 decisions is read back (a long scenario from a file) and the game resumes there', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = watch(page);
  const long = chainScenario(700);
  const key = `file:premiers-pas:${stableHash(long)}`;
  const choices = ['ecouter', ...Array.from({ length: 599 }, () => 'a')];
  const slot = {
    format: 'tisser-save',
    slotVersion: 2,
    session: {
      saveVersion: 1,
      scenarioId: 'premiers-pas',
      scenarioVersion: (long as { meta: { version: number } }).meta.version,
      seed: 21,
      choices,
    },
    meta: { updatedAt: 1, turn: 600, phase: null, ended: false },
    branches: [],
  };
  await seed(page, { [`tisser:save:${key}`]: JSON.stringify(slot) });
  await page.goto(URL);
  await expectTitle(page);
  await page.getByRole('button', { name: 'Ouvrir un scénario…' }).click();
  await page.getByLabel('Choisir un fichier de scénario (.json)').setInputFiles({
    name: 'longue.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(long)),
  });
  await page.getByRole('button', { name: 'Jouer ce scénario' }).click();
  const ask = page.getByRole('dialog', { name: 'Une partie est en cours' });
  await expect(ask).toContainText('600 décisions');
  await ask.getByRole('button', { name: 'Continuer la partie' }).click();
  await expectScreen(page, 'consequence');
  await decide(page, 1);
  expect(await storedChoices(page, key)).toHaveLength(601);
  expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.includes('save-aside')))).toBe(
    false,
  );
  expect(errors).toEqual([]);
});
