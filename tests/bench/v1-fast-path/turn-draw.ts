/** Which cards may be drawn, and the draw itself, on the compiled rules of a scenario. */
import type { Card } from './format';
import type { CompiledCard } from './compiled-rules';
import type { GameState } from './game-state';
import { nextFloat } from './rng';
import type { ScenarioIndex } from './scenario-index';

/** Whether at least one choice of a card can be taken now. */
export function hasAvailableChoice(card: CompiledCard, state: GameState): boolean {
  for (const choice of card.choices) if (choice.available(state)) return true;
  return false;
}

/** Whether a card of the deck may be drawn now: not spent, its condition holds, a choice is available. */
export function isDrawable(card: CompiledCard, state: GameState): boolean {
  if (!card.repeatable && (state.played[card.id] ?? 0) > 0) return false;
  return card.open || (card.when(state) && hasAvailableChoice(card, state));
}

/** The compiled cards of the current phase that may be drawn now, in deck order. */
export function drawableCards(state: GameState, index: ScenarioIndex): CompiledCard[] {
  const deck = index.rules.decks[state.phaseIndex];
  const cards: CompiledCard[] = [];
  if (deck) for (const card of deck) if (isDrawable(card, state)) cards.push(card);
  return cards;
}

/** The cards of the current phase that may be drawn now. */
export function eligibleCards(state: GameState, index: ScenarioIndex): Card[] {
  return drawableCards(state, index).map((card) => card.card);
}

/** Whether the pending chained card, if any, can be played now. */
export function chainIsPlayable(state: GameState, index: ScenarioIndex): boolean {
  const chained = state.chain === null ? undefined : index.rules.cards.get(state.chain);
  return chained !== undefined && chained.when(state) && hasAvailableChoice(chained, state);
}

/**
 * Draws the next card into a draft (writing its `chain` and `rng`): a pending chain first, else among
 * the highest-priority eligible cards, by weight. Returns the card id, or null when none can be drawn.
 */
export function drawCard(draft: GameState, index: ScenarioIndex): string | null {
  const chained = draft.chain;
  const playable = chainIsPlayable(draft, index);
  draft.chain = null;
  if (playable && chained !== null) return chained;
  const eligible = drawableCards(draft, index);
  if (eligible.length === 0) return null;
  let top = -Infinity;
  for (const card of eligible) if (card.priority > top) top = card.priority;
  // Same arithmetic, in the same order, as `pickWeighted` over the weights of the top-priority pool.
  let total = 0;
  for (const card of eligible) if (card.priority === top) total += card.weight;
  const [r, rng] = nextFloat(draft.rng);
  draft.rng = rng;
  let target = r * total;
  let last: CompiledCard | undefined;
  for (const card of eligible) {
    if (card.priority !== top) continue;
    last = card;
    target -= card.weight;
    if (target < 0) return card.id;
  }
  return last?.id ?? null;
}
