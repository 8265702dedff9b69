/**
 * Every ending of every bundled scenario, reached in the real build with the keyboard only. The route to
 * each ending (a seed and the choices of the session) is found in Node with the pure fast path (simulated
 * sessions with the play policies).
 *
 * One route per scenario is played whole: `?scenario=<id>&seed=<seed>&lang=fr`, Tab to "Jouer" and Enter,
 * digits on the cards (the number shown on the choice whose text is the route's choice), Tab to "Continuer"
 * and Enter elsewhere, until the debrief names the ending. Every other ending starts from the route's save
 * one decision before the end (seed + choices in the browser's save slot, as the game writes it), resumed
 * with Tab and Enter on "Continuer la partie", and its last decision is played by keyboard the same way: the
 * browser's engine replays the choices, draws the same last card, and the debrief names the ending.
 * `ENDINGS_FULL=1` plays every route whole (about 30 more minutes on a 2-core machine).
 */
import { expect, test, type Page } from '@playwright/test';
import { SAVE_VERSION } from '../../src/engine/save-version';
import { indexScenario } from '../../src/core/scenario-index';
import { localize } from '../../src/engine/localize';
import { POSTURES, type Scenario } from '../../src/scenario/format';
import { defaultTurnLimit, playSession } from '../../src/scenario/play/simulate';
import type { PolicyName } from '../../src/scenario/play/policy';
import { bundledScenarios } from '../content/bundled-scenarios';

/** How to reach one ending: the seed and, turn by turn, the card drawn and the choice's French text. */
interface Route {
  scenario: string;
  scenarioVersion: number;
  ending: string;
  endingKind: string;
  endingTitle: string;
  policy: PolicyName;
  seed: number;
  turns: { card: string; choiceText: string }[];
  /** The choices' ids, in order: what the save slot holds. */
  choiceIds: string[];
}

const FULL = process.env.ENDINGS_FULL === '1';

/** The route played whole: a success if the scenario has one (the longest kind of game), else the first. */
function wholeRoute(routes: readonly Route[]): Route | undefined {
  return routes.find((route) => route.endingKind === 'success') ?? routes[0];
}

const POLICIES: readonly PolicyName[] = ['random', 'principled', ...POSTURES];
const MAX_SEED = 400;

/** Searches seeds 1..MAX_SEED per policy until every ending of the scenario has a route. */
function routesOf(scenario: Scenario): { routes: Route[]; missing: string[] } {
  const index = indexScenario(scenario);
  const limit = defaultTurnLimit(index);
  const found = new Map<string, Route>();
  for (const policy of POLICIES) {
    for (let seed = 1; seed <= MAX_SEED && found.size < scenario.endings.length; seed++) {
      const { state, outcome } = playSession(index, seed, policy, limit);
      const ending = scenario.endings.find((e) => e.id === state.ending);
      if (outcome !== 'ended' || !ending || found.has(ending.id)) continue;
      const turns = state.log.map((record) => {
        const choice = index.cards.get(record.card)?.choices.find((c) => c.id === record.choice);
        if (!choice) throw new Error(`${record.card}/${record.choice} is not in the scenario`);
        return { card: record.card, choiceText: localize(choice.text, 'fr') };
      });
      found.set(ending.id, {
        scenario: scenario.meta.id,
        scenarioVersion: scenario.meta.version,
        ending: ending.id,
        endingKind: ending.kind,
        endingTitle: localize(ending.title, 'fr'),
        policy,
        seed,
        turns,
        choiceIds: state.log.map((record) => record.choice),
      });
    }
  }
  const missing = scenario.endings.filter((e) => !found.has(e.id)).map((e) => e.id);
  return { routes: [...found.values()], missing };
}

const scenarios = bundledScenarios().map(({ scenario }) => ({ scenario, ...routesOf(scenario) }));

/** What a step needs to know, read in one round trip; the panel on show is marked as the old one. */
interface Screen {
  screen: string;
  /** Choice text → the number shown on its button (cards only). */
  choices: Record<string, string>;
}

