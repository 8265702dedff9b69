import { describe, expect, it } from 'vitest';
import type { GameState, TurnRecord } from '../../../src/core/game-state';
import { createInitialState } from '../../../src/core/game-state';
import { linkKey } from '../../../src/core/links';
import { availableChoices, choose } from '../../../src/core/turn';
import { lastChangeBefore } from '../../../src/engine/modes/replay-change';
import { loadIndex, playThrough, toCard } from './helpers';

const index = loadIndex('quartier-generateur');

/** Plays `decisions` choices (always the first open one) from a fresh session. */
function after(decisions: number, seed = 5): GameState {
  let state = toCard(createInitialState(index, seed), index);
  for (let i = 0; i < decisions; i++) {
    const card = index.cards.get(state.card ?? '');
    const choice = card ? availableChoices(card, state, index)[0] : undefined;
    if (!choice) break;
    state = choose(state, choice.id, index);
    if (i < decisions - 1) state = toCard(state, index);
  }
  return state;
}

/** A state whose last record holds exactly `changes` (the rest of the state as played). */
function withLast(
  state: GameState,
  changes: TurnRecord['changes'],
  meters: Record<string, number>,
): GameState {
  const last = state.log[state.log.length - 1];
  if (!last) throw new Error('no decision logged');
  return { ...state, log: [...state.log.slice(0, -1), { ...last, changes, meters }] };
}

const cause = { card: 'c', choice: 'x' };

describe('lastChangeBefore (replay the last change on the map)', () => {
  it('is null before any decision', () => {
    expect(lastChangeBefore(toCard(createInitialState(index, 5), index))).toBeNull();
  });

  it('gives, for each meter and thread the last decision moved, its value before it', () => {
    let replayable = 0;
    for (let n = 1; n <= 6; n++) {
      const state = after(n);
      const record = state.log[state.log.length - 1];
      const before = lastChangeBefore(state);
      const moved = (record?.changes ?? []).filter((c) => c.kind === 'meter' || c.kind === 'link');
      if (moved.length === 0) {
        expect(before).toBeNull();
        continue;
      }
      replayable += 1;
      expect(before?.turn).toBe(record?.turn);
      // Played again from the values before, the meters land on the values after the decision.
      for (const [id, value] of Object.entries(before?.meters ?? {})) {
        const previous = state.log[state.log.length - 2]?.meters[id];
        if (previous !== undefined) expect(value).toBe(previous);
        expect(value).not.toBe(record?.meters[id]);
      }
      for (const [key, value] of Object.entries(before?.links ?? {}))
        expect(value).not.toBe(state.links[key] ?? 0);
    }
    expect(replayable).toBeGreaterThan(2);
  });

  it('keeps the first value when a turn moves the same meter or thread twice, and drops a round trip', () => {
    const state = after(1);
    const [a, b] = [...index.actors.keys()];
    const key = linkKey(a ?? '', b ?? '');
    const meter = Object.keys(state.meters)[0] ?? '';
    const other = Object.keys(state.meters)[1] ?? '';
    const now = state.meters[meter] ?? 0;
    const shaped = withLast(
      { ...state, links: { ...state.links, [key]: 2 } },
      [
        { kind: 'meter', meter, from: now - 5, to: now - 2, cause },
        { kind: 'meter', meter, from: now - 2, to: now, cause },
        // Went up and came back: nothing to replay.
        { kind: 'meter', meter: other, from: 40, to: 45, cause },
        { kind: 'meter', meter: other, from: 45, to: 40, cause },
        { kind: 'link', from: b ?? '', to: a ?? '', before: 0, after: 1, cause },
        { kind: 'link', from: a ?? '', to: b ?? '', before: 1, after: 2, cause },
      ],
      { ...state.meters, [other]: 40 },
    );
    expect(lastChangeBefore(shaped)).toEqual({
      turn: shaped.log[shaped.log.length - 1]?.turn,
      meters: { [meter]: now - 5 },
      links: { [key]: 0 },
    });
  });

  it('is null when the last decision moved only flags or initiatives', () => {
    const state = after(1);
    const shaped = withLast(state, [{ kind: 'flag', flag: 'f', value: true, cause }], state.meters);
    expect(lastChangeBefore(shaped)).toBeNull();
  });

  it('follows the last decision of a whole session', () => {
    const ended = playThrough(index, 9, (turn, count) => turn % count);
    const before = lastChangeBefore(ended);
    const record = ended.log[ended.log.length - 1];
    const movedMeters = (record?.changes ?? []).filter((c) => c.kind === 'meter');
    if (before) expect(before.turn).toBe(record?.turn);
    else expect(movedMeters.every((c) => c.kind === 'meter' && c.from === c.to)).toBe(true);
  });
});
