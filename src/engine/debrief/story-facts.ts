/**
 * The facts of the story that are not turning points, gathered from the session in the player's
 * language: the opening situation, the threads and initiatives at the end, and what a turning point
 * led to later, in words. Pure.
 */
import { effectAt } from '../../core/effect-at';
import type { ViewContext } from '../build-view';
import { localize } from '../localize';
import { FAMILIES } from '../../scenario/format';
import type { LaterEvent, Trace } from './consequences';
import type { Person } from './person';
import type { StoryInput } from './story';
import type { EcosystemFacts, LaterFact, OpeningFacts, When } from './story-messages';

/** The opening situation: the territory, its people, the families' trust and the resources at the start. */
export function openingFacts(input: StoryInput, resources: ReadonlySet<string>): OpeningFacts {
  const { ctx } = input;
  const trust = FAMILIES.flatMap((family) => {
    const def = ctx.index.meters.get(family);
    return def ? [{ family, value: def.initial }] : [];
  }).sort((a, b) => b.value - a.value);
  return {
    title: localize(ctx.index.scenario.meta.title, ctx.lang),
    territory: ctx.index.scenario.meta.territory,
    people: ctx.index.scenario.actors.length,
    links: input.start.links.length,
    trust,
    resources: input.curves
      .filter((c) => resources.has(c.id))
      .map((c) => ({ label: c.label, value: c.values[0] ?? c.min, max: c.max })),
  };
}

/** The threads at the start and the end, and the initiatives under way or failed. */
export function ecosystemFacts(input: StoryInput): EcosystemFacts {
  const { start, end, ctx, state } = input;
  const name = (id: string): string => ctx.index.actors.get(id)?.name ?? id;
  const key = (l: { from: string; to: string }): string => [l.from, l.to].sort().join('|');
  const before = new Map(start.links.map((l) => [key(l), l.strength]));
  const after = new Map(end.links.map((l) => [key(l), l.strength]));
  const pair = (k: string): [string, string] => {
    const [a = '', b = ''] = k.split('|');
    return [name(a), name(b)];
  };
  const grown = [...after.keys()]
    .filter((k) => (after.get(k) ?? 0) > (before.get(k) ?? 0))
    .sort(
      (a, b) => (after.get(b) ?? 0) - (before.get(b) ?? 0) - ((after.get(a) ?? 0) - (before.get(a) ?? 0)),
    );
  const lost = [...before.keys()].filter((k) => (after.get(k) ?? 0) < (before.get(k) ?? 0));
  const running: string[] = [];
  const failed: string[] = [];
  for (const [id, status] of Object.entries(state.initiatives)) {
    const label = localize(ctx.index.initiatives.get(id)?.name, ctx.lang) || id;
    if (status.state === 'failed') failed.push(label);
    else if (status.state === 'running' || status.state === 'consolidated') running.push(label);
  }
  return {
    from: start.density,
    to: end.density,
    grown: grown.slice(0, 3).map(pair),
    lost: lost.slice(0, 3).map(pair),
    links: end.links.length,
    running,
    failed,
  };
}

/** What the story needs to tell what a turning point led to. */
export interface LaterTools {
  ctx: ViewContext;
  when: (phase: string) => When;
  person: (id: string) => Person | null;
  endingTitle: string;
}

/** What a turning point led to, in words: its return visits and the people it brought told first. */
export function laterFacts(trace: Trace, speaker: Person, t: LaterTools): LaterFact[] {
  const { ctx } = t;
  const soon = (phase: string): boolean => phase === trace.record.phase;
  const returned: { when: When; soon: boolean }[] = [];
  const brought: { person: Person; when: When; soon: boolean }[] = [];
  const others: LaterFact[] = [];
  for (const event of trace.later) {
    if (event.kind === 'opened') {
      const who = t.person(ctx.index.cards.get(event.card)?.speaker ?? '');
      const at = { when: t.when(event.phase), soon: soon(event.phase) };
      if (who?.id === speaker.id) returned.push(at);
      else if (who && !brought.some((b) => b.person.id === who.id)) brought.push({ person: who, ...at });
    } else {
      const fact = otherFact(event, trace, t);
      const same = others.find(
        (o) => o.kind === 'initiative' && fact?.kind === 'initiative' && o.state === fact.state,
      );
      if (same?.kind === 'initiative' && fact?.kind === 'initiative') same.names.push(...fact.names);
      else if (fact) others.push(fact);
    }
  }
  // Every delayed consequence that came back is told; then at most two other facts, the people first.
  const delayed = others.filter((f) => f.kind === 'delayed');
  const rank: Record<LaterFact['kind'], number> = {
    delayed: 0,
    returned: 1,
    brought: 2,
    ending: 3,
    initiative: 4,
    evaluation: 5,
  };
  const rest: LaterFact[] = [
    ...(returned.length > 0 ? [{ kind: 'returned' as const, times: returned.slice(0, 2) }] : []),
    ...(brought.length > 0 ? [{ kind: 'brought' as const, groups: byMoment(brought.slice(0, 3)) }] : []),
    ...others.filter((f) => f.kind !== 'delayed'),
  ].sort((a, b) => rank[a.kind] - rank[b.kind]);
  return [...delayed, ...rest.slice(0, 2)];
}

/** People grouped by the moment they came (in order of their first coming). */
function byMoment(
  people: readonly { person: Person; when: When; soon: boolean }[],
): { people: Person[]; when: When; soon: boolean }[] {
  const groups: { people: Person[]; when: When; soon: boolean }[] = [];
  for (const { person, when, soon } of people) {
    const group = groups.find((g) => g.soon === soon && (soon || g.when === when));
    if (group) group.people.push(person);
    else groups.push({ people: [person], when, soon });
  }
  return groups;
}

function otherFact(
  event: Exclude<LaterEvent, { kind: 'opened' }>,
  trace: Trace,
  t: LaterTools,
): LaterFact | null {
  const { ctx } = t;
  switch (event.kind) {
    case 'delayed': {
      const choice = ctx.index.choices.get(trace.record.card)?.get(trace.record.choice);
      const effect = effectAt(choice, event.path);
      const text = effect?.type === 'delayed' ? localize(effect.text, ctx.lang) : '';
      return text
        ? { kind: 'delayed', when: t.when(event.phase), samePhase: event.phase === trace.record.phase, text }
        : null;
    }
    case 'initiative':
      return {
        kind: 'initiative',
        names: [localize(ctx.index.initiatives.get(event.initiative)?.name, ctx.lang) || event.initiative],
        state: event.state,
      };
    case 'ending':
      return { kind: 'ending', title: t.endingTitle };
    case 'evaluation':
      return { kind: 'evaluation', dimensions: event.dimensions };
  }
}
