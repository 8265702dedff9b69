import type { Page } from '@playwright/test';

/**
 * Drives the game like a player, through its public UI contract only: `data-screen` on #game, the
 * title's "Jouer"/"Play", numbered choice buttons (keys 1–4, `aria-keyshortcuts`), "Continuer"/
 * "Continue" and the ending's "Rejouer"/"Play again".
 */

export const BUTTON_NAMES = {
  play: /^(Jouer|Play)$/,
  next: /^(Continuer|Continue)$/,
  replay: /^(Rejouer|Play again)$/,
  menu: /^☰?\s*Menu$/,
  restart: /^(Recommencer|Start again)$/,
};

/** The current screen name on #game. */
export const screenOf = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.getElementById('game')?.dataset.screen);

/**
 * One keyboard step: on a card, presses the digit of a choice (rotating through them with `turn`);
 * elsewhere, focuses the screen's main button and presses Enter. Returns the screen it acted on.
 */
export async function keyboardStep(page: Page, turn: number): Promise<string> {
  const screen = (await screenOf(page)) ?? 'unknown';
  if (screen === 'card') {
    const keys = await page
      .locator('#game button[aria-keyshortcuts]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-keyshortcuts') ?? ''));
    const key = keys[turn % Math.max(1, keys.length)];
    if (key) await page.keyboard.press(key);
    return screen;
  }
  const name =
    screen === 'title' ? BUTTON_NAMES.play : screen === 'debrief' ? BUTTON_NAMES.replay : BUTTON_NAMES.next;
  const button = page.getByRole('button', { name });
  await button.focus({ timeout: 5_000 });
  await page.keyboard.press('Enter');
  return screen;
}

/**
 * Page-side loop that plays through the UI with DOM clicks (no round trip per step, one animation
 * frame between steps so the territory redraws) until it has pressed "Rejouer" `count` times.
 * Plain JavaScript in a string so that no transpiler helper leaks into the page.
 */
export const RESTART_LOOP = `async (count) => {
  const root = document.getElementById('game');
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const named = (re) => [...root.querySelectorAll('button')].find((b) => re.test((b.textContent || '').trim()));
  let restarts = 0, steps = 0, turn = 0;
  while (restarts < count) {
    const screen = root.dataset.screen;
    if (++steps > count * 2000) throw new Error('stuck on screen ' + screen);
    let button;
    if (screen === 'card') {
      const choices = [...root.querySelectorAll('button[aria-keyshortcuts]')];
      button = choices[turn++ % Math.max(1, choices.length)];
    } else if (screen === 'debrief') {
      button = named(${String(BUTTON_NAMES.replay)});
      restarts++;
    } else if (screen === 'title') button = named(${String(BUTTON_NAMES.play)});
    else button = named(${String(BUTTON_NAMES.next)});
    if (!button) throw new Error('no button to press on screen ' + screen);
    button.click();
    await frame();
  }
  return steps;
}`;

/**
 * Page-side loop for the menu's restart: plays `steps` UI steps (as above, one animation frame each),
 * then opens the game menu ("Menu" in the top bar) and presses "Recommencer", `count` times. A session
 * that reaches its ending before is restarted the same way. Returns the steps taken.
 */
export const MENU_RESTART_LOOP = `async (count, steps) => {
  const root = document.getElementById('game');
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const named = (scope, re) => [...scope.querySelectorAll('button')].find((b) => re.test((b.textContent || '').trim()));
  let taken = 0, turn = 0;
  for (let restart = 0; restart < count; restart++) {
    for (let step = 0; step < steps && root.dataset.screen !== 'debrief'; step++) {
      const screen = root.dataset.screen;
      let button;
      if (screen === 'card') {
        const choices = [...root.querySelectorAll('button[aria-keyshortcuts]')];
        button = choices[turn++ % Math.max(1, choices.length)];
      } else if (screen === 'title') button = named(root, ${String(BUTTON_NAMES.play)});
      else button = named(root, ${String(BUTTON_NAMES.next)});
      if (!button) throw new Error('no button to press on screen ' + screen);
      button.click();
      taken++;
      await frame();
    }
    const menu = named(document, ${String(BUTTON_NAMES.menu)});
    if (!menu) throw new Error('no Menu button on screen ' + root.dataset.screen);
    menu.click();
    await frame();
    const dialog = document.querySelector('dialog[open]');
    const again = dialog && named(dialog, ${String(BUTTON_NAMES.restart)});
    if (!again) throw new Error('no Recommencer in the menu');
    again.click();
    taken += 2;
    await frame();
  }
  return taken;
}`;
