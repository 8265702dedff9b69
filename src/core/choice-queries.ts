/**
 * What a player may do on a card now: the choices on show, those that can be taken, and what an
 * unaffordable one lacks. Read from the compiled rules of the scenario (a choice object that is not
 * part of the indexed scenario is neither shown nor available).
 */
import type { Card, Choice } from '../scenario/format';
import type { GameState } from './game-state';
import type { ScenarioIndex } from './scenario-index';

/** Whether a choice can be taken now: its condition holds and its costs are affordable. */
export function isChoiceAvailable(choice: Choice, state: GameState, index: ScenarioIndex): boolean {
  return index.rules.byChoice.get(choice)?.available(state) ?? false;
}

/** The choices of a card the player may take now, in authored order. */
export function availableChoices(card: Card, state: GameState, index: ScenarioIndex): Choice[] {
  const choices: Choice[] = [];
  const compiled = index.rules.byCard.get(card);
  if (compiled)
    for (const choice of compiled.choices) if (choice.available(state)) choices.push(choice.choice);
  return choices;
}

/**
 * The choices of a card to show now, in authored order: those whose condition holds, affordable or
 * not (a choice hidden by its condition is a story branch; one the player cannot afford is shown
 * disabled). Their 1-based position here is the number shown on screen.
 */
export function shownChoices(card: Card, state: GameState, index: ScenarioIndex): Choice[] {
  const choices: Choice[] = [];
  const compiled = index.rules.byCard.get(card);
  if (compiled) for (const choice of compiled.choices) if (choice.shown(state)) choices.push(choice.choice);
  return choices;
}

/** A cost a choice cannot pay now: the meter, the amount it takes, and what can still be spent. */
export interface CostShortfall {
  readonly meter: string;
  readonly amount: number;
  /** The meter's value above its minimum (what a cost may take). */
  readonly available: number;
}

/** The costs of a choice the meters cannot pay now, in authored order (empty when all are affordable). */
export function costShortfalls(choice: Choice, state: GameState, index: ScenarioIndex): CostShortfall[] {
  const shortfalls: CostShortfall[] = [];
  for (const effect of choice.effects) {
    if (effect.type !== 'cost') continue;
    const min = index.meters.get(effect.meter)?.min ?? 0;
    const available = (state.meters[effect.meter] ?? 0) - min;
    if (available - effect.amount < 0)
      shortfalls.push({ meter: effect.meter, amount: effect.amount, available });
  }
  return shortfalls;
}
