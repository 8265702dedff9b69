/**
 * The story of the territory told back from the session log ("mise en récit"), by a chronicler, in the
 * past tense: the opening situation; three to five turning points spread over the phases, chosen by
 * their consequences, each with who spoke, what was chosen and what it led to later (delayed
 * consequences, the cards its flags opened, the ending it weighed on); where each family stands at the
 * end and why; the threads and the initiatives; the ending's meaning, consistent with its evaluation,
 * and what people say at the end. Pure.
 */
import { frenchSpacing } from '../../core/french-spacing';
import type { GameState } from '../../core/game-state';
import { onlyChoiceOpen } from './only-choice';
import { resourceMeters } from '../analysis/static-costs';
import type { ViewContext } from '../build-view';
import { localize } from '../localize';
import { FAMILIES, type Dimension, type FamilyId, type MethodStep } from '../../scenario/format';
import type { Debrief, EcosystemSnapshot, MeterCurve } from './debrief-types';
import { traceDecisions, type Trace } from './consequences';
import { personOf, type Person } from './person';
import { dimensionBand, standings } from './standings';
import { chanceWords } from '../chance-words';
import { ecosystemFacts, laterFacts, openingFacts } from './story-facts';
import { storyMessages, type StoryMessages, type When } from './story-messages';
import { decisive, turningPoints } from './turning-points';
import { choiceClause, firstWords, isQuote } from './wording';

/** What the story is told from. */
export interface StoryInput {
  state: GameState;
  ctx: ViewContext;
  curves: readonly MeterCurve[];
  start: EcosystemSnapshot;
  end: EcosystemSnapshot;
  evaluation: Record<Dimension, number>;
  ending: Debrief['ending'];
}

/** What a paragraph of the story tells. */
export type StoryPart = 'opening' | 'turning' | 'standings' | 'ecosystem' | 'ending';

/** The story's paragraphs and the turning points it tells. */
export interface ToldStory {
  paragraphs: string[];
  /** What each paragraph tells (same order as `paragraphs`). */
  parts: StoryPart[];
  /** The turn of the turning point each paragraph tells (null for the other paragraphs). */
  turns: (number | null)[];
  /** The turning points, in play order (their place in the log). */
  turningPoints: Trace[];
  decisive: Trace | undefined;
  /** The paragraph that tells the decisive turning point (null when none is told). */
  decisiveParagraph: number | null;
  traces: Trace[];
}

/** The stems of the method's steps in a phase's French title ("Diagnostic partagé", "Mobilisation"). */
const STEP_STEMS: Record<MethodStep, RegExp> = {
  diagnostic: /diagnostic/i,
  mobilisation: /mobilis/i,
  coconstruction: /co-?construction/i,
  experimentation: /exp[ée]riment/i,
  evaluation: /[ée]valuation/i,
};

/**
 * How the story says when a phase happened: by its method step ("pendant le diagnostic") when every
 * phase is titled after its own step, else by the phase's title ("à l'étape « Le soir du club »").
 */
export function whenWords(ctx: ViewContext, m: StoryMessages): (phaseId: string) => When {
  const phases = ctx.index.phases;
  const steps = phases.map((p) => p.step);
  const byStep =
    new Set(steps).size === steps.length && phases.every((p) => STEP_STEMS[p.step].test(p.title.fr));
  return (phaseId) => {
    const phase = phases.find((p) => p.id === phaseId);
    if (!phase) return m.phase(phaseId);
    return byStep ? m.step[phase.step] : m.phase(localize(phase.title, ctx.lang));
  };
}

