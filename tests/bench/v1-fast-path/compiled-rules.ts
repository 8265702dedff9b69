/**
 * The rules of one scenario, compiled once when it is indexed: conditions as closures, effects as
 * closures, per-phase decks of cards with their draw data, and the tables each choice writes. The turn
 * functions use them instead of re-reading the scenario objects on every turn.
 */
import type { Card, Choice, Ending, Initiative, MeterDef, Phase } from './format';
import { ALWAYS, compileCondition, type StateTest } from './compile-condition';
import { compileEffect, type EffectLookups, type EffectStep } from './compile-effect';
import type { Cause } from './game-state';

/** A table of the state that a turn may write. */
export type Table = 'meters' | 'links' | 'flags' | 'initiatives' | 'played';

/** A compiled choice. */
export interface CompiledChoice {
  readonly choice: Choice;
  readonly id: string;
  /** Whether it can be taken now: its condition holds and its costs are affordable. */
  readonly available: StateTest;
  readonly effects: readonly EffectStep[];
  /** The cause recorded on its changes (shared: changes are never written). */
  readonly cause: Cause;
  /** The tables its turn writes: `played`, its effects' tables, `initiatives` when any may fail. */
  readonly tables: readonly Table[];
}

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

/** The compiled rules of a scenario. */
export interface CompiledRules {
  /** By card id (the card `ScenarioIndex.cards` holds for that id). */
  readonly cards: ReadonlyMap<string, CompiledCard>;
  /** By card object, for the public functions that receive a card. */
  readonly byCard: ReadonlyMap<Card, CompiledCard>;
  readonly byChoice: ReadonlyMap<Choice, CompiledChoice>;
  /** The drawable cards of each phase, in deck order (unknown ids left out). */
  readonly decks: readonly (readonly CompiledCard[])[];
  /** Each phase's `exitWhen`, or null. */
  readonly exits: readonly (StateTest | null)[];
  readonly anytimeEndings: readonly CompiledEnding[];
  readonly finalEndings: readonly CompiledEnding[];
  /** Initiatives that may fail by rule, in index order. */
  readonly failures: readonly CompiledFailure[];
  /** Every effect of the scenario, for `applyEffect`. */
  readonly effects: ReadonlyMap<object, EffectStep>;
  readonly effectLookups: EffectLookups;
}

/** What the compiler reads from the index being built. */
export interface RulesSource {
  readonly cardList: readonly Card[];
  readonly phases: readonly Phase[];
  readonly meters: ReadonlyMap<string, MeterDef>;
  readonly cards: ReadonlyMap<string, Card>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  readonly anytimeEndings: readonly Ending[];
  readonly finalEndings: readonly Ending[];
}

function tablesOf(choice: Choice, anyInitiative: boolean): Table[] {
  const tables: Table[] = ['played'];
  const add = (table: Table): void => {
    if (!tables.includes(table)) tables.push(table);
  };
  for (const effect of choice.effects) {
    if (effect.type === 'meter' || effect.type === 'cost') add('meters');
    else if (effect.type === 'link') add('links');
    else if (effect.type === 'flag') add('flags');
    else if (effect.type === 'initiative') add('initiatives');
  }
  if (anyInitiative) add('initiatives');
  return tables;
}

function availability(choice: Choice, when: StateTest, meters: ReadonlyMap<string, MeterDef>): StateTest {
  const costs: { meter: string; amount: number; min: number }[] = [];
  for (const effect of choice.effects) {
    if (effect.type !== 'cost') continue;
    costs.push({ meter: effect.meter, amount: effect.amount, min: meters.get(effect.meter)?.min ?? 0 });
  }
  if (costs.length === 0) return when;
  return (state) => {
    if (!when(state)) return false;
    for (const cost of costs) if ((state.meters[cost.meter] ?? 0) - cost.amount < cost.min) return false;
    return true;
  };
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
  const effectLookups: EffectLookups = { meters, initiatives, requires };
  const effects = new Map<object, EffectStep>();
  const byChoice = new Map<Choice, CompiledChoice>();
  const byCard = new Map<Card, CompiledCard>();
  for (const card of source.cardList) {
    const choices = card.choices.map((choice): CompiledChoice => {
      const steps = choice.effects.map((effect) => {
        const step = compileEffect(effect, effectLookups);
        effects.set(effect, step);
        return step;
      });
      const compiled: CompiledChoice = {
        choice,
        id: choice.id,
        available: availability(choice, compileCondition(choice.when, phases), meters),
        effects: steps,
        cause: { card: card.id, choice: choice.id },
        tables: tablesOf(choice, initiatives.size > 0),
      };
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
  return {
    cards,
    byCard,
    byChoice,
    decks: phases.map((phase) =>
      phase.cards.flatMap((id) => {
        const card = cards.get(id);
        return card ? [card] : [];
      }),
    ),
    exits: phases.map((phase) =>
      phase.exitWhen === undefined ? null : compileCondition(phase.exitWhen, phases),
    ),
    anytimeEndings: endings(source.anytimeEndings),
    finalEndings: endings(source.finalEndings),
    failures,
    effects,
    effectLookups,
  };
}
