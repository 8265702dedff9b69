/**
 * What came back later, for the debrief: the delayed consequences that landed, each with the choice and
 * the turn it came from, and the stated risks, each with whether it happened. Told plainly, in the
 * order they happened.
 */
import { effectAt } from '../../core/effect-at';
import type { GameState } from '../../core/game-state';
import type { ViewContext } from '../build-view';
import { chanceWords } from '../chance-words';
import { localize } from '../localize';
import type { ChainEntry, RiskEntry } from './debrief-types';

/** The delayed consequences that landed during a session, in order. */
export function delayedChains(state: GameState, ctx: ViewContext): ChainEntry[] {
  return state.log.flatMap((record) =>
    (record.delayed ?? [])
      .filter((item) => item.landed)
      .map((item) => {
        const choice = ctx.index.choices.get(item.card)?.get(item.choice);
        const effect = effectAt(choice, item.path);
        return {
          turn: record.turn,
          originTurn: item.turn,
          text: localize(effect?.type === 'delayed' ? effect.text : undefined, ctx.lang),
          choiceText: localize(choice?.text, ctx.lang),
        };
      }),
  );
}

/** The stated risks drawn during a session, in order, with whether each happened. */
export function statedRisks(state: GameState, ctx: ViewContext): RiskEntry[] {
  return state.log.flatMap((record) => {
    if (!record.risk) return [];
    const choice = ctx.index.choices.get(record.card)?.get(record.choice);
    return [
      {
        turn: record.turn,
        choiceText: localize(choice?.text, ctx.lang),
        label: localize(choice?.risks?.[record.risk.index]?.label, ctx.lang),
        words: chanceWords(record.risk.chance, ctx.lang),
        happened: record.risk.happened,
      },
    ];
  });
}
