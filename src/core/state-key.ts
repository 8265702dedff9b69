/**
 * A fingerprint of what decides a state's future, for tools that meet the same state many times
 * (exploration, the analysis's expert): the screen, counters and tables, the card on show, the chain,
 * the pending delayed consequences, and — only for a scenario that reads `leftOut` — who was involved
 * when. Not the log, the seed nor the generator: the tools branch or reseed the draws themselves.
 */
import type { GameState } from './game-state';
import { canonicalJson } from './hash';

/** A 64-bit fingerprint of a text (two 32-bit FNV-1a variants): collisions are negligible at 10⁶ states. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 13;
  }
  return `${a.toString(36)}:${b.toString(36)}`;
}

/** The key of a state's future (`involvement`: whether the scenario reads `leftOut`). */
export function futureKey(s: GameState, involvement: boolean): string {
  return fingerprint(
    canonicalJson([
      s.screen,
      s.phaseIndex,
      s.phaseTurn,
      s.turn,
      s.meters,
      s.links,
      s.flags,
      s.initiatives,
      s.played,
      s.card,
      s.chain,
      s.ending,
      s.pending,
      involvement ? s.lastInvolved : null,
    ]),
  );
}
