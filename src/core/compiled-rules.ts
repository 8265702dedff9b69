/**
 * The rules of one scenario, compiled once when it is indexed: conditions as closures, effects as
 * closures, per-phase decks of cards with their draw data, the delayed consequences by site, and the
 * end-of-turn rules (drift, ceilings). The turn functions use them instead of re-reading the scenario
 * objects on every turn.
 */
import type { Actor, Card, Choice, DriftRule, Ending, Initiative, MeterDef, Phase } from '../scenario/format';
import { compileChoice, type CompiledChoice, type CompiledDelayed } from './compile-choice';
import { ALWAYS, compileCondition, type StateTest } from './compile-condition';
import { compileEffect, type EffectLookups, type EffectStep } from './compile-effect';
import { DelayedSites } from './delayed-sites';
import type { RuleCause } from './game-state';

export type { CompiledChoice, CompiledDelayed } from './compile-choice';

/** A compiled card. */
export interface CompiledCard {
  readonly card: Card;
  readonly id: string;
  readonly repeatable: boolean;
  readonly priority: number;
  readonly weight: number;
  /** Its own condition (`when`), without the choices. */
  readonly when: StateTest;
  /** No condition on the card and one choice always available: drawable whenever it is not spent. */
  readonly open: boolean;
  readonly choices: readonly CompiledChoice[];
}

/** A compiled ending. */
export interface CompiledEnding {
  readonly id: string;
  readonly when: StateTest;
}

/** A compiled initiative's rule-driven failure. */
export interface CompiledFailure {
  readonly id: string;
  readonly failWhen: StateTest;
}

/** A drift rule compiled. */
export interface CompiledDrift {
  readonly when: StateTest;
  readonly step: EffectStep;
  readonly cause: RuleCause;
  /** Whether it has a text to tell when it starts applying. */
  readonly told: boolean;
}

/** A meter's ceiling compiled. */
export interface CompiledCeiling {
  readonly meter: string;
  readonly min: number;
  readonly lowestOf: readonly string[];
  readonly plus: number;
  readonly cause: RuleCause;
}

/** The compiled rules of a scenario. */
export interface CompiledRules {
  /** By card id (the card `ScenarioIndex.cards` holds for that id). */
  readonly cards: ReadonlyMap<string, CompiledCard>;
  /** By card object, for the public functions that receive a card. */
  readonly byCard: ReadonlyMap<Card, CompiledCard>;
  readonly byChoice: ReadonlyMap<Choice, CompiledChoice>;
  /** The drawable cards of each phase, in deck order (unknown ids left out). */
  readonly decks: readonly (readonly CompiledCard[])[];
  /**
   * Each phase's deck by priority, the highest first, each group in deck order: a draw tests the cards of
   * one group after another and stops at the first group with a drawable card (the pool it picks from).
   */
  readonly drawGroups: readonly (readonly (readonly CompiledCard[])[])[];
  /** Each phase's `exitWhen`, or null. */
  readonly exits: readonly (StateTest | null)[];
  readonly anytimeEndings: readonly CompiledEnding[];
  readonly finalEndings: readonly CompiledEnding[];
  /** Initiatives that may fail by rule, in index order. */
  readonly failures: readonly CompiledFailure[];
  /** The delayed consequences, by `card/choice/path` of their `delayed` effect. */
  readonly delayed: ReadonlyMap<string, CompiledDelayed>;
  /** The same, looked up by card, choice and path (the end of a turn). */
  readonly delayedSites: DelayedSites;
  readonly drifts: readonly CompiledDrift[];
  readonly ceilings: readonly CompiledCeiling[];
  /** Whether any end-of-turn rule exists (delayed consequences, drift, ceilings): else it is skipped. */
  readonly endOfTurn: boolean;
}

/** What the compiler reads from the index being built. */
export interface RulesSource {
  readonly cardList: readonly Card[];
  readonly phases: readonly Phase[];
  readonly meters: ReadonlyMap<string, MeterDef>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly drift: readonly DriftRule[];
  readonly cards: ReadonlyMap<string, Card>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  readonly anytimeEndings: readonly Ending[];
  readonly finalEndings: readonly Ending[];
}

/** A deck split by priority, the highest first, each group in deck order. */
function byPriority(deck: readonly CompiledCard[]): CompiledCard[][] {
  const priorities = [...new Set(deck.map((card) => card.priority))].sort((a, b) => b - a);
  return priorities.map((priority) => deck.filter((card) => card.priority === priority));
}

/** Compiles the rules of an index being built. */
export function compileRules(source: RulesSource): CompiledRules {
  const { phases, meters, initiatives } = source;
  const requires = new Map<string, StateTest>();
  const failures: CompiledFailure[] = [];
  for (const [id, def] of initiatives) {
    if (def.requires !== undefined) requires.set(id, compileCondition(def.requires, phases));
    if (def.failWhen !== undefined) failures.push({ id, failWhen: compileCondition(def.failWhen, phases) });
  }
  const lookups: EffectLookups = { meters, initiatives, requires };
  const delayed = new Map<string, CompiledDelayed>();
  const delayedSites = new DelayedSites();
  const context = { phases, meters, actors: source.actors, lookups, delayed, sites: delayedSites };
  const byChoice = new Map<Choice, CompiledChoice>();
  const byCard = new Map<Card, CompiledCard>();
  for (const card of source.cardList) {
    const choices = card.choices.map((choice): CompiledChoice => {
      const compiled = compileChoice(card.id, choice, context);
      byChoice.set(choice, compiled);
      return compiled;
    });
    const when = compileCondition(card.when, phases);
    byCard.set(card, {
      card,
      id: card.id,
      repeatable: Boolean(card.repeatable),
      priority: card.priority ?? 0,
      weight: card.weight ?? 1,
      when,
      open: when === ALWAYS && choices.some((choice) => choice.available === ALWAYS),
      choices,
    });
  }
  const cards = new Map<string, CompiledCard>();
  for (const [id, card] of source.cards) {
    const compiled = byCard.get(card);
    if (compiled) cards.set(id, compiled);
  }
  const endings = (list: readonly Ending[]): CompiledEnding[] =>
    list.map((ending) => ({ id: ending.id, when: compileCondition(ending.when, phases) }));
  const drifts = source.drift.map((rule, i): CompiledDrift => ({
    when: compileCondition(rule.when, phases),
    step: compileEffect({ type: 'meter', meter: rule.meter, delta: rule.delta }, lookups, {
      card: '',
      choice: '',
      path: `drift/${i}`,
    }),
    cause: { rule: 'drift', drift: i },
    told: rule.text !== undefined,
  }));
  const ceilings: CompiledCeiling[] = [];
  for (const [id, def] of meters)
    if (def.ceiling)
      ceilings.push({
        meter: id,
        min: def.min,
        lowestOf: def.ceiling.lowestOf,
        plus: def.ceiling.plus,
        cause: { rule: 'ceiling', meter: id },
      });
  const decks = phases.map((phase) =>
    phase.cards.flatMap((id) => {
      const card = cards.get(id);
      return card ? [card] : [];
    }),
  );
  return {
    cards,
    byCard,
    byChoice,
    decks,
    drawGroups: decks.map(byPriority),
    exits: phases.map((phase) =>
      phase.exitWhen === undefined ? null : compileCondition(phase.exitWhen, phases),
    ),
    anytimeEndings: endings(source.anytimeEndings),
    finalEndings: endings(source.finalEndings),
    failures,
    delayed,
    delayedSites,
    drifts,
    ceilings,
    endOfTurn: delayed.size > 0 || drifts.length > 0 || ceilings.length > 0,
  };
}
