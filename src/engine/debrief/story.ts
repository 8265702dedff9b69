import type { GameState, TurnRecord } from '../../core/game-state';
import { DIMENSIONS, type Dimension } from '../../scenario/format';
import type { ViewContext } from '../build-view';
import { localize } from '../localize';
import type { Debrief, EcosystemSnapshot, MeterCurve } from './debrief-types';
import { storyMessages, type StoryMessages } from './story-messages';

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

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Picks a variant from the data, so wording changes from one session to the next. */
function pick<T>(variants: readonly T[], seed: number): T {
  const variant = variants[Math.abs(seed) % variants.length];
  if (variant === undefined) throw new Error('no variant');
  return variant;
}

function list(items: readonly string[], m: StoryMessages): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${m.and} ${items[items.length - 1] ?? ''}`;
}

function swing(record: TurnRecord): number {
  let total = 0;
  for (const change of record.changes)
    if (change.kind === 'meter') total += Math.abs(change.to - change.from);
  return total;
}

/** Icons that mark a meter as a resource (time and energy, money). */
const RESOURCE_ICONS: ReadonlySet<string> = new Set(['meter-time', 'meter-budget']);

/**
 * The resources of the game: the meters that choices spend (`cost` effects) or that show as time or
 * money, such as the facilitator's time and energy or a budget. They are not strengths or weaknesses
 * of the territory, so the story tells them apart.
 */
export function resourceMeters(ctx: ViewContext): Set<string> {
  const spent = new Set<string>();
  for (const meter of ctx.index.scenario.meters)
    if (meter.icon !== undefined && RESOURCE_ICONS.has(meter.icon)) spent.add(meter.id);
  for (const card of ctx.index.scenario.cards)
    for (const choice of card.choices)
      for (const effect of choice.effects) if (effect.type === 'cost') spent.add(effect.meter);
  return spent;
}

/** A quoted text as the end of a sentence: a full stop is added unless it already ends one. */
function closing(quoted: string, text: string): string {
  return /[.!?…]$/.test(text.trim()) ? quoted : `${quoted}.`;
}

function opening(input: StoryInput, m: StoryMessages): string {
  const { ctx, curves, state } = input;
  const resources = resourceMeters(ctx);
  const ratio = (c: MeterCurve): number => ((c.values[0] ?? c.min) - c.min) / Math.max(1, c.max - c.min);
  const territory = curves.filter((c) => !resources.has(c.id));
  const sorted = [...territory].sort((a, b) => ratio(a) - ratio(b));
  const weakest = sorted[0];
  const strongest = sorted[sorted.length - 1];
  const own = curves
    .filter((c) => resources.has(c.id))
    .map((c) => m.resource(c.label, c.values[0] ?? c.min, c.max));
  const first = pick(
    m.opening,
    state.seed,
  )({
    title: localize(ctx.index.scenario.meta.title, ctx.lang),
    territory: m.territory[ctx.index.scenario.meta.territory],
    people: ctx.index.scenario.actors.length,
    weakest: weakest?.label ?? '',
    strongest: strongest?.label ?? '',
  });
  return own.length > 0 ? `${first} ${m.resources(list(own, m))}` : first;
}

/** The turning point of one phase: its biggest swing, told with the speaker, the choice, the effects. */
function phaseSentences(
  records: readonly TurnRecord[],
  input: StoryInput,
  m: StoryMessages,
  met: Set<string>,
  order: number,
): string {
  const { ctx } = input;
  const turning = [...records].sort((a, b) => swing(b) - swing(a) || a.turn - b.turn)[0];
  if (!turning) return '';
  const card = ctx.index.cards.get(turning.card);
  const speaker = card ? ctx.index.actors.get(card.speaker) : undefined;
  const phase = ctx.index.phases.find((p) => p.id === turning.phase);
  const choice = localize(ctx.index.choices.get(turning.card)?.get(turning.choice)?.text, ctx.lang);
  const told = {
    phase: localize(phase?.title, ctx.lang),
    speaker: speaker?.name ?? '',
    choice,
  };
  const variant = order + input.state.seed;
  const parts = [
    closing(
      speaker && met.has(speaker.id)
        ? pick(m.turningAgain, variant)(told)
        : pick(m.turning, variant)({ ...told, role: lowerFirst(localize(speaker?.role, ctx.lang)) }),
      choice,
    ),
  ];
  if (speaker) met.add(speaker.id);
  const label = (id: string): string => m.quote(localize(ctx.index.meters.get(id)?.label, ctx.lang) || id);
  const up: string[] = [];
  const down: string[] = [];
  for (const change of turning.changes) {
    if (change.kind !== 'meter' || change.to === change.from) continue;
    const target = change.to > change.from ? up : down;
    if (!target.includes(label(change.meter))) target.push(label(change.meter));
  }
  if (up.length > 0) parts.push(m.rose(list(up, m)));
  if (down.length > 0) parts.push(m.fell(list(down, m), up.length > 0));
  if (up.length === 0 && down.length === 0) parts.push(m.calm);
  return parts.join(' ');
}

/** Phases played, in order, grouped into at most `max` paragraphs. */
function phaseParagraphs(input: StoryInput, m: StoryMessages, max: number): string[] {
  const byPhase = new Map<string, TurnRecord[]>();
  for (const record of input.state.log)
    byPhase.set(record.phase, [...(byPhase.get(record.phase) ?? []), record]);
  const met = new Set<string>();
  const sentences = [...byPhase.values()]
    .map((records, order) => phaseSentences(records, input, m, met, order))
    .filter(Boolean);
  const size = Math.max(1, Math.ceil(sentences.length / max));
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += size) paragraphs.push(sentences.slice(i, i + size).join(' '));
  return paragraphs;
}

function ecosystemParagraph(input: StoryInput, m: StoryMessages): string {
  const { start, end, ctx, state } = input;
  const name = (id: string): string => ctx.index.actors.get(id)?.name ?? id;
  const key = (l: { from: string; to: string }): string => [l.from, l.to].sort().join('|');
  const before = new Map(start.links.map((l) => [key(l), l.strength]));
  const after = new Map(end.links.map((l) => [key(l), l.strength]));
  const pair = (k: string): string => {
    const [a = '', b = ''] = k.split('|');
    return m.pair(name(a), name(b));
  };
  const formed = [...after.keys()].filter((k) => !before.has(k));
  const lost = [...before.keys()].filter((k) => (after.get(k) ?? 0) < (before.get(k) ?? 0));
  const grown = [...after.keys()].filter((k) => (after.get(k) ?? 0) > (before.get(k) ?? 0));
  const parts: string[] = [];
  if (end.density > start.density && grown.length > 0)
    parts.push(
      m.threadsGrew({
        from: start.density,
        to: end.density,
        pairs: grown.slice(0, 3).map(pair).join(m.pairSeparator),
      }),
    );
  else if (formed.length > 0)
    parts.push(m.threadsNew({ pairs: formed.slice(0, 3).map(pair).join(m.pairSeparator) }));
  if (lost.length > 0) parts.push(m.threadsLost({ pairs: lost.slice(0, 3).map(pair).join(m.pairSeparator) }));
  if (parts.length === 0) parts.push(m.threadsSame({ count: end.links.length }));
  const good: string[] = [];
  const failed: string[] = [];
  for (const [id, status] of Object.entries(state.initiatives)) {
    const label = m.quote(localize(ctx.index.initiatives.get(id)?.name, ctx.lang) || id);
    if (status.state === 'failed') failed.push(label);
    else if (status.state === 'running' || status.state === 'consolidated') good.push(label);
  }
  if (good.length > 0) parts.push(m.initiativesGood({ names: list(good, m), count: good.length }));
  if (failed.length > 0)
    parts.push(
      m.initiativesFailed({ names: list(failed, m), count: failed.length, afterGood: good.length > 0 }),
    );
  return parts.join(' ');
}

function endingParagraph(input: StoryInput, m: StoryMessages): string {
  const ranked = [...DIMENSIONS].sort((a, b) => input.evaluation[b] - input.evaluation[a]);
  const best = ranked[0] ?? 'cooperation';
  const worst = ranked[ranked.length - 1] ?? 'durability';
  return pick(
    m.ending[input.ending.kind],
    input.state.log.length,
  )({
    title: input.ending.title,
    best: m.dimension[best],
    worst: m.dimension[worst],
  });
}

/**
 * The story of the territory told back from the session log, in 3–5 paragraphs: the arrival, the
 * turning point of each phase (grouped), the threads and initiatives, the ending. Pure.
 */
export function tellStory(input: StoryInput): string[] {
  const m = storyMessages(input.ctx.lang);
  return [
    opening(input, m),
    ...phaseParagraphs(input, m, 2),
    ecosystemParagraph(input, m),
    endingParagraph(input, m),
  ].filter((paragraph) => paragraph.length > 0);
}