/** Tells a session's story. */
export function tellStory(input: StoryInput): ToldStory {
  const { ctx, state } = input;
  const m = storyMessages(ctx.lang);
  const resources = resourceMeters(ctx.index.scenario);
  const traces = traceDecisions(state, ctx.index, resources);
  const points = turningPoints(traces);
  const top = decisive(points);
  const when = whenWords(ctx, m);
  const met = new Set<string>();
  const person = (id: string): Person | null => {
    const actor = ctx.index.actors.get(id);
    return actor ? personOf(actor, ctx.lang) : null;
  };
  const speakerOf = (trace: Trace): Person | null =>
    person(ctx.index.cards.get(trace.record.card)?.speaker ?? '');

  const paragraphs: string[] = [m.opening(openingFacts(input, resources))];
  const parts: StoryPart[] = ['opening'];
  const turns: (number | null)[] = [];
  const spokeAt = new Map<string, When>();
  let decisiveParagraph: number | null = null;
  points.forEach((trace, order) => {
    const speaker = speakerOf(trace);
    if (!speaker) return;
    const record = trace.record;
    const card = ctx.index.cards.get(record.card);
    const choice = ctx.index.choices.get(record.card)?.get(record.choice);
    const text = localize(card?.text, ctx.lang);
    const later = laterFacts(trace, speaker, { ctx, when, person, endingTitle: input.ending.title });
    const moves = trace.immediate
      .filter((d): d is { meter: FamilyId; delta: number } =>
        (FAMILIES as readonly string[]).includes(d.meter),
      )
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
      .map((d) => ({ family: d.meter, delta: d.delta }));
    const others = trace.immediate
      .filter(
        (d) =>
          !resources.has(d.meter) &&
          !(FAMILIES as readonly string[]).includes(d.meter) &&
          Math.abs(d.delta) >= 3,
      )
      .map((d) => ({
        label: localize(ctx.index.meters.get(d.meter)?.label, ctx.lang) || d.meter,
        delta: d.delta,
      }));
    const risk = record.risk && choice?.risks?.[record.risk.index];
    parts.push('turning');
    turns[paragraphs.length] = record.turn;
    paragraphs.push(
      m.turning({
        order,
        when: when(record.phase),
        speaker,
        firstMeeting: !met.has(speaker.id),
        said: isQuote(text) ? firstWords(text) : null,
        choice: choiceClause(choice?.text.fr ?? '', localize(choice?.text, ctx.lang), ctx.lang),
        forced: onlyChoiceOpen(state, ctx.index, trace.index),
        risk:
          risk && record.risk
            ? {
                label: localize(risk.label, ctx.lang),
                words: chanceWords(record.risk.chance, ctx.lang),
                happened: record.risk.happened,
              }
            : null,
        moves,
        others,
        later,
        decisive: trace === top && points.length > 1,
      }),
    );
    if (trace === top) decisiveParagraph = paragraphs.length - 1;
    met.add(speaker.id);
    if (!spokeAt.has(speaker.id)) spokeAt.set(speaker.id, when(record.phase));
    for (const fact of later)
      if (fact.kind === 'brought')
        for (const group of fact.groups) for (const p of group.people) met.add(p.id);
  });

  /** Whether a person is met for the first time here (then their role is told); they are met after. */
  const meet = (who: Person): boolean => {
    const first = !met.has(who.id);
    met.add(who.id);
    return first;
  };
  const told = standings(state, ctx.index).map((s) => {
    const b = s.because;
    const origin = b?.kind === 'decision' ? traces[b.index] : undefined;
    const who = origin ? speakerOf(origin) : null;
    return {
      ...s,
      because:
        b?.kind === 'decision'
          ? who && origin
            ? {
                kind: 'decision' as const,
                person: who,
                when: when(origin.record.phase),
                delayed: b.delayed,
                firstMeeting: meet(who),
              }
            : null
          : b,
    };
  });
  // Standings and threads can be empty (a scenario without family meters or links): then left out.
  const middle: [StoryPart, string][] = [
    ['standings', m.standings(told)],
    ['ecosystem', m.ecosystem(ecosystemFacts(input))],
  ];
  for (const [part, text] of middle)
    if (text) {
      parts.push(part);
      paragraphs.push(text);
    }
  const bands = Object.fromEntries(
    Object.entries(input.evaluation).map(([d, v]) => [d, dimensionBand(v)]),
  ) as Record<Dimension, ReturnType<typeof dimensionBand>>;
  parts.push('ending');
  paragraphs.push(
    m.ending({
      kind: input.ending.kind,
      title: input.ending.title,
      bands,
      voices: input.ending.voices.flatMap((voice) => {
        const who = person(voice.speaker);
        if (!who) return [];
        const first = !met.has(who.id);
        met.add(who.id);
        return [{ person: who, text: voice.text, firstMeeting: first, spokeAt: spokeAt.get(who.id) ?? null }];
      }),
    }),
  );
  return {
    // The templates write plain spaces; French typography is set on the whole paragraph.
    paragraphs: ctx.lang === 'fr' ? paragraphs.map(frenchSpacing) : paragraphs,
    parts,
    turns: paragraphs.map((_, i) => turns[i] ?? null),
    turningPoints: points,
    decisive: top,
    decisiveParagraph,
    traces,
  };
}
