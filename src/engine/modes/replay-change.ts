import type { GameState } from '../../core/game-state';
import { linkKey } from '../../core/links';

/**
 * What the territory needs to play the last decision's change again: the values the meters and the
 * threads had before it (the frame on show holds the values after it). Keys: meter ids, and link keys
 * (`a|b`, actor ids in order, as `linkKey`).
 */
export interface ChangeBefore {
  /** The turn whose change this is. */
  turn: number;
  meters: Readonly<Record<string, number>>;
  links: Readonly<Record<string, number>>;
}

/**
 * The values before the last logged decision, for every meter and link it moved; null when no decision
 * was logged yet or the last one moved neither a meter nor a thread. When an effect touched the same
 * meter or link twice in one turn, the first value (before the whole turn) is kept.
 */
export function lastChangeBefore(state: GameState): ChangeBefore | null {
  const record = state.log[state.log.length - 1];
  if (!record) return null;
  const meters = new Map<string, number>();
  const links = new Map<string, number>();
  for (const change of record.changes) {
    if (change.kind === 'meter' && !meters.has(change.meter)) meters.set(change.meter, change.from);
    if (change.kind === 'link') {
      const key = linkKey(change.from, change.to);
      if (!links.has(key)) links.set(key, change.before);
    }
  }
  // A value that came back where it was moved nothing to replay.
  const movedMeters = [...meters].filter(([id, before]) => (record.meters[id] ?? before) !== before);
  const movedLinks = [...links].filter(([key, before]) => (state.links[key] ?? 0) !== before);
  if (movedMeters.length === 0 && movedLinks.length === 0) return null;
  return {
    turn: record.turn,
    meters: Object.fromEntries(movedMeters),
    links: Object.fromEntries(movedLinks),
  };
}
