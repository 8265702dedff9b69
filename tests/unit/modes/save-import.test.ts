import { describe, expect, it } from 'vitest';
import { readImportedSave } from '../../../src/engine/modes/save-import';
import { encodeSlot, slotOf } from '../../../src/engine/modes/save-slots';
import { loadIndex, playThrough } from './helpers';

const index = loadIndex('quartier-generateur');
const played = playThrough(index, 3, () => 0);
const branch = { id: 1, choices: ['x'], forkAt: 0, savedAt: 5 };
const bundled = (id: string): string | null => (id === 'quartier-generateur' ? id : null);

describe('importing an exported game', () => {
  it('reads back what "Exporter la partie" wrote, kept paths included, under its scenario key', () => {
    const slot = slotOf(played, 1_700_000_000_000, [branch]);
    const result = readImportedSave(`${encodeSlot(slot)}\n`, bundled);
    expect(result).toEqual({ ok: true, key: 'quartier-generateur', slot });
  });

  it('goes under the key the game gives the id (a scenario opened from a file)', () => {
    const slot = slotOf(played, 1);
    const result = readImportedSave(encodeSlot(slot), (id) => `file:${id}:abc123`);
    expect(result.ok && result.key).toBe('file:quartier-generateur:abc123');
  });

  it('migrates a version-1 bare save', () => {
    const v1 = {
      saveVersion: 1,
      scenarioId: 'quartier-generateur',
      scenarioVersion: 1,
      seed: 3,
      choices: [],
    };
    const result = readImportedSave(JSON.stringify(v1), bundled);
    expect(result.ok && result.slot.session.seed).toBe(3);
  });

  it('names why a file is not a game it can import', () => {
    const slot = slotOf(played, 1);
    const other = { ...slot, session: { ...slot.session, scenarioId: 'ailleurs' } };
    const cases: [string, unknown][] = [
      ['', { kind: 'empty' }],
      ['{pas du json', { kind: 'not-json' }],
      ['{"format":"tisser-formation"}', { kind: 'not-a-save' }],
      [JSON.stringify({ ...slot, slotVersion: 99 }), { kind: 'too-new', version: 99 }],
      [
        JSON.stringify({ ...slot, session: { ...slot.session, seed: 'x' } }),
        { kind: 'invalid', field: 'session.seed' },
      ],
      [JSON.stringify(other), { kind: 'unknown-scenario', id: 'ailleurs' }],
    ];
    for (const [text, problem] of cases)
      expect(readImportedSave(text, bundled)).toEqual({ ok: false, problem });
  });
});