async function readScreen(page: Page): Promise<Screen> {
  return page.evaluate(() => {
    const panel = document.querySelector('#panel-host > *');
    panel?.setAttribute('data-old', '');
    const choices: Record<string, string> = {};
    for (const button of document.querySelectorAll('#panel-host button.choice')) {
      const number = button.querySelector('.choice-number')?.textContent ?? '';
      const text = button.querySelector('.choice-text')?.textContent ?? '';
      // The accessible name starts with the number.
      if ((button.textContent ?? '').startsWith(number)) choices[text] = number;
    }
    return { screen: document.getElementById('game')?.dataset.screen ?? '', choices };
  });
}

/** Waits until a new panel replaced the marked one. */
async function nextPanel(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const panels = document.querySelectorAll('#panel-host > *');
    return panels.length === 1 && !panels[0]?.hasAttribute('data-old');
  });
}

/** Presses Tab until the focused element is a button with this exact text. */
async function tabToButton(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const focused = await page.evaluate((text) => {
      const active = document.activeElement;
      return active instanceof HTMLButtonElement && active.textContent?.trim() === text;
    }, label);
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the button "${label}"`);
}

/** Puts the route's save one decision before the end in the browser's slot, for the first load only. */
async function seedSave(page: Page, route: Route): Promise<void> {
  const save = {
    saveVersion: SAVE_VERSION,
    scenarioId: route.scenario,
    scenarioVersion: route.scenarioVersion,
    seed: route.seed,
    choices: route.choiceIds.slice(0, -1),
  };
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key ?? '', value ?? '');
    },
    [`tisser:save:${route.scenario}`, JSON.stringify(save)],
  );
}

/**
 * Plays a route by keyboard from the title screen to the debrief: whole, or (`fromSave`) resumed from its
 * save one decision before the end. Checks the debrief names the route's ending and nothing crashed.
 */
async function playRoute(page: Page, route: Route, fromSave: boolean): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  if (fromSave) await seedSave(page, route);
  await page.goto(`./?scenario=${route.scenario}&seed=${route.seed}&lang=fr`);
  const main = page.getByRole('main');
  await expect(main).toHaveAttribute('data-screen', 'title');
  await tabToButton(page, fromSave ? 'Continuer la partie' : 'Jouer');
  await page.keyboard.press('Enter');
  await expect(main).toHaveAttribute('data-screen', /phase|card|consequence/);
  const turns = fromSave ? route.turns.slice(-1) : route.turns;
  let turn = 0;
  for (let step = 0; step < turns.length * 3 + 10; step++) {
    const { screen, choices } = await readScreen(page);
    if (screen === 'debrief') break;
    if (screen === 'card') {
      const next = turns[turn];
      if (!next) throw new Error(`a card after the route's ${route.turns.length} choices`);
      const number = choices[next.choiceText];
      if (!number)
        throw new Error(`no choice "${next.choiceText}" among ${Object.keys(choices).join(' | ')}`);
      await page.keyboard.press(number);
      turn++;
    } else {
      expect(screen).toMatch(/^(phase|consequence)$/);
      await tabToButton(page, 'Continuer');
      await page.keyboard.press('Enter');
    }
    await nextPanel(page);
  }
  await expect(main).toHaveAttribute('data-screen', 'debrief');
  expect(turn).toBe(turns.length);
  await expect(page.locator('#panel-host h2').first()).toHaveText(route.endingTitle);
  expect(errors).toEqual([]);
}

test.describe.configure({ mode: 'parallel' });

for (const { scenario, routes, missing } of scenarios) {
  test(`${scenario.meta.id}: a route to every ending exists`, () => {
    expect(missing, `endings no seed 1..${MAX_SEED} of any policy reaches`).toEqual([]);
  });

  const whole = wholeRoute(routes);
  for (const route of routes) {
    const fromSave = !FULL && route !== whole && route.turns.length > 1;
    const how = fromSave ? 'last decision from the save' : 'whole game';
    test(`${route.scenario} → ${route.ending} (${route.policy}, seed ${route.seed}, ${route.turns.length} choices, ${how}), keyboard only`, async ({
      page,
    }) => {
      test.setTimeout(fromSave ? 60_000 : 240_000);
      await playRoute(page, route, fromSave);
    });
  }
}
