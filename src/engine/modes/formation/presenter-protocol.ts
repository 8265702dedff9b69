/**
 * The presenter view's message protocol (#18): the projected page and a second window of the same
 * browser (`?page=presentateur`) talk through a `BroadcastChannel` (same origin, same machine: nothing
 * on the network). The projected page is the single source of truth: it sends view snapshots; the
 * presenter sends the keys the facilitator pressed or clicked, which the projected page reads exactly
 * as its own keyboard. Every message carries the protocol version; anything else is ignored. Pure.
 */
import type { Prediction, RoundStatus } from './votes';
import type { KeyPhase } from './shortcuts';
import type { TimerStatus } from './timer';

/** The protocol's version: a message of another version is ignored (the two windows are one build). */
export const PRESENTER_PROTOCOL = 1;

/** The channel's name (one projected session per browser). */
export const PRESENTER_CHANNEL = 'tisser-presentateur';

/** The keys a presenter may send: the facilitator's shortcuts, nothing else. */
export const PRESENTER_KEYS: readonly string[] = [
  ...'0123456789',
  ' ',
  '+',
  '=',
  '-',
  'c',
  'r',
  'l',
  's',
  'm',
  '?',
  'Escape',
  'Backspace',
  'PageDown',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
];

/** The card as the presenter shows it, notes included (the projected screen never shows the notes). */
export interface PresenterCard {
  speaker: string;
  text: string;
  /** A key card of the scenario (`key: true`). */
  key: boolean;
  /** The card's `facilitatorNote`, if any. */
  note: string | null;
  discussion: string[];
  choices: { number: number; text: string; open: boolean }[];
}

/** A team as the presenter shows it, with its vote (the choice's number on the card) and prediction. */
export interface PresenterTeam {
  id: number;
  name: string;
  observer: boolean;
  vote: number | null;
  prediction: Prediction;
}

/** What the projected page shows now, for the presenter. Plain data. */
export interface PresenterSnapshot {
  /** The projected screen (`data-screen`: phase, card, consequence, debrief…). */
  screen: string;
  /** The decision's number (1-based). */
  turn: number;
  card: PresenterCard | null;
  /** The round's step on this card, or null between cards. */
  status: RoundStatus | null;
  /** What digits mean now. */
  phase: KeyPhase;
  teams: PresenterTeam[];
  /** Votes per choice once the vote is closed (empty while voting). */
  tally: { number: number; votes: number; chosen: boolean }[];
  /** The retained choice's number, once decided. */
  decided: number | null;
  /** What the projected screen says of the vote now (its words, in its language). */
  outcome: string;
  timer: { text: string; status: TimerStatus };
  predict: boolean;
  /** The team (and, predicting, the family) typed and waiting for the next key. */
  pending: { team: number | null; family: number | null };
}

/** A message from the projected page. */
export type ProjectedMessage =
  | { v: typeof PRESENTER_PROTOCOL; from: 'projected'; type: 'snapshot'; snapshot: PresenterSnapshot }
  /** The projected page left (closed, reloaded, another mode). */
  | { v: typeof PRESENTER_PROTOCOL; from: 'projected'; type: 'bye' };

/** A message from the presenter view. */
export type PresenterMessage =
  /** Asks for a snapshot (on opening, after a reload). */
  | { v: typeof PRESENTER_PROTOCOL; from: 'presenter'; type: 'hello' }
  /** Keys to read as the projected page's own keyboard, in order (at most 4: Escape, team, family, trend). */
  | { v: typeof PRESENTER_PROTOCOL; from: 'presenter'; type: 'keys'; keys: string[] }
  | { v: typeof PRESENTER_PROTOCOL; from: 'presenter'; type: 'bye' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const header = (data: unknown, from: string): Record<string, unknown> | null =>
  isRecord(data) && data.v === PRESENTER_PROTOCOL && data.from === from && typeof data.type === 'string'
    ? data
    : null;

/** Reads a message the presenter sent; null for anything else (another version, unknown keys…). */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
  const message = header(data, 'presenter');
  if (!message) return null;
  if (message.type === 'hello' || message.type === 'bye')
    return { v: PRESENTER_PROTOCOL, from: 'presenter', type: message.type };
  if (message.type !== 'keys' || !Array.isArray(message.keys)) return null;
  const keys = message.keys as unknown[];
  if (keys.length === 0 || keys.length > 4) return null;
  if (!keys.every((key) => typeof key === 'string' && PRESENTER_KEYS.includes(key))) return null;
  return { v: PRESENTER_PROTOCOL, from: 'presenter', type: 'keys', keys: keys as string[] };
}

/**
 * Reads a message the projected page sent; null for anything else. A snapshot is checked for its
 * shape's frame (screen, turn, teams, timer); the same build wrote it.
 */
export function readProjectedMessage(data: unknown): ProjectedMessage | null {
  const message = header(data, 'projected');
  if (!message) return null;
  if (message.type === 'bye') return { v: PRESENTER_PROTOCOL, from: 'projected', type: 'bye' };
  if (message.type !== 'snapshot' || !isRecord(message.snapshot)) return null;
  const s = message.snapshot;
  const ok =
    typeof s.screen === 'string' &&
    typeof s.turn === 'number' &&
    Array.isArray(s.teams) &&
    Array.isArray(s.tally) &&
    isRecord(s.timer) &&
    typeof s.outcome === 'string' &&
    (s.card === null || isRecord(s.card));
  return ok
    ? {
        v: PRESENTER_PROTOCOL,
        from: 'projected',
        type: 'snapshot',
        snapshot: s as unknown as PresenterSnapshot,
      }
    : null;
}

/** A message, ready to post. */
export const snapshotMessage = (snapshot: PresenterSnapshot): ProjectedMessage => ({
  v: PRESENTER_PROTOCOL,
  from: 'projected',
  type: 'snapshot',
  snapshot,
});

/** The keys message for `keys` (unknown keys dropped); null when none is left. */
export function keysMessage(keys: readonly string[]): PresenterMessage | null {
  const kept = keys.filter((key) => PRESENTER_KEYS.includes(key)).slice(0, 4);
  return kept.length > 0 ? { v: PRESENTER_PROTOCOL, from: 'presenter', type: 'keys', keys: kept } : null;
}
