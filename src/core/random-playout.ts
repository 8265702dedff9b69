/**
 * A uniform random player playing a state on to its end, in place, straight on the compiled rules: the
 * look-ahead of the analysis's expert plays hundreds of thousands of such futures. It makes exactly the
 * moves and draws of a player that, on each card, lists the available choices in screen order and picks
 * one with `nextFloat` of its own generator (no draw when only one is available), and moves on from every
 * other screen; only the lookups and the second availability check of the public path are saved.
 */
import type { CompiledChoice } from './compiled-rules';
import type { GameState } from './game-state';
import { advanceRng, floatAt, type RngState } from './rng';
import type { ScenarioIndex } from './scenario-index';
import { advanceInPlace, takeInPlace } from './turn';

/** The choices available on the card being played, its first `count` (reused: a playout never re-enters). */
const scratch: CompiledChoice[] = [];

/**
 * Plays `state` (held by the caller alone) for at most `limit` steps or to its end, picking uniformly
 * among the available choices with the generator `rng` (the game's own generator draws the cards and
 * risks as usual). `logged`: whether the turns write their log record. Returns the player's generator.
 */
export function playOutRandomly(
  state: GameState,
  index: ScenarioIndex,
  rng: RngState,
  limit: number,
  logged: boolean,
): RngState {
  let draw = rng;
  for (let step = 0; step < limit && state.screen !== 'ended'; step++) {
    if (state.screen !== 'card') {
      advanceInPlace(state, index);
      continue;
    }
    const card = state.card === null ? undefined : index.rules.cards.get(state.card);
    let count = 0;
    if (card) for (const choice of card.choices) if (choice.available(state)) scratch[count++] = choice;
    let picked: CompiledChoice | undefined;
    if (count === 1) picked = scratch[0];
    else if (count > 1) {
      draw = advanceRng(draw);
      picked = scratch[Math.floor(floatAt(draw) * count)];
    }
    if (!picked || state.card === null) return draw;
    takeInPlace(state, state.card, picked, index, logged);
  }
  return draw;
}
