/**
 * The projector test's cards: for a bundled scenario, its longest card (the text the room reads: the
 * situation, the choices, the discussion questions) and a save that stops just before it, found by
 * playing random sessions on the turn reducer (Node only; the build has no test hook).
 */
import { readFileSync } from 'node:fs';
import { createInitialState } from '../../src/core/game-state';
import { indexScenario } from '../../src/core/scenario-index';
import { advanceInPlace, availableChoices, chooseInPlace } from '../../src/core/turn';
import { SAVE_VERSION } from '../../src/engine/save-version';
import type { Card, Language, LocalizedText, Scenario } from '../../src/scenario/format';

/** The longest card of a scenario and a save whose next card is it. */
export interface ProjectorCard {
  scenario: string;
  card: string;
  /** Characters of the situation, the choices and the discussion questions. */
  length: number;
  seed: number;
  /** The save to put in the browser's slot (`tisser:save:<scenario>`); null when it is the first card. */
  save: {
    saveVersion: number;
    scenarioId: string;
    scenarioVersion: number;
    seed: number;
    choices: string[];
  } | null;
}

const textOf = (text: LocalizedText | undefined, lang: Language): string =>
  text === undefined ? '' : typeof text === 'string' ? text : (text[lang] ?? '');

/** What the room reads on a card, in characters (the discussion of every choice counted: all open). */
export function cardLength(card: Card, lang: Language): number {
  return (
    textOf(card.text, lang).length +
    textOf(card.discussion, lang).length +
    card.choices.reduce(
      (sum, choice) => sum + textOf(choice.text, lang).length + textOf(choice.discussion, lang).length,
      0,
    )
  );
}

/** A small deterministic generator (the test must find the same path every run). */
const lcg = (seed: number) => {
  let state = seed >>> 0 || 1;
  return (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
};

/**
 * The longest card of `scenario` and a save that reaches it: random sessions (seeds 1, 2, …) until one
 * shows that card; the save holds the choices made before it.
 */
export function longestCard(scenario: string, lang: Language = 'fr', tries = 400): ProjectorCard {
  const parsed = JSON.parse(readFileSync(`scenarios/${scenario}.json`, 'utf8')) as Scenario;
  const index = indexScenario(parsed);
  const longest = parsed.cards.reduce((best, card) =>
    cardLength(card, lang) > cardLength(best, lang) ? card : best,
  );
  for (let seed = 1; seed <= tries; seed++) {
    const pick = lcg(seed * 7919);
    const state = createInitialState(index, seed);
    const choices: string[] = [];
    for (let step = 0; step < 400 && state.screen !== 'ended'; step++) {
      if (state.screen !== 'card') {
        advanceInPlace(state, index);
        continue;
      }
      if (state.card === longest.id)
        return {
          scenario,
          card: longest.id,
          length: cardLength(longest, lang),
          seed,
          // The first card needs no save: a new game shows it.
          save:
            choices.length === 0
              ? null
              : {
                  saveVersion: SAVE_VERSION,
                  scenarioId: parsed.meta.id,
                  scenarioVersion: parsed.meta.version,
                  seed,
                  choices,
                },
        };
      const card = index.cards.get(state.card ?? '');
      const available = card ? availableChoices(card, state, index) : [];
      const choice = available[pick(available.length)];
      if (!choice) break;
      choices.push(choice.id);
      chooseInPlace(state, choice.id, index);
    }
  }
  throw new Error(`${scenario}: no session of ${tries} reached ${longest.id}`);
}

/** The bundled scenarios (the catalog's ids). */
export function bundledScenarios(): string[] {
  const catalog = JSON.parse(readFileSync('src/adapters/scenario-catalog.json', 'utf8')) as { id: string }[];
  return catalog.map((entry) => entry.id);
}
