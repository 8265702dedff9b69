/**
 * The figures of the facilitator guide's 3-hour plan (docs/guides/guide-animation.*.md): a whole
 * training session of quartier-generateur played by keys, four teams, majority, predictions on, and for
 * each card what the mechanics put on screen besides the discussion: the screens passed, the
 * facilitator's actions, the words the room reads (card, consequence, phase introductions) and the
 * machine's own time. Not part of the ordinary run (30 cards take minutes): `SESSION_TIMING=1
 * E2E_PORT=… npx playwright test tests/e2e/session-timing.spec.ts`; the figures are printed.
 */
import { expect, test } from '@playwright/test';
import { expectScreen, watchErrors } from './helpers';

const SCENARIO = process.env.SESSION_TIMING_SCENARIO ?? 'quartier-generateur';

test.skip(!process.env.SESSION_TIMING, 'the guide figures: set SESSION_TIMING=1');

const words = (text: string | null): number => (text ?? '').split(/\s+/).filter(Boolean).length;

test('a whole training session, timed', async ({ page }) => {
  test.setTimeout(900_000);
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`./?mode=formation&scenario=${SCENARIO}&lang=fr&seed=11`);
  await page.getByRole('button', { name: 'Jouer', exact: true }).click();
  await page.getByRole('button', { name: 'Commencer la séance' }).click();
  const main = page.getByRole('main');
  const panel = page.locator('#panel-host');
  const rows: { screen: string; actions: number; words: number; ms: number }[] = [];
  const started = Date.now();
  let whyWords = 0;
  for (let step = 0; step < 200; step++) {
    await expect(main).toHaveAttribute('data-screen', /phase|card|consequence|debrief/);
    const screen = (await main.getAttribute('data-screen')) ?? '';
    if (screen === 'debrief') break;
    const t0 = Date.now();
    if (screen === 'phase') {
      const read = words(await panel.textContent());
      await panel.getByRole('button', { name: 'Continuer', exact: true }).click();
      await expect(main).not.toHaveAttribute('data-screen', 'phase');
      rows.push({ screen, actions: 1, words: read, ms: Date.now() - t0 });
      continue;
    }
    if (screen === 'card') {
      const read = words(await panel.locator('.panel-card').textContent());
      // Every team votes for the first choice the meters can pay: a majority, the card is played.
      const choice =
        (await panel.locator('.choice:not(.choice-unavailable) .choice-number').first().textContent()) ?? '1';
      for (const team of ['1', '2', '3', '4']) {
        await page.keyboard.press(team);
        await page.keyboard.press(choice);
      }
      // Close the vote (the tally), apply the rule (predictions, the card still on screen), reveal.
      await page.keyboard.press('c');
      await expect(page.getByRole('list', { name: 'Décompte des votes' })).toBeVisible();
      await page.keyboard.press('PageDown');
      await expect(page.getByRole('heading', { name: /^Prédictions\s: choix \d+ retenu$/ })).toBeVisible();
      await page.keyboard.press('PageDown');
      await expectScreen(page, 'consequence');
      rows.push({ screen, actions: 11, words: read, ms: Date.now() - t0 });
      continue;
    }
    // The consequence, revealed after the predictions: read, then the next card (S).
    let actions = 0;
    await expect(panel.getByText(/^Votre choix\s:/)).toBeVisible();
    const read = words(await panel.locator('.panel-consequence').textContent());
    // What is glanced at rather than read aloud: the «Pourquoi ?» list and the concepts.
    let glanced = 0;
    for (const part of ['.why-groups', '.concepts']) {
      const found = panel.locator(`.panel-consequence ${part}`);
      if ((await found.count()) > 0) glanced += words(await found.first().textContent());
    }
    whyWords += glanced;
    await page.keyboard.press('s');
    actions += 1;
    await expect(main).not.toHaveAttribute('data-screen', 'consequence');
    rows.push({ screen, actions, words: read, ms: Date.now() - t0 });
  }
  await expectScreen(page, 'debrief');
  const total = (screen: string, key: 'actions' | 'words' | 'ms') =>
    rows.filter((row) => row.screen === screen).reduce((sum, row) => sum + row[key], 0);
  const count = (screen: string) => rows.filter((row) => row.screen === screen).length;
  console.log(
    [
      `${SCENARIO}: ${count('card')} cards, ${count('phase')} phase screens, ${count('consequence')} consequences`,
      `actions: cards ${total('card', 'actions')}, consequences ${total('consequence', 'actions')}, phases ${total('phase', 'actions')}`,
      `words read: cards ${total('card', 'words')}, consequences ${total('consequence', 'words')} (of which the «Pourquoi ?» lists and concepts ${whyWords}), phases ${total('phase', 'words')}`,
      `machine time: ${Math.round((Date.now() - started) / 1000)} s in all (cards ${Math.round(total('card', 'ms') / 1000)} s, consequences ${Math.round(total('consequence', 'ms') / 1000)} s, phases ${Math.round(total('phase', 'ms') / 1000)} s)`,
    ].join('\n'),
  );
  expect(errors).toEqual([]);
});
