import { describe, expect, it } from 'vitest';
import { stableHash } from '../../../../src/core/hash';
import { replay } from '../../../../src/core/replay';
import { GameSession, type SavedSession } from '../../../../src/engine/game-session';
import {
  branchSave,
  commonPrefix,
  listDecisions,
  MAX_BRANCHES,
  rewindTo,
  truncateBefore,
} from '../../../../src/engine/modes/solo/rewind';
import { loadIndex, playThrough, toCard } from '../helpers';

const index = loadIndex('quartier-generateur');
const played = playThrough(index, 21, (turn, count) => turn % count);
const saved: SavedSession = {
  saveVersion: 1,
  scenarioId: played.scenarioId,
  scenarioVersion: played.scenarioVersion,
  seed: played.seed,
  choices: played.log.map((r) => r.choice),
};

describe('revenir sur un choix', () => {
  it('lists every past decision with the choices that were open then', () => {
    const { decisions, complete } = listDecisions(index, saved);
    expect(complete).toBe(true);
    expect(decisions).toHaveLength(played.log.length);
    for (const [i, d] of decisions.entries()) {
      const record = played.log[i]!;
      expect([d.turn, d.phase, d.card, d.choice]).toEqual([
        record.turn,
        record.phase,
        record.card,
        record.choice,
      ]);
      expect(d.available).toContain(d.choice);
      expect(d.alternatives).not.toContain(d.choice);
      expect(d.alternatives.length).toBe(d.available.length - 1);
    }
    expect(decisions.some((d) => d.alternatives.length > 0)).toBe(true);
  });

  it('stops the list where a save no longer replays', () => {
    const broken = { ...saved, choices: [...saved.choices.slice(0, 3), 'nope', ...saved.choices.slice(4)] };
    const { decisions, complete } = listDecisions(index, broken);
    expect(complete).toBe(false);
    expect(decisions).toHaveLength(3);
  });

  it('restoring the truncated save puts the player back on the same card in the same state', () => {
    const k = 7;
    const session = new GameSession(index, {
      seed: saved.seed,
      lang: 'fr',
      concepts: new Map(),
      choices: truncateBefore(saved, k).choices,
    });
    while (session.viewModel.screen !== 'card') session.send({ type: 'CONTINUE' });
    const original = toCard(replay(index, saved.seed, saved.choices.slice(0, k)).state, index);
    expect(session.viewModel.card?.id).toBe(listDecisions(index, saved).decisions[k]!.card);
    expect(stableHash(session.state)).toBe(stableHash(original));
    const other = listDecisions(index, saved).decisions[k]!.alternatives[0];
    if (other) {
      session.send({ type: 'CHOOSE', choice: other });
      expect(session.state.log.at(-1)?.choice).toBe(other);
    }
    session.stop();
  });

  it('keeps the abandoned path as a branch, once, and bounds the book', () => {
    const first = rewindTo(saved, 5, null, 1000);
    expect(first.saved.choices).toEqual(saved.choices.slice(0, 5));
    expect(first.book.branches).toEqual([{ id: 1, choices: saved.choices, forkAt: 5, savedAt: 1000 }]);
    expect(rewindTo(saved, 2, first.book, 2000).book.branches).toHaveLength(1);
    expect(rewindTo(first.saved, 5, first.book, 3000).book).toEqual(first.book);
    expect(branchSave(first.book, first.book.branches[0]!)).toEqual(saved);
    let book = first.book;
    for (let i = 0; i < MAX_BRANCHES + 3; i++) {
      const variant = { ...saved, choices: [...saved.choices.slice(0, 4), `x${i}`] };
      book = rewindTo(variant, 4, book, 4000 + i).book;
    }
    expect(book.branches).toHaveLength(MAX_BRANCHES);
    expect(book.branches.at(-1)?.choices.at(-1)).toBe(`x${MAX_BRANCHES + 2}`);
    expect(rewindTo({ ...saved, seed: 99 }, 1, book, 0).book.branches).toHaveLength(1);
    expect(commonPrefix(['a', 'b', 'c'], ['a', 'b', 'd'])).toBe(2);
    expect(truncateBefore(saved, -4).choices).toEqual([]);
  });
});
