import type { GameState } from '../../core/game-state';
import type { ViewContext } from '../build-view';
import { localize } from '../localize';
import type { FamilyId } from '../../scenario/format';

/** A concept of the codex, met through a choice. */
export interface CodexConcept {
  id: string;
  title: string;
  text: string;
  /** Where the concept comes from (a source document or reference). */
  source: string;
}

/** A person met during the session. */
export interface CodexActor {
  id: string;
  name: string;
  role: string;
  family: FamilyId;
  portrait: string;
}

/** What the codex shows: the concepts and the people met so far, in order of first meeting. */
export interface CodexView {
  concepts: CodexConcept[];
  actors: CodexActor[];
}

/** The codex of a session: updated by play (choices made, speakers met). Pure. */
export function codexEntries(state: GameState, ctx: ViewContext): CodexView {
  const conceptIds = new Set<string>();
  const actorIds = new Set<string>();
  for (const record of state.log) {
    const card = ctx.index.cards.get(record.card);
    if (card) actorIds.add(card.speaker);
    for (const id of ctx.index.choices.get(record.card)?.get(record.choice)?.concepts ?? [])
      conceptIds.add(id);
  }
  const current = state.card === null ? undefined : ctx.index.cards.get(state.card);
  if (current) actorIds.add(current.speaker);
  const concepts: CodexConcept[] = [];
  for (const id of conceptIds) {
    const concept = ctx.concepts.get(id);
    concepts.push({
      id,
      title: localize(concept?.title, ctx.lang) || id,
      text: localize(concept?.text, ctx.lang),
      source: concept?.source ?? '',
    });
  }
  const actors: CodexActor[] = [];
  for (const id of actorIds) {
    const actor = ctx.index.actors.get(id);
    if (!actor) continue;
    actors.push({
      id,
      name: actor.name,
      role: localize(actor.role, ctx.lang),
      family: actor.family,
      portrait: actor.portrait,
    });
  }
  return { concepts, actors };
}
