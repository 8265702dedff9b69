/**
 * The projector test's cards: for a bundled scenario, its longest card (the text the room reads: the
 * situation, the choices, the discussion questions) and a save that stops just before it, found by
 * playing random sessions on the turn reducer (Node only; the build has no test hook).
 */
import { readFileSync } from 'node:fs';
import { createInitialState } from '../../src/core/game-state';
import { indexScenario } from '../../src/core/scenario-index';
import { advanceInPlace, availableChoices, chooseInPlace } from '../../src/core/turn';
import { scenarioFlags, stateAtCard } from '../../src/engine/authoring/play-from-card';
import { buildViewModel } from '../../src/engine/build-view';
import { SAVE_VERSION } from '../../src/engine/save-version';
import type { CardView, ChoiceView } from '../../src/engine/view-model';
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

/** A card to show on the training screen through the development server's card preview. */
export interface CardRequest {
  card: string;
  /** The meters and flags set before it (the inspector's "play from this card"). */
  meters: Record<string, number>;
  flags: string[];
  seed: number;
  /** The choices shown in that state, of the card's choices. */
  shown: number;
  total: number;
  /** The discussion questions shown in that state. */
  discussion: number;
  /** Characters the room reads on it in that state (situation, choices, costs, risks, reasons, questions). */
  length: number;
}

/** Characters the room reads on a card view: text, choices with what they state, discussion questions. */
function viewLength(card: CardView): number {
  const choice = (c: ChoiceView): number =>
    c.text.length +
    c.preview.reduce((sum, item) => sum + item.label.length + 6, 0) +
    c.stakes.length * 12 +
    c.costs.reduce((sum, cost) => sum + cost.label.length + 8, 0) +
    (c.risk ? c.risk.label.length + c.risk.words.length + 8 : 0) +
    (c.unavailable ? c.unavailable.reason.length + 14 : 0);
  return (
    card.text.length +
    card.choices.reduce((sum, c) => sum + choice(c), 0) +
    card.discussion.reduce((sum, q) => sum + q.length, 0)
  );
}

/**
 * Every card of a scenario, each in the state that shows the most of it among a few (no flag or every
 * flag; the meters as at the start, all at their least or all at their most: the least shows every cost
 * the budget cannot pay, with its reason): the most choices first, then the most text.
 */
export function everyCard(scenario: string, lang: Language = 'fr'): CardRequest[] {
  const index = indexScenario(JSON.parse(readFileSync(`scenarios/${scenario}.json`, 'utf8')) as Scenario);
  // The concepts' titles are not on the card.
  const concepts = new Map();
  const flagSets = [[], scenarioFlags(index)];
  const meterSets: Record<string, number>[] = [
    {},
    Object.fromEntries(index.scenario.meters.map((m) => [m.id, m.min])),
    Object.fromEntries(index.scenario.meters.map((m) => [m.id, m.max])),
  ];
  return index.scenario.cards.map((card) => {
    let best: CardRequest | null = null;
    for (const flags of flagSets)
      for (const meters of meterSets) {
        const built = stateAtCard(index, { card: card.id, meters, flags, seed: 1 });
        if (!built.ok) continue;
        const view = buildViewModel(built.state, { index, lang, concepts }).card;
        if (!view) continue;
        const found: CardRequest = {
          card: card.id,
          meters,
          flags,
          seed: 1,
          shown: view.choices.length,
          discussion: view.discussion.length,
          total: card.choices.length,
          length: viewLength(view),
        };
        if (!best || found.shown > best.shown || (found.shown === best.shown && found.length > best.length))
          best = found;
      }
    if (!best) throw new Error(`${scenario}: ${card.id} cannot be shown`);
    return best;
  });
}
