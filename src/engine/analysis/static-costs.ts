/**
 * Cards where every choice costs something (a static reading of the scenario): each of its choices has
 * a negative effect on a family's trust or on cooperation (in its effects or an outcome), a cost or a
 * loss of a shared resource, a stated risk with a negative effect, or a delayed consequence with one.
 */
import { FAMILIES, type Choice, type Effect, type Scenario } from '../../scenario/format';
import type { EveryChoiceCosts } from './analysis-types';

/** The meters that are shared resources: spent by `cost` effects, or shown as time, money or energy. */
export function resourceMeters(scenario: Scenario): Set<string> {
  const resources = new Set<string>();
  for (const meter of scenario.meters)
    if (meter.icon === 'meter-time' || meter.icon === 'meter-budget' || meter.icon === 'meter-energy')
      resources.add(meter.id);
  const walk = (effects: readonly Effect[]): void => {
    for (const effect of effects) {
      if (effect.type === 'cost') resources.add(effect.meter);
      if (effect.type === 'delayed') walk(effect.effects);
    }
  };
  for (const card of scenario.cards)
    for (const choice of card.choices) {
      walk(choice.effects);
      for (const branch of [...(choice.outcomes ?? []), ...(choice.risks ?? [])]) walk(branch.effects);
    }
  return resources;
}

const isLoss = (effect: Effect): boolean =>
  (effect.type === 'meter' && effect.delta < 0) || (effect.type === 'link' && effect.delta < 0);

/** Whether a list of effects holds a negative one, delayed ones included. */
const hasLoss = (effects: readonly Effect[]): boolean =>
  effects.some((e) => isLoss(e) || e.type === 'cost' || (e.type === 'delayed' && hasLoss(e.effects)));

/** Whether a choice has a price somewhere (see the module's comment). */
export function hasPrice(choice: Choice, resources: ReadonlySet<string>): boolean {
  const priced = (effects: readonly Effect[]): boolean =>
    effects.some(
      (e) =>
        e.type === 'cost' ||
        (e.type === 'meter' &&
          e.delta < 0 &&
          ((FAMILIES as readonly string[]).includes(e.meter) ||
            e.meter === 'cooperation' ||
            resources.has(e.meter))) ||
        (e.type === 'delayed' && hasLoss(e.effects)),
    );
  if (priced(choice.effects)) return true;
  if ((choice.outcomes ?? []).some((o) => priced(o.effects))) return true;
  return (choice.risks ?? []).some((r) => hasLoss(r.effects));
}

/** The cards where every choice has a price. */
export function everyChoiceCosts(scenario: Scenario): EveryChoiceCosts {
  const resources = resourceMeters(scenario);
  const cards = scenario.cards
    .filter((card) => card.choices.every((c) => hasPrice(c, resources)))
    .map((c) => c.id);
  return { cards, share: scenario.cards.length === 0 ? 0 : cards.length / scenario.cards.length };
}
