/**
 * One choice compiled: its availability, its effects, the outcomes that depend on the situation, its
 * stated risks, the families it involves, and the delayed consequences it may queue (registered by
 * site, so one that lands turns later finds its effects).
 */
import type { Actor, Choice, Effect, FamilyId, MeterDef } from '../scenario/format';
import { FAMILIES } from './vocabulary';
import { compileCondition, type StateTest } from './compile-condition';
import { compileEffect, type EffectLookups, type EffectStep } from './compile-effect';
import type { DelayedSites } from './delayed-sites';
import type { ChoiceCause } from './game-state';
import type { Phase } from '../scenario/format';

/** An outcome compiled: when it applies, its effects, the cause its changes carry. */
export interface CompiledOutcome {
  readonly when: StateTest;
  readonly effects: readonly EffectStep[];
  readonly cause: ChoiceCause;
}

/** A stated risk compiled. */
export interface CompiledRisk extends CompiledOutcome {
  readonly chance: number;
}

/** A delayed consequence compiled: when it lands or lapses, and what lands. */
export interface CompiledDelayed {
  readonly afterTurns: number | undefined;
  readonly when: StateTest | null;
  readonly within: number | undefined;
  readonly effects: readonly EffectStep[];
}

/** A compiled choice. */
export interface CompiledChoice {
  readonly choice: Choice;
  readonly id: string;
  /** Whether it is on show now: its condition (`when`) holds. */
  readonly shown: StateTest;
  /** Whether it can be taken now: its condition holds and its costs are affordable. */
  readonly available: StateTest;
  readonly effects: readonly EffectStep[];
  /** The cause recorded on its own changes (shared: changes are never written). */
  readonly cause: ChoiceCause;
  readonly outcomes: readonly CompiledOutcome[];
  readonly risks: readonly CompiledRisk[];
  /** The families it concerns: `involves`, or those its effects touch. */
  readonly involves: readonly FamilyId[];
  /** The card it chains to, or null. */
  readonly next: string | null;
}

/** What compiling a choice needs from the scenario. */
export interface ChoiceContext {
  readonly phases: readonly Phase[];
  readonly meters: ReadonlyMap<string, MeterDef>;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly lookups: EffectLookups;
  /** Where the delayed consequences are registered, by `card/choice/path`. */
  readonly delayed: Map<string, CompiledDelayed>;
  /** The same, by site without a joined key (what the end of a turn looks up). */
  readonly sites: DelayedSites;
}

/** The key of a delayed consequence's site. */
export const delayedKey = (card: string, choice: string, path: string): string => `${card}/${choice}/${path}`;

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

const isFamily = (id: string): id is FamilyId => (FAMILIES as readonly string[]).includes(id);

/** Every effect of a choice, nested ones included (outcomes, risks, delayed consequences). */
export function everyEffect(choice: Choice): Effect[] {
  const all: Effect[] = [];
  const add = (effects: readonly Effect[]): void => {
    for (const effect of effects) {
      all.push(effect);
      if (effect.type === 'delayed') add(effect.effects);
    }
  };
  add(choice.effects);
  for (const outcome of choice.outcomes ?? []) add(outcome.effects);
  for (const risk of choice.risks ?? []) add(risk.effects);
  return all;
}

/** The families a choice concerns: its `involves`, or the families its effects touch (either sign). */
export function involvedFamilies(choice: Choice, actors: ReadonlyMap<string, Actor>): FamilyId[] {
  if (choice.involves) return [...choice.involves];
  const found = new Set<FamilyId>();
  for (const effect of everyEffect(choice)) {
    if ((effect.type === 'meter' || effect.type === 'cost') && isFamily(effect.meter))
      found.add(effect.meter);
    if (effect.type === 'link')
      for (const id of [effect.from, effect.to]) {
        const family = actors.get(id)?.family;
        if (family) found.add(family);
      }
  }
  return FAMILIES.filter((family) => found.has(family));
}

/** Compiles a list of effects at `path` of a choice, registering its delayed consequences. */
function compileEffects(
  effects: readonly Effect[],
  card: string,
  choice: string,
  path: string,
  ctx: ChoiceContext,
): EffectStep[] {
  return effects.map((effect, i) => {
    const at = `${path}/${i}`;
    if (effect.type === 'delayed') {
      const compiled: CompiledDelayed = {
        afterTurns: effect.afterTurns,
        when: effect.when === undefined ? null : compileCondition(effect.when, ctx.phases),
        within: effect.within,
        effects: compileEffects(effect.effects, card, choice, `${at}/effects`, ctx),
      };
      ctx.delayed.set(delayedKey(card, choice, at), compiled);
      ctx.sites.set(card, choice, at, compiled);
    }
    return compileEffect(effect, ctx.lookups, { card, choice, path: at });
  });
}

/** Compiles one choice of a card. */
export function compileChoice(card: string, choice: Choice, ctx: ChoiceContext): CompiledChoice {
  const shown = compileCondition(choice.when, ctx.phases);
  const id = choice.id;
  return {
    choice,
    id,
    shown,
    available: availability(choice, shown, ctx.meters),
    effects: compileEffects(choice.effects, card, id, 'effects', ctx),
    cause: { card, choice: id },
    outcomes: (choice.outcomes ?? []).map((outcome, i) => ({
      when: compileCondition(outcome.when, ctx.phases),
      effects: compileEffects(outcome.effects, card, id, `outcomes/${i}/effects`, ctx),
      cause: { card, choice: id, via: 'outcome' },
    })),
    risks: (choice.risks ?? []).map((risk, i) => ({
      when: compileCondition(risk.when, ctx.phases),
      chance: risk.chance,
      effects: compileEffects(risk.effects, card, id, `risks/${i}/effects`, ctx),
      cause: { card, choice: id, via: 'risk' },
    })),
    involves: involvedFamilies(choice, ctx.actors),
    next: choice.next ?? null,
  };
}
