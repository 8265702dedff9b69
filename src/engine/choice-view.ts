/**
 * The choices of the card on show, as the player sees them before choosing: text, costs and stated
 * risk (always), the families at stake or the meters they move (per the scenario's `preview`), and why
 * one that cannot be afforded is unavailable.
 */
import type { GameState } from '../core/game-state';
import { costShortfalls, isChoiceAvailable } from '../core/turn';
import type { Choice, Effect } from '../scenario/format';
import type { ViewContext } from './build-view';
import { chanceWords } from './chance-words';
import { localize } from './localize';
import type { ChoicePreviewItem, ChoiceUnavailable, ChoiceView, CostView, RiskView } from './view-model';

/** The label of a meter, in the player's language (its id when it has none). */
export function meterLabel(id: string, ctx: ViewContext): string {
  return localize(ctx.index.meters.get(id)?.label, ctx.lang) || id;
}

/** The immediate effects of a choice now: its own, and those of the outcome that applies now. */
function immediateEffects(choice: Choice, state: GameState, ctx: ViewContext): readonly Effect[] {
  const compiled = ctx.index.rules.byChoice.get(choice);
  const outcome = compiled?.outcomes.findIndex((o) => o.when(state)) ?? -1;
  const effects = choice.outcomes?.[outcome]?.effects;
  return effects ? [...choice.effects, ...effects] : choice.effects;
}

function previewOf(choice: Choice, state: GameState, ctx: ViewContext): ChoicePreviewItem[] {
  const mode = ctx.index.scenario.meta.preview ?? 'none';
  if (mode !== 'which' && mode !== 'direction') return [];
  const items = new Map<string, ChoicePreviewItem>();
  for (const effect of immediateEffects(choice, state, ctx)) {
    if (effect.type !== 'meter' && effect.type !== 'cost') continue;
    const delta = effect.type === 'meter' ? effect.delta : -effect.amount;
    if (delta === 0) continue;
    items.set(effect.meter, {
      meter: effect.meter,
      label: meterLabel(effect.meter, ctx),
      direction: mode === 'direction' ? (delta > 0 ? 'up' : 'down') : null,
    });
  }
  return [...items.values()];
}

/** The choice's stated risk now (the first whose condition holds), or null. */
export function riskNow(choice: Choice, state: GameState, ctx: ViewContext): RiskView | null {
  const compiled = ctx.index.rules.byChoice.get(choice);
  const index = compiled?.risks.findIndex((risk) => risk.when(state)) ?? -1;
  const risk = choice.risks?.[index];
  return risk ? riskView(risk.label, risk.chance, ctx) : null;
}

/** A risk as shown: its label and its chance in words and figures. */
export function riskView(label: Choice['text'], chance: number, ctx: ViewContext): RiskView {
  return { label: localize(label, ctx.lang), chance, words: chanceWords(chance, ctx.lang) };
}

function costsOf(choice: Choice, ctx: ViewContext): CostView[] {
  return choice.effects.flatMap((effect) =>
    effect.type === 'cost'
      ? [{ meter: effect.meter, label: meterLabel(effect.meter, ctx), amount: effect.amount }]
      : [],
  );
}

/** "You would need 3 Time and energy; you have 1", one sentence per cost the meters cannot pay. */
const SHORTFALL: Record<ViewContext['lang'], (label: string, amount: number, available: number) => string> = {
  fr: (label, amount, available) =>
    `Il vous faudrait ${amount} de ${label}, il vous en reste ${Math.max(0, available)}.`,
  en: (label, amount, available) => `You would need ${amount} ${label}; you have ${Math.max(0, available)}.`,
};

function unavailableOf(choice: Choice, state: GameState, ctx: ViewContext): ChoiceUnavailable | null {
  const costs = costShortfalls(choice, state, ctx.index).map((cost) => ({
    ...cost,
    label: meterLabel(cost.meter, ctx),
  }));
  const say = SHORTFALL[ctx.lang];
  return { costs, reason: costs.map((cost) => say(cost.label, cost.amount, cost.available)).join(' ') };
}

/**
 * The choices on show: those whose condition holds, numbered in authored order; one the player cannot
 * afford is kept, marked unavailable with its reason (the engine still refuses it).
 */
export function choiceViews(choices: readonly Choice[], state: GameState, ctx: ViewContext): ChoiceView[] {
  const stakes = (ctx.index.scenario.meta.preview ?? 'none') === 'stakes';
  const views: ChoiceView[] = [];
  choices.forEach((choice, i) => {
    const unavailable = isChoiceAvailable(choice, state, ctx.index)
      ? null
      : unavailableOf(choice, state, ctx);
    if (unavailable && unavailable.costs.length === 0) return;
    views.push({
      id: choice.id,
      number: i + 1,
      text: localize(choice.text, ctx.lang),
      preview: previewOf(choice, state, ctx),
      stakes: stakes ? [...(ctx.index.rules.byChoice.get(choice)?.involves ?? [])] : [],
      costs: costsOf(choice, ctx),
      risk: riskNow(choice, state, ctx),
      unavailable,
    });
  });
  return views;
}
