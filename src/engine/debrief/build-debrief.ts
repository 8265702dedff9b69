import { evaluate } from '../../core/endings';
import { initialLinks, totalLinkStrength, type GameState, type TurnRecord } from '../../core/game-state';
import { linkEnds } from '../../core/links';
import { sessionCodeOf } from '../../core/session-code';
import { FAMILIES, type FamilyId } from '../../scenario/format';
import type { ViewContext } from '../build-view';
import { localize } from '../localize';
import { voicesOf } from '../voice-view';
import type {
  Debrief,
  EcosystemSnapshot,
  KeyDecision,
  MeterCurve,
  QuestionGroup,
  TimelineEntry,
} from './debrief-types';
import { delayedChains, statedRisks } from './chains';
import type { Trace } from './consequences';
import { tellStory } from './story';

const isFamily = (id: string): id is FamilyId => (FAMILIES as readonly string[]).includes(id);

/** The total movement of the meters during a turn. */
export function swingOf(record: TurnRecord): number {
  let swing = 0;
  for (const change of record.changes)
    if (change.kind === 'meter') swing += Math.abs(change.to - change.from);
  return swing;
}

function snapshot(links: Record<string, number>, ctx: ViewContext): EcosystemSnapshot {
  return {
    actors: ctx.index.scenario.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      family: actor.family,
      x: actor.position.x,
      y: actor.position.y,
    })),
    links: Object.entries(links)
      .filter(([, strength]) => strength > 0)
      .map(([key, strength]) => {
        const [from, to] = linkEnds(key);
        return { from, to, strength };
      }),
    density: totalLinkStrength(links),
  };
}

function phaseTitle(id: string, ctx: ViewContext): string {
  return localize(ctx.index.phases.find((phase) => phase.id === id)?.title, ctx.lang);
}

/**
 * Key decisions: the story's turning points (three to five, chosen by their consequences and spread over
 * the phases, so a long session's key decisions come from at least three phases), in play order.
 */
function keyDecisions(state: GameState, ctx: ViewContext, points: readonly Trace[]): KeyDecision[] {
  return points.flatMap(({ index, score }) => {
    const record = state.log[index];
    const card = record ? ctx.index.cards.get(record.card) : undefined;
    if (!record || !card) return [];
    const chosen = card.choices.find((choice) => choice.id === record.choice);
    return [
      {
        turn: record.turn,
        phaseTitle: phaseTitle(record.phase, ctx),
        speaker: ctx.index.actors.get(card.speaker)?.name ?? card.speaker,
        situation: localize(card.text, ctx.lang),
        chosen: { text: localize(chosen?.text, ctx.lang), feedback: localize(chosen?.feedback, ctx.lang) },
        notTaken: card.choices
          .filter((choice) => choice.id !== record.choice)
          .map((choice) => ({
            text: localize(choice.text, ctx.lang),
            feedback: localize(choice.feedback, ctx.lang),
          })),
        swing: swingOf(record),
        weight: score,
      },
    ];
  });
}

function questions(state: GameState, ctx: ViewContext): QuestionGroup[] {
  const played = new Set(state.log.map((record) => record.phase));
  const groups: QuestionGroup[] = ctx.index.phases
    .filter((phase) => played.has(phase.id) && (phase.debrief ?? []).length > 0)
    .map((phase) => ({
      kind: 'phase' as const,
      title: localize(phase.title, ctx.lang),
      questions: (phase.debrief ?? []).map((q) => localize(q, ctx.lang)),
    }));
  const ending = state.ending === null ? undefined : ctx.index.endings.get(state.ending);
  if (ending && (ending.debrief ?? []).length > 0)
    groups.push({
      kind: 'ending',
      title: localize(ending.title, ctx.lang),
      questions: (ending.debrief ?? []).map((q) => localize(q, ctx.lang)),
    });
  return groups;
}

/** The whole debrief of an ended session, from its state and log. Pure. */
export function buildDebrief(state: GameState, ctx: ViewContext): Debrief {
  const { index, lang } = ctx;
  const ending = state.ending === null ? undefined : index.endings.get(state.ending);
  const curves: MeterCurve[] = index.scenario.meters.map((def) => ({
    id: def.id,
    label: localize(def.label, lang) || def.id,
    family: isFamily(def.id) ? def.id : null,
    min: def.min,
    max: def.max,
    values: [def.initial, ...state.log.map((record) => record.meters[def.id] ?? def.initial)],
  }));
  const start = snapshot(initialLinks(index), ctx);
  const end = snapshot(state.links, ctx);
  const evaluation = evaluate(state, index);
  const endingInfo = {
    id: ending?.id ?? '',
    kind: ending?.kind ?? 'partial',
    title: localize(ending?.title, lang),
    text: localize(ending?.text, lang),
    voices: voicesOf(ending, ctx),
  };
  const story = tellStory({ state, ctx, curves, start, end, evaluation, ending: endingInfo });
  const keys = keyDecisions(state, ctx, story.turningPoints);
  const keyTurns = new Set(keys.map((k) => k.turn));
  const timeline: TimelineEntry[] = state.log.map((record) => {
    const card = index.cards.get(record.card);
    return {
      turn: record.turn,
      phaseTitle: phaseTitle(record.phase, ctx),
      speaker: card ? (index.actors.get(card.speaker)?.name ?? card.speaker) : record.card,
      choiceText: localize(index.choices.get(record.card)?.get(record.choice)?.text, lang),
      meters: { ...record.meters },
      key: keyTurns.has(record.turn),
    };
  });
  return {
    scenarioTitle: localize(index.scenario.meta.title, lang),
    ending: endingInfo,
    evaluation,
    story: story.paragraphs,
    storyParts: story.parts,
    storyTurns: story.turns,
    decisiveTurn: story.decisive?.record.turn ?? null,
    decisiveParagraph: story.decisiveParagraph,
    timeline,
    curves,
    ecosystem: { start, end },
    keyDecisions: keys,
    questions: questions(state, ctx),
    chains: delayedChains(state, ctx),
    risks: statedRisks(state, ctx),
    sessionCode: sessionCodeOf(state, index),
  };
}
