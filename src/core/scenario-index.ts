import type { Actor, Card, Choice, Ending, Initiative, MeterDef, Phase, Scenario } from '../scenario/format';
import { compileRules, type CompiledRules } from './compiled-rules';

/**
 * A scenario with lookup tables by id, built once and shared by the rules. It assumes the scenario
 * passed validation: the rules never re-check references.
 */
export interface ScenarioIndex {
  readonly scenario: Scenario;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly meters: ReadonlyMap<string, MeterDef>;
  readonly phases: readonly Phase[];
  readonly cards: ReadonlyMap<string, Card>;
  readonly choices: ReadonlyMap<string, ReadonlyMap<string, Choice>>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  readonly endings: ReadonlyMap<string, Ending>;
  /** `anytime` endings, highest priority first. */
  readonly anytimeEndings: readonly Ending[];
  /** `end` endings, highest priority first; the fallback comes last. */
  readonly finalEndings: readonly Ending[];
  /** The rules compiled once for this scenario (conditions and effects as closures, decks). */
  readonly rules: CompiledRules;
}

const byPriority = (a: Ending, b: Ending): number =>
  (b.priority ?? 0) - (a.priority ?? 0) || Number(a.when === undefined) - Number(b.when === undefined);

/** Builds the lookup tables of a validated scenario. */
export function indexScenario(scenario: Scenario): ScenarioIndex {
  const byId = <T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> =>
    new Map((items ?? []).map((item) => [item.id, item]));
  const endings = [...scenario.endings];
  const meters = byId(scenario.meters);
  const cards = byId(scenario.cards);
  const initiatives = byId(scenario.initiatives);
  const actors = byId(scenario.actors);
  const anytimeEndings = endings.filter((e) => e.at === 'anytime').sort(byPriority);
  const finalEndings = endings.filter((e) => e.at === 'end').sort(byPriority);
  return {
    scenario,
    actors,
    meters,
    phases: scenario.phases,
    cards,
    choices: new Map(scenario.cards.map((card) => [card.id, byId(card.choices)])),
    initiatives,
    endings: byId(scenario.endings),
    anytimeEndings,
    finalEndings,
    rules: compileRules({
      cardList: scenario.cards,
      phases: scenario.phases,
      meters,
      actors,
      drift: scenario.drift ?? [],
      cards,
      initiatives,
      anytimeEndings,
      finalEndings,
    }),
  };
}
