/**
 * Whether a decision of the log was the only one open when it was taken: the session is replayed from
 * its seed to just before that decision and the card's available choices are counted (a choice hidden by
 * its condition or too costly for the budget was not open). The story then does not say « Votre réponse
 * a été de … » of a move the player could not avoid. Pure.
 */
import { availableChoices } from '../../core/choice-queries';
import type { GameState } from '../../core/game-state';
import { replay } from '../../core/replay';
import { advance } from '../../core/turn';
import type { ScenarioIndex } from '../../core/scenario-index';

/** True when the decision at `logIndex` of `state.log` had no alternative open. */
export function onlyChoiceOpen(state: GameState, index: ScenarioIndex, logIndex: number): boolean {
  const record = state.log[logIndex];
  const card = record ? index.cards.get(record.card) : undefined;
  if (!record || !card) return false;
  const before = replay(
    index,
    state.seed,
    state.log.slice(0, logIndex).map((r) => r.choice),
  );
  if (before.error) return false;
  let at = before.state;
  while (at.screen === 'phase-intro' || at.screen === 'consequence') at = advance(at, index);
  if (at.card !== record.card) return false;
  return availableChoices(card, at, index).length <= 1;
}
