import { evaluate } from '../core/endings';
import { voicesOf } from './voice-view';
import type { GameState } from '../core/game-state';
import { linkEnds } from '../core/links';
import type { ScenarioIndex } from '../core/scenario-index';
import { sessionCodeOf } from '../core/session-code';
import { shownChoices } from '../core/turn';
import { FAMILIES, type Concept, type FamilyId, type Language } from '../scenario/format';
import { choiceViews, meterLabel } from './choice-view';
import { consequenceView } from './consequence-view';
import { localize } from './localize';
import type { ActorView, CardView, EndingView, LinkView, MeterView, ViewModel } from './view-model';

const isFamily = (id: string): id is FamilyId => (FAMILIES as readonly string[]).includes(id);

/** Everything the view builder needs besides the state. */
export interface ViewContext {
  index: ScenarioIndex;
  lang: Language;
  /** Concepts by id: the shared codex and the scenario's own. */
  concepts: ReadonlyMap<string, Concept>;
}

function actorView(
  id: string,
  state: GameState,
  ctx: ViewContext,
  met: ReadonlySet<string>,
): ActorView | null {
  const actor = ctx.index.actors.get(id);
  if (!actor) return null;
  return {
    id,
    family: actor.family,
    name: actor.name,
    role: localize(actor.role, ctx.lang),
    portrait: actor.portrait,
    x: actor.position.x,
    y: actor.position.y,
    met: met.has(id),
  };
}

function metActors(state: GameState, ctx: ViewContext): Set<string> {
  const met = new Set<string>();
  for (const record of state.log) {
    const speaker = ctx.index.cards.get(record.card)?.speaker;
    if (speaker) met.add(speaker);
  }
  const current = state.card ? ctx.index.cards.get(state.card)?.speaker : undefined;
  if (current) met.add(current);
  for (const key of Object.keys(state.links)) linkEnds(key).forEach((id) => met.add(id));
  return met;
}

function cardView(state: GameState, ctx: ViewContext, met: ReadonlySet<string>): CardView | null {
  if (state.screen !== 'card' || state.card === null) return null;
  const card = ctx.index.cards.get(state.card);
  const speaker = card ? actorView(card.speaker, state, ctx, met) : null;
  if (!card || !speaker) return null;
  const shown = shownChoices(card, state, ctx.index);
  const choices = choiceViews(shown, state, ctx);
  const open = new Set(choices.filter((c) => c.unavailable === null).map((c) => c.id));
  const costly = new Set(choices.flatMap((c) => c.costs.map((cost) => cost.meter)));
  return {
    id: card.id,
    speaker,
    text: localize(card.text, ctx.lang),
    choices,
    budget: ctx.index.scenario.meters
      .filter((meter) => costly.has(meter.id))
      .map((meter) => ({
        meter: meter.id,
        label: meterLabel(meter.id, ctx),
        left: Math.max(0, state.meters[meter.id] ?? 0),
      })),
    discussion: [
      ...(card.discussion ? [localize(card.discussion, ctx.lang)] : []),
      ...shown.flatMap((choice) =>
        open.has(choice.id) && choice.discussion ? [localize(choice.discussion, ctx.lang)] : [],
      ),
    ],
    facilitatorNote: card.facilitatorNote ? localize(card.facilitatorNote, ctx.lang) : null,
    key: card.key === true,
  };
}

function endingView(state: GameState, ctx: ViewContext): EndingView | null {
  const ending = state.ending === null ? undefined : ctx.index.endings.get(state.ending);
  if (state.screen !== 'ended' || !ending) return null;
  return {
    id: ending.id,
    kind: ending.kind,
    title: localize(ending.title, ctx.lang),
    text: localize(ending.text, ctx.lang),
    evaluation: evaluate(state, ctx.index),
    questions: (ending.debrief ?? []).map((q) => localize(q, ctx.lang)),
    voices: voicesOf(ending, ctx),
  };
}

