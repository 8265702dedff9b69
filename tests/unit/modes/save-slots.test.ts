import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../../src/core/scenario-index';
import {
  checkSlot,
  continueTarget,
  decodeSlot,
  encodeSlot,
  slotKey,
  slotOf,
  SLOT_VERSION,
} from '../../../src/engine/modes/save-slots';
import { loadIndex, loadScenario, playThrough } from './helpers';

const index = loadIndex('quartier-generateur');
const ended = playThrough(index, 3, () => 0);
const branch = { id: 1, choices: ['x'], forkAt: 0, savedAt: 5 };

describe('save slots', () => {
  it('round-trips a slot with its metadata', () => {
    const slot = slotOf(ended, 1_700_000_000_000, [branch]);
    expect(slot.meta).toEqual({
      updatedAt: 1_700_000_000_000,
      turn: ended.turn,
      phase: ended.log.at(-1)!.phase,
      ended: true,
    });
    expect(decodeSlot(encodeSlot(slot))).toEqual({ ok: true, slot, migrated: false });
    expect(slotKey('premiers-pas')).toBe('save:premiers-pas');
  });

  it('migrates a version-1 save (a bare SavedSession)', () => {
    const v1 = {
      saveVersion: 1,
      scenarioId: 'quartier-generateur',
      scenarioVersion: 1,
      seed: 3,
      choices: ['a', 'b'],
    };
    const result = decodeSlot(JSON.stringify(v1));
    expect(result).toMatchObject({
      ok: true,
      migrated: true,
      slot: { slotVersion: SLOT_VERSION, meta: { turn: 2, phase: null } },
    });
  });

  it('returns typed errors for empty, corrupt, foreign, too new or invalid saves', () => {
    const good = JSON.parse(encodeSlot(slotOf(ended, 1))) as Record<string, unknown>;
    expect(decodeSlot(null)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(decodeSlot('{"format":')).toEqual({ ok: false, error: { kind: 'not-json' } });
    expect(decodeSlot('[1,2]')).toEqual({ ok: false, error: { kind: 'not-a-save' } });
    expect(decodeSlot(JSON.stringify({ ...good, slotVersion: 9 }))).toEqual({
      ok: false,
      error: { kind: 'too-new', version: 9 },
    });
    const badSeed = { ...good, session: { ...(good.session as object), seed: 'x' } };
    expect(decodeSlot(JSON.stringify(badSeed))).toEqual({
      ok: false,
      error: { kind: 'invalid', field: 'session.seed' },
    });
    expect(decodeSlot(JSON.stringify({ ...good, branches: [{ id: 1 }] }))).toMatchObject({
      error: { field: 'branches.0.forkAt' },
    });
    expect(decodeSlot(JSON.stringify({ ...good, meta: null }))).toMatchObject({ error: { field: 'meta' } });
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ format: 'tisser-save', slotVersion: 2, session: v })),
        ),
        (text) => {
          const result = decodeSlot(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });

  it('checks a slot against the scenario: other scenario refused, an old version kept when it still replays', () => {
    const slot = slotOf(ended, 1, [branch]);
    expect(checkSlot(slot, loadIndex('premiers-pas'))).toMatchObject({
      ok: false,
      error: { kind: 'other-scenario' },
    });
    expect(checkSlot(slot, index)).toMatchObject({ ok: true, migrated: false, slot: { branches: [branch] } });
    const scenario = loadScenario('quartier-generateur');
    const bumped = indexScenario({
      ...scenario,
      meta: { ...scenario.meta, version: scenario.meta.version + 1 },
    });
    const checked = checkSlot(slot, bumped);
    expect(checked).toMatchObject({
      ok: true,
      migrated: true,
      slot: { branches: [], session: { scenarioVersion: scenario.meta.version + 1 } },
    });
    const broken = { ...slot, session: { ...slot.session, choices: [slot.session.choices[0]!, 'zz'] } };
    expect(checkSlot(broken, bumped)).toMatchObject({
      ok: false,
      error: { kind: 'scenario-changed', at: 1 },
    });
  });

  it('"Continuer" opens the most recent slot not ended', () => {
    const a = slotOf(
      playThrough(loadIndex('premiers-pas'), 1, () => 0),
      50,
    );
    const b = { ...slotOf(ended, 10), meta: { ...slotOf(ended, 10).meta, ended: false } };
    const c = { ...b, meta: { ...b.meta, updatedAt: 20 } };
    expect(continueTarget([a, b, c])).toBe(c);
    expect(continueTarget([a])).toBeNull();
  });
});
