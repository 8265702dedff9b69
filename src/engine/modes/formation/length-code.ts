import { SESSION_LENGTHS, type SessionLength } from './session-length';

/**
 * A training session's code carries its length of play, so that it replays on the same cut of the
 * scenario: the game's own code (src/core/session-code.ts) followed by `.45min`, `.70min` or `.90min`;
 * a whole-scenario game's code is the game's code as it is. A trainer expects a code to replay the game
 * the room played: a 45-minute game replayed on the whole scenario would meet other cards (its phases
 * end later), so the code says which cut it needs rather than leaving the facilitator to guess.
 */

/** A code read: the game's code, and the length it was played at (`full` without a suffix). */
export interface LengthCode {
  code: string;
  length: SessionLength;
}

const SUFFIX = /\.(\d+)min$/;

/** The session code of a game played at `length`. */
export function withLength(code: string, length: SessionLength | undefined): string {
  return length === undefined || length === 'full' ? code : `${code}.${length}min`;
}

/**
 * Reads a code's length of play; a suffix naming no offered length leaves the text as it is (the
 * game's decoder then refuses it as malformed).
 */
export function readLength(text: string): LengthCode {
  const trimmed = text.trim();
  const match = SUFFIX.exec(trimmed);
  const minutes = Number(match?.[1]);
  const length = SESSION_LENGTHS.find((offered) => offered === minutes);
  if (!match || length === undefined) return { code: trimmed, length: 'full' };
  return { code: trimmed.slice(0, match.index), length };
}
