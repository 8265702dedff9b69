/** The public headless API (src/engine/api.ts), as a tool outside the game would use it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stableHash } from '../../../src/core/hash';
import { openCodex, openScenario, Session, type LoadedScenario } from '../../../src/engine/api';
import { GameSession } from '../../../src/engine/game-session';

const text = readFileSync('scenarios/premiers-pas.json', 'utf8');
const codex = openCodex(readFileSync('scenarios/codex.json', 'utf8')).codex!;

function opened(): LoadedScenario {
  const result = openScenario(text, { file: 'premiers-pas.json', codex });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.loaded;
}

/** Plays to the end, always taking the first available choice. */
function playFirst(session: Session): void {
  for (let step = 0; step < 200 && session.screen !== 'ended'; step++) {
    if (session.screen === 'card') session.choose(session.choices().find((c) => c.available)!.id);
    else session.continue();
  }
}

describe('public headless API', () => {
  it('opens a scenario text, or returns every problem located, in the language asked', () => {
    expect(opened().scenario.meta.id).toBe('premiers-pas');
    const broken = openScenario(text.replace('"speaker": "maire"', '"speaker": "personne"'), {
      file: 'x.json',
      lang: 'fr',
      codex,
    });
    expect(broken.ok).toBe(false);
    const error = broken.problems.find((p) => p.severity === 'error');
    expect(error).toMatchObject({ file: 'x.json', code: 'unknown-ref', path: '/cards/0/speaker' });
    expect(error?.message).toContain('cite');
    expect(error?.line).toBeGreaterThan(1);
  });

  it('reads the view, takes choices by number or id, continues, and reaches an evaluated ending', () => {
    const session = Session.start(opened(), { seed: 3, lang: 'en' });
    expect(session.screen).toBe('phase-intro');
    expect(session.view().phase.title).toBe('Shared diagnosis');
    expect(session.choose(1)).toBe(false);
    expect(session.continue()).toBe(true);
    expect(session.screen).toBe('card');
    const view = session.view();
    expect(view.card?.choices.map((c) => c.number)).toEqual(session.choices().map((c) => c.number));
    expect(session.choose(1)).toBe(true);
    expect(session.view().consequence?.feedback).toBeTruthy();
    playFirst(session);
    const ending = session.ending();
    expect(ending?.kind).toBe('success');
    expect(Object.keys(ending?.evaluation ?? {})).toEqual([
      'cooperation',
      'powerToAct',
      'needsMet',
      'durability',
    ]);
    expect(session.debrief().ending.id).toBe(ending?.id);
  });

  it('clones independent sessions and restores a state that went through JSON', () => {
    const session = Session.start(opened(), { seed: 11 });
    session.continue();
    const copy = session.clone();
    const saved = JSON.parse(JSON.stringify(session.snapshot()));
    session.choose(2);
    expect(copy.state.turn).toBe(0);
    copy.choose(2);
    const resumed = Session.fromState(opened(), saved);
    resumed.choose(2);
    expect(stableHash(resumed.state)).toBe(stableHash(session.state));
    expect(stableHash(copy.state)).toBe(stableHash(session.state));
  });

  it('saves and restores by seed and choices, and plays as the game session does', () => {
    const loaded = opened();
    const session = Session.start(loaded, { seed: 21 });
    playFirst(session);
    const { session: restored, replay } = Session.restore(loaded, session.save());
    expect(replay.error).toBeUndefined();
    playFirst(restored);
    expect(stableHash(restored.state)).toBe(stableHash(session.state));
    const game = new GameSession(loaded.index, { seed: 21, lang: 'fr', concepts: loaded.concepts });
    for (const choice of session.save().choices) {
      while (game.state.screen !== 'card') game.send({ type: 'CONTINUE' });
      game.send({ type: 'CHOOSE', choice });
    }
    while (game.state.screen !== 'ended') game.send({ type: 'CONTINUE' });
    expect(stableHash(game.state)).toBe(stableHash(session.state));
    game.stop();
  });
  it('lists the changes a choice makes at once: the start of what tryChoice records, the session untouched', () => {
    const result = openScenario(readFileSync('scenarios/quartier-generateur.json', 'utf8'), { codex });
    if (!result.ok) throw new Error('quartier-generateur does not open');
    let compared = 0;
    let endOfTurn = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const session = Session.start(result.loaded, { seed });
      for (let step = 0; step < 200 && session.screen !== 'ended'; step++) {
        if (session.screen !== 'card') {
          session.continue();
          continue;
        }
        const before = stableHash(session.state);
        for (const { id, available } of session.choices())
          for (const risk of [true, false]) {
            const changes = session.immediateChanges(id, { risk });
            if (!available) {
              expect(changes).toBeNull();
              continue;
            }
            const record = session.tryChoice(id, { risk })!.record;
            expect(changes).toEqual(record.changes.slice(0, changes!.length));
            // What follows is the end of the turn: the rules' changes and the delayed consequences'.
            for (const later of record.changes.slice(changes!.length)) {
              endOfTurn++;
              expect('rule' in later.cause || later.cause.via === 'delayed').toBe(true);
            }
            compared++;
          }
        expect(stableHash(session.state)).toBe(before);
        session.choose(session.available()[seed % session.available().length]!.id);
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(endOfTurn).toBeGreaterThan(0);
  });
});
