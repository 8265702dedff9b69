import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeFormation,
  encodeFormation,
  formationKey,
} from '../../../../src/engine/modes/formation/persist';
import { startFormation, type FormationSettings } from '../../../../src/engine/modes/formation/session';
import { loadIndex } from '../helpers';
import { playTraining } from './session-flow';

const settings: FormationSettings = {
  teams: [
    { id: 1, name: 'Mairie', role: 'elus' },
    { id: 2, name: 'Quartier', role: null },
  ],
  rule: { rule: 'consensus', tieBreak: 'facilitator' },
  timerMs: 90_000,
  timerEnabled: true,
  predict: true,
};

describe('facilitation kept across a reload', () => {
  const index = loadIndex('premiers-pas');
  const { rounds } = playTraining(index, 2, settings.teams, settings.rule, () => 0);
  const state = { ...startFormation(settings), history: rounds };
  const text = encodeFormation('premiers-pas', state);

  it('round-trips setup and history, with no open round', () => {
    const read = decodeFormation(text, 'premiers-pas', 99);
    expect(read).toEqual({ ok: true, state: { ...startFormation(settings), history: rounds } });
    expect(formationKey('premiers-pas')).toBe('formation:premiers-pas');
  });

  it('keeps the length of play, so a reload replays the same cut scenario; older saves have none', () => {
    const cut = { ...state, settings: { ...settings, length: 45 as const } };
    const read = decodeFormation(encodeFormation('premiers-pas', cut), 'premiers-pas', 99);
    expect(read.ok && read.state.settings.length).toBe(45);
    const old = decodeFormation(text.replace('"version":2', '"version":1'), 'premiers-pas', 99);
    expect(old.ok && old.state.settings.length).toBeUndefined();
    const wrong = JSON.stringify({ ...JSON.parse(text), settings: { ...settings, length: 60 } });
    expect(decodeFormation(wrong, 'premiers-pas', 99)).toMatchObject({ error: { field: 'settings.length' } });
  });

  it('drops rounds the restored game no longer has', () => {
    const read = decodeFormation(text, 'premiers-pas', 1);
    expect(read.ok && read.state.history.map((r) => r.turn)).toEqual([1]);
  });

  it('refuses other scenarios, newer versions and damaged data with a typed error', () => {
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(decodeFormation(null, 'premiers-pas', 0)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(decodeFormation('{', 'premiers-pas', 0)).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(decodeFormation(text, 'vallee-alimentaire', 0)).toMatchObject({
      error: { kind: 'other-scenario' },
    });
    expect(decodeFormation(JSON.stringify({ ...data, version: 3 }), 'premiers-pas', 0)).toMatchObject({
      error: { kind: 'too-new' },
    });
    const oneTeam = { ...data, settings: { ...settings, teams: [settings.teams[0]] } };
    expect(decodeFormation(JSON.stringify(oneTeam), 'premiers-pas', 0)).toMatchObject({
      error: { field: 'settings.teams' },
    });
    const badVote = { ...data, history: [{ ...(rounds[0] as object), votes: { 9: 'a' } }] };
    expect(decodeFormation(JSON.stringify(badVote), 'premiers-pas', 9)).toMatchObject({
      error: { field: 'history.0.votes.9' },
    });
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const wrapped = JSON.stringify({
          format: 'tisser-formation',
          version: 1,
          scenarioId: 'premiers-pas',
          settings: value,
          history: value,
        });
        expect(decodeFormation(wrapped, 'premiers-pas', 5).ok).toBe(false);
        expect(decodeFormation(JSON.stringify(value), 'premiers-pas', 5).ok).toBe(false);
      }),
    );
  });
});
