/** Which cards may be drawn, and the draw itself, on the compiled rules of a scenario. */
import type { Card } from '../scenario/format';
import type { CompiledCard } from './compiled-rules';
import type { GameState } from './game-state';
import { advanceRng, floatAt } from './rng';
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

/** The drawable cards of the group being drawn from (reused: a draw never re-enters). */
const pool: CompiledCard[] = [];

/**
 * Draws the next card into a draft (writing its `chain` and `rng`): a pending chain first, else among
 * the highest-priority eligible cards, by weight. Returns the card id, or null when none can be drawn.
 * The groups of lower priority are not tested once a higher one has a drawable card: the pool, its
 * order, its total weight and the one draw are those of every eligible card of the top priority.
 */
export function drawCard(draft: GameState, index: ScenarioIndex): string | null {
  const chained = draft.chain;
  const playable = chainIsPlayable(draft, index);
  draft.chain = null;
  if (playable && chained !== null) return chained;
  const groups = index.rules.drawGroups[draft.phaseIndex];
  if (!groups) return null;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] as readonly CompiledCard[];
    let count = 0;
    // Same arithmetic, in the same order, as `pickWeighted` over the weights of the pool.
    let total = 0;
    for (let i = 0; i < group.length; i++) {
      const card = group[i] as CompiledCard;
      if (!isDrawable(card, draft)) continue;
      pool[count++] = card;
      total += card.weight;
    }
    if (count === 0) continue;
    draft.rng = advanceRng(draft.rng);
    let target = floatAt(draft.rng) * total;
    for (let i = 0; i < count; i++) {
      target -= (pool[i] as CompiledCard).weight;
      if (target < 0) return (pool[i] as CompiledCard).id;
    }
    return (pool[count - 1] as CompiledCard).id;
  }
  return null;
}
