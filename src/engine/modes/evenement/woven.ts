import { initialLinks, type GameState } from '../../../core/game-state';
import { linkEnds } from '../../../core/links';
import type { ScenarioIndex } from '../../../core/scenario-index';
import {
  FAMILIES,
  type Audience,
  type FamilyId,
  type InitiativeState,
  type Scenario,
} from '../../../scenario/format';

/** A thread of the final ecosystem, and how it compares with the start. */
export interface WovenThread {
  from: string;
  to: string;
  strength: number;
  /** `new`: woven during the game; `stronger`: there at the start and strengthened; `kept`: unchanged. */
  story: 'new' | 'stronger' | 'kept';
  /** The two ends belong to different families (the cooperation the game is about). */
  crossFamily: boolean;
}

/** "Ce que vous avez tissé": the picture of the ecosystem the player built, for the final summary card. */
export interface WovenSummary {
  threads: WovenThread[];
  /** Threads lost since the start. */
  broken: { from: string; to: string }[];
  /** Actors with at least one thread at the end. */
  connected: string[];
  /** For each family, how many of its actors are connected. */
  families: Record<FamilyId, { connected: number; total: number }>;
  /** Initiatives past the idea stage (failed ones excluded). */
  initiatives: { id: string; state: InitiativeState }[];
  /** Totals for the headline: new threads, how many of those join two families, initiatives born. */
  counts: { newThreads: number; crossFamily: number; initiatives: number };
}

/** Builds the summary from the final state. */
export function wovenSummary(index: ScenarioIndex, state: GameState): WovenSummary {
  const start = initialLinks(index);
  const familyOf = (id: string): FamilyId | undefined => index.actors.get(id)?.family;
  const threads: WovenThread[] = [];
  const connected = new Set<string>();
  for (const [key, strength] of Object.entries(state.links)) {
    if (strength <= 0) continue;
    const [from, to] = linkEnds(key);
    const before = start[key] ?? 0;
    connected.add(from).add(to);
    threads.push({
      from,
      to,
      strength,
      story: before === 0 ? 'new' : strength > before ? 'stronger' : 'kept',
      crossFamily: familyOf(from) !== familyOf(to),
    });
  }
  threads.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const broken = Object.keys(start)
    .filter((key) => (state.links[key] ?? 0) <= 0)
    .map((key) => {
      const [from, to] = linkEnds(key);
      return { from, to };
    });
  const families = {} as WovenSummary['families'];
  for (const family of FAMILIES) {
    const actors = [...index.actors.values()].filter((actor) => actor.family === family);
    families[family] = { connected: actors.filter((a) => connected.has(a.id)).length, total: actors.length };
  }
  const initiatives = Object.entries(state.initiatives)
    .filter(([, status]) => status.state !== 'idea' && status.state !== 'failed')
    .map(([id, status]) => ({ id, state: status.state }));
  return {
    threads,
    broken,
    connected: [...connected].sort(),
    families,
    initiatives,
    counts: {
      newThreads: threads.filter((t) => t.story === 'new').length,
      // "dont … entre familles différentes": a part of the new threads, never more than them.
      crossFamily: threads.filter((t) => t.story === 'new' && t.crossFamily).length,
      initiatives: initiatives.length,
    },
  };
}

/** The length of an event game, in minutes: a stand visit. */
export const EVENT_MINUTES = { min: 8, max: 12 } as const;

/**
 * The scenario a mode plays when the URL names none: for `evenement`, the shortest event scenario lasting
 * 8–12 minutes (else the shortest event scenario); for the other modes, the shortest written for the mode.
 * Null when none fits.
 */
export function defaultScenarioFor(mode: Audience, scenarios: readonly Scenario[]): string | null {
  const fit = scenarios.filter((s) => s.meta.audiences.includes(mode));
  const sized = fit.filter(
    (s) => s.meta.durationMinutes >= EVENT_MINUTES.min && s.meta.durationMinutes <= EVENT_MINUTES.max,
  );
  const pool = mode === 'evenement' && sized.length > 0 ? sized : fit;
  const best = [...pool].sort(
    (a, b) => a.meta.durationMinutes - b.meta.durationMinutes || a.meta.id.localeCompare(b.meta.id),
  )[0];
  return best?.meta.id ?? null;
}
