/**
 * A cloned session is independent of its original: the expert's look-ahead plays thousands of futures
 * from clones of the real game, and the in-place fast path writes a clone's tables directly. A table
 * shared by mistake lets the imagined futures leak into the real game (found on 2026-12-07: the queue of
 * delayed consequences and the families' last involvement were shared, and the expert of the analysis
 * lost every game of vallee-alimentaire to consequences of futures it had only imagined).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openScenario, Session, type LoadedScenario } from '../../../src/engine/api';
import { clonedState } from '../../../src/engine/cloned-state';
import { bundledScenarios } from '../../content/bundled-scenarios';

const FILE = 'tests/fixtures/v2/dilemmes.json';

function fixture(): LoadedScenario {
  const result = openScenario(readFileSync(FILE, 'utf8'), { file: FILE });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.loaded;
}

/** Plays the first available choice of every card to the end (or `steps` decisions). */
function playOn(session: Session, steps = 500): void {
  for (let step = 0; step < steps && session.screen !== 'ended'; step++) {
    if (session.screen !== 'card') session.continue();
    else {
      const choice = session.available().at(-1);
      if (!choice || !session.choose(choice.id)) return;
    }
  }
}

describe('clonedState', () => {
  it('shares no object or array of the state but the immutable turn records and the generator', () => {
    const session = Session.start(fixture(), { seed: 3 });
    playOn(session, 6);
    const state = session.state;
    const copy = clonedState(state);
    for (const key of Object.keys(state) as (keyof typeof state)[]) {
      const value = state[key];
      if (typeof value !== 'object' || value === null || key === 'rng') continue;
      expect(copy[key], `field ${key} is shared by the clone`).not.toBe(value);
      expect(copy[key]).toEqual(value);
    }
  });
});

describe('Session.clone', () => {
  it('plays a clone to its end without changing the original (fixture with delays and drift)', () => {
    const session = Session.start(fixture(), { seed: 5 });
    playOn(session, 4);
    const before = JSON.stringify(session.snapshot());
    for (let k = 0; k < 5; k++) playOn(session.clone({ seed: 100 + k }));
    expect(JSON.stringify(session.snapshot())).toBe(before);
  });

  it.each(bundledScenarios().map((b) => [b.file, b] as const))(
    '%s: futures played from clones leave the real game untouched',
    (_file, { file, text }) => {
      const opened = openScenario(text, { file });
      if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('\n'));
      const session = Session.start(opened.loaded, { seed: 9 });
      for (let turn = 0; turn < 8 && session.screen !== 'ended'; turn++) {
        playOn(session, 1);
        const before = JSON.stringify(session.snapshot());
        for (let k = 0; k < 3; k++) playOn(session.clone({ seed: turn * 10 + k }));
        expect(JSON.stringify(session.snapshot())).toBe(before);
      }
    },
  );
});
