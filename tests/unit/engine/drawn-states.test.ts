/**
 * The states each card is sampled in for the context-dependent cards: a bounded reservoir per card, and
 * one card's sample independent of what the other cards were offered (each card its own generator).
 */
import { describe, expect, it } from 'vitest';
import { DrawnStates } from '../../../src/engine/analysis/drawn-states';
import type { GameState } from '../../../src/core/game-state';
import type { Session } from '../../../src/engine/api';

/** A stand-in for a session at a decision: only what the reservoir reads (the card and a snapshot). */
function at(card: string, turn: number): Session {
  const state = { card, turn } as unknown as GameState;
  return { state, snapshot: () => ({ ...state }) } as unknown as Session;
}

const TWO = ['a', 'b'];

/** The turns kept for one card. */
const turnsOf = (drawn: DrawnStates, card: string): number[] =>
  drawn
    .states()
    .filter((s) => s.card === card)
    .map((s) => s.turn);

describe('DrawnStates', () => {
  it('keeps at most `size` states per card, and skips a card with one choice', () => {
    const drawn = new DrawnStates(3, 1);
    for (let t = 0; t < 50; t++) drawn.offer(at('x', t), TWO);
    drawn.offer(at('y', 0), ['only']);
    expect(turnsOf(drawn, 'x')).toHaveLength(3);
    expect(turnsOf(drawn, 'y')).toEqual([]);
  });

  it('samples the decisions met roughly uniformly', () => {
    const counts = new Array<number>(10).fill(0);
    for (let seed = 1; seed <= 400; seed++) {
      const drawn = new DrawnStates(2, seed);
      for (let t = 0; t < 10; t++) drawn.offer(at('x', t), TWO);
      for (const t of turnsOf(drawn, 'x')) counts[t]!++;
    }
    // 800 kept over 10 decisions: 80 each expected.
    for (const n of counts) expect(n).toBeGreaterThan(45);
  });

  it("keeps the same sample of a card whatever the other cards are offered (each card's own generator)", () => {
    const alone = new DrawnStates(4, 7);
    const mixed = new DrawnStates(4, 7);
    for (let t = 0; t < 40; t++) {
      alone.offer(at('x', t), TWO);
      mixed.offer(at('x', t), TWO);
      for (let k = 0; k < t % 3; k++) mixed.offer(at(`other-${k}`, t), TWO);
    }
    expect(turnsOf(mixed, 'x')).toEqual(turnsOf(alone, 'x'));
    // And another seed samples differently (the seed is used).
    const other = new DrawnStates(4, 8);
    for (let t = 0; t < 40; t++) other.offer(at('x', t), TWO);
    expect(turnsOf(other, 'x')).not.toEqual(turnsOf(alone, 'x'));
  });
});
