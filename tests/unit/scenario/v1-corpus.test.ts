/**
 * Scenarios written for format v1 (and the v0 draft) still open, validate and play exactly as the v1
 * engine played them: for every file of tests/v1-corpus and 200 seeds each, the session the v1 engine
 * recorded in golden.json (its ending, its length and the hash of its whole state, log included) is
 * reached again by today's engine after migration: by choosing as it did, by replaying the save (seed +
 * choices), and, for some seeds, through the XState machine behind the game's screens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stableHash } from '../../../src/core/hash';
import { replay } from '../../../src/core/replay';
import type { GameState } from '../../../src/core/game-state';
import { openScenario, Session } from '../../../src/engine/api';
import { GameSession } from '../../../src/engine/game-session';
import { v1Projection, type GoldenFile } from '../../v1-corpus/golden-format';

const DIR = join(import.meta.dirname, '../../v1-corpus');
const golden = JSON.parse(readFileSync(join(DIR, 'golden.json'), 'utf8')) as GoldenFile;
const files = readdirSync(join(DIR, 'scenarios'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const hashOf = (state: Readonly<GameState>): string => stableHash(v1Projection(state));

describe('the v1 corpus', () => {
  it('has the five bundled scenarios of v1 and two author-style files, all recorded', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(Object.keys(golden).sort()).toEqual(files);
  });

  describe.each(files)('%s', (file) => {
    const text = readFileSync(join(DIR, 'scenarios', file), 'utf8');
    const opened = openScenario(text, { file });
    const sessions = golden[file] ?? [];

    it('opens without error, migrated to the current format', () => {
      expect(opened.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(opened.ok && opened.migratedFrom).toBeLessThanOrEqual(1);
      expect(opened.ok && opened.loaded.scenario.formatVersion).toBe(2);
    });

    it('plays every recorded session to the same ending and the same state', () => {
      if (!opened.ok) throw new Error('not opened');
      for (const [seed, ending, turns, positions, hash] of sessions) {
        const session = Session.start(opened.loaded, { seed });
        let taken = 0;
        for (let step = 0; step < 5000 && session.screen !== 'ended'; step++) {
          if (session.screen !== 'card') session.continue();
          else {
            const card = session.card()!;
            const position = Number(positions[taken++]);
            expect(session.choose(card.choices[position]!.id)).toBe(true);
          }
        }
        expect([seed, session.state.ending, session.state.turn]).toEqual([seed, ending, turns]);
        expect(hashOf(session.state)).toBe(hash);
        // None of the new mechanics is added by migration.
        expect([session.state.pending, session.state.drifting]).toEqual([[], []]);
      }
    });

    it('replays every recorded save (seed and choices) to the same state', () => {
      if (!opened.ok) throw new Error('not opened');
      const { index } = opened.loaded;
      for (const [seed, , , positions, hash] of sessions) {
        const choices: string[] = [];
        // The choice ids of the save, read from the recorded positions as the session goes.
        const session = Session.start(opened.loaded, { seed });
        for (const digit of positions) {
          while (session.screen !== 'card') session.continue();
          const id = session.card()!.choices[Number(digit)]!.id;
          choices.push(id);
          session.choose(id);
        }
        const restored = Session.restore(opened.loaded, { seed, choices });
        expect(restored.replay.error).toBeUndefined();
        const again = restored.session;
        while (again.screen !== 'ended') again.continue();
        expect(hashOf(again.state)).toBe(hash);
        // The core's replay, as the game's save slots use it, stops on the same last consequence.
        expect(replay(index, seed, choices).state.log).toHaveLength(choices.length);
      }
    });

    it('reaches the same states through the XState machine (GameSession), and from its saves, for 20 seeds', () => {
      if (!opened.ok) throw new Error('not opened');
      for (const [seed, , , positions, hash] of sessions.slice(0, 20)) {
        const game = new GameSession(opened.loaded.index, { seed, lang: 'fr', concepts: new Map() });
        let taken = 0;
        for (let step = 0; step < 5000 && game.state.screen !== 'ended'; step++) {
          if (game.state.screen !== 'card') game.send({ type: 'CONTINUE' });
          else {
            const card = opened.loaded.index.cards.get(game.state.card!)!;
            game.send({ type: 'CHOOSE', choice: card.choices[Number(positions[taken++])]!.id });
          }
        }
        expect(hashOf(game.state)).toBe(hash);
        // The game's own restore of a save (seed + choices replayed into the machine) lands there too.
        const restored = new GameSession(opened.loaded.index, {
          seed,
          lang: 'fr',
          concepts: new Map(),
          choices: game.save().choices,
        });
        while (restored.state.screen !== 'ended') restored.send({ type: 'CONTINUE' });
        expect(hashOf(restored.state)).toBe(hash);
        restored.stop();
        game.stop();
      }
    });
  });
});