/** The last turn's changes, by meter and by link, to animate what moved. */
function lastDeltas(state: GameState): {
  meters: Map<string, number>;
  links: Map<string, LinkView['change']>;
} {
  const meters = new Map<string, number>();
  const links = new Map<string, LinkView['change']>();
  const record = state.screen === 'consequence' ? state.log[state.log.length - 1] : undefined;
  for (const change of record?.changes ?? []) {
    if (change.kind === 'meter')
      meters.set(change.meter, (meters.get(change.meter) ?? 0) + change.to - change.from);
    if (change.kind === 'link') {
      const key = change.from < change.to ? `${change.from}|${change.to}` : `${change.to}|${change.from}`;
      links.set(
        key,
        change.before === 0 && change.after > 0
          ? 'new'
          : change.after === 0 && change.before > 0
            ? 'broken'
            : change.after > change.before
              ? 'stronger'
              : change.after < change.before
                ? 'weaker'
                : null,
      );
    }
  }
  return { meters, links };
}

/**
 * The expected number of decisions of a session, never below the decisions taken: the decisions of
 * the phases already over, then the current phase's turn limit (or more, when chained cards carry it
 * past its limit: the decisions taken in it, plus the card on show or the chained card to come), then
 * the turn limits of the phases ahead. A phase that ends early shrinks it; at the end it is the turns
 * played.
 */
export function expectedTurns(state: GameState, ctx: ViewContext): number {
  const { phases } = ctx.index;
  if (state.screen === 'ended') return state.turn;
  const pending = state.screen === 'card' || (state.screen === 'consequence' && state.chain !== null) ? 1 : 0;
  const current = phases[state.phaseIndex]?.maxTurns ?? 0;
  const ahead = phases.slice(state.phaseIndex + 1).reduce((sum, phase) => sum + phase.maxTurns, 0);
  return state.turn - state.phaseTurn + Math.max(current, state.phaseTurn + pending) + ahead;
}

/** Builds the view model of a state, in a language. Pure: the same state always gives the same view. */
export function buildViewModel(state: GameState, ctx: ViewContext): ViewModel {
  const { index, lang } = ctx;
  const phase = index.phases[state.phaseIndex] ?? index.phases[index.phases.length - 1];
  const met = metActors(state, ctx);
  const deltas = lastDeltas(state);
  const meters: MeterView[] = index.scenario.meters.map((def) => ({
    id: def.id,
    label: meterLabel(def.id, ctx),
    icon: def.icon ?? (isFamily(def.id) ? `family-${def.id}` : 'meter-generic'),
    value: state.meters[def.id] ?? def.initial,
    min: def.min,
    max: def.max,
    family: isFamily(def.id) ? def.id : null,
    delta: deltas.meters.get(def.id) ?? 0,
  }));
  const links: LinkView[] = Object.entries(state.links).map(([key, strength]) => {
    const [from, to] = linkEnds(key);
    return { from, to, strength, change: deltas.links.get(key) ?? null };
  });
  for (const [key, change] of deltas.links) {
    if (change === 'broken') {
      const [from, to] = linkEnds(key);
      links.push({ from, to, strength: 0, change });
    }
  }
  const expected = Math.max(1, expectedTurns(state, ctx));
  return {
    screen: state.screen,
    lang,
    scenario: {
      id: index.scenario.meta.id,
      title: localize(index.scenario.meta.title, lang),
      preview: index.scenario.meta.preview ?? 'none',
    },
    phase: {
      id: phase?.id ?? '',
      step: phase?.step ?? 'diagnostic',
      number: state.phaseIndex + 1,
      count: index.phases.length,
      title: localize(phase?.title, lang),
      intro: localize(phase?.intro, lang),
    },
    progress: {
      turn: state.turn,
      expectedTurns: expected,
      ratio: state.screen === 'ended' ? 1 : Math.min(1, state.turn / expected),
    },
    meters,
    actors: index.scenario.actors
      .map((a) => actorView(a.id, state, ctx, met))
      .filter((a): a is ActorView => a !== null),
    links,
    initiatives: Object.entries(state.initiatives).map(([id, status]) => ({
      id,
      name: localize(index.initiatives.get(id)?.name, lang),
      state: status.state,
      progress: status.progress,
    })),
    card: cardView(state, ctx, met),
    consequence: consequenceView(state, ctx),
    ending: endingView(state, ctx),
    sessionCode: sessionCodeOf(state, index),
  };
}
