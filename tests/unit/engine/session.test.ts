import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stableHash } from '../../../src/core/hash';
import { indexScenario } from '../../../src/core/scenario-index';
import { decodeSessionCode, encodeSessionCode, replaySessionCode } from '../../../src/core/session-code';
import { GameSession } from '../../../src/engine/game-session';
import type { Scenario } from '../../../src/scenario/format';

const scenario = JSON.parse(readFileSync('scenarios/premiers-pas.json', 'utf8')) as Scenario;
const index = indexScenario(scenario);
const concepts = new Map();

function playFirstChoices(session: GameSession): void {
  while (session.viewModel.screen !== 'ended') {
    const view = session.viewModel;
    if (view.screen === 'card') session.send({ type: 'CHOOSE', choice: view.card!.choices[0]!.id });
    else session.send({ type: 'CONTINUE' });
  }
}

describe('game session facade', () => {
  it('plays to an ending, emitting a sound per choice and an ending cue', () => {
    const session = new GameSession(index, { seed: 5, lang: 'fr', concepts });
    const sounds: string[] = [];
    const announced: string[] = [];
    const screens: string[] = [];
    const stop = session.subscribe((view, outputs) => {
      screens.push(view.screen);
      for (const output of outputs) if (output.type === 'sound') sounds.push(output.cue);
      for (const output of outputs)
        if (output.type === 'announce' && output.what === 'ending') announced.push(output.ending);
    });
    playFirstChoices(session);
    stop();
    expect(session.viewModel.ending?.id).toBe('halle-partagee');
    expect(screens.filter((s) => s === 'consequence')).toHaveLength(3);
    expect(sounds.at(-1)).toBe('ending');
    // The machine emits them as XState events: the ending is also announced, once.
    expect(announced).toEqual(['halle-partagee']);
    expect(sounds.filter((s) => s === 'positive').length).toBeGreaterThanOrEqual(3);
  });

  it('restores a save on the same decision with the same state', () => {
    const first = new GameSession(index, { seed: 9, lang: 'fr', concepts });
    first.send({ type: 'CONTINUE' });
    first.send({ type: 'CHOOSE', choice: first.viewModel.card!.choices[1]!.id });
    first.send({ type: 'CONTINUE' });
    first.send({ type: 'CONTINUE' });
    const saved = first.save();
    const restored = new GameSession(index, {
      seed: saved.seed,
      lang: 'en',
      concepts,
      choices: saved.choices,
    });
    expect(restored.viewModel.screen).toBe('consequence');
    restored.send({ type: 'CONTINUE' });
    restored.send({ type: 'CONTINUE' });
    expect(restored.viewModel.card?.id).toBe(first.viewModel.card?.id);
    expect(stableHash(restored.state)).toBe(stableHash(first.state));
    expect(restored.viewModel.card?.text).toMatch(/[A-Za-z]/);
  });

  it('switches language without touching the state', () => {
    const session = new GameSession(index, { seed: 1, lang: 'fr', concepts });
    session.send({ type: 'CONTINUE' });
    const hash = stableHash(session.state);
    const fr = session.viewModel.card!.text;
    session.setLanguage('en');
    expect(session.viewModel.card!.text).not.toBe(fr);
    expect(stableHash(session.state)).toBe(hash);
  });

  it('ignores a choice that is not offered', () => {
    const session = new GameSession(index, { seed: 1, lang: 'fr', concepts });
    session.send({ type: 'CONTINUE' });
    const hash = stableHash(session.state);
    session.send({ type: 'CHOOSE', choice: 'nope' });
    expect(stableHash(session.state)).toBe(hash);
  });
});

describe('session codes', () => {
  it('round-trip and replay to the same state', () => {
    const session = new GameSession(index, { seed: 424242, lang: 'fr', concepts });
    playFirstChoices(session);
    const code = session.viewModel.sessionCode;
    const decoded = decodeSessionCode(code)!;
    // The code carries the scenario's own version (the tutorial's pass bumped it to 2).
    expect(decoded).toMatchObject({
      scenarioId: 'premiers-pas',
      version: scenario.meta.version,
      seed: 424242,
    });
    expect(encodeSessionCode(decoded)).toBe(code);
    const replayed = replaySessionCode(index, decoded);
    expect(replayed.error).toBeUndefined();
    expect(replayed.state.log.map((r) => r.choice)).toEqual(session.state.log.map((r) => r.choice));
  });

  it('reject a code with a typo', () => {
    const code = encodeSessionCode({
      scenarioId: 'premiers-pas',
      version: 1,
      seed: 77,
      choices: [0, 1, 0, 1, 1],
    });
    expect(decodeSessionCode(code)).not.toBeNull();
    const typo = code.replace(/\.([A-Za-z0-9_-])/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`);
    expect(decodeSessionCode(typo)).toBeNull();
    expect(decodeSessionCode('nonsense')).toBeNull();
  });
});
