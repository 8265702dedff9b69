import * as v from 'valibot';
import type { GameState } from '../../core/game-state';
import { replay } from '../../core/replay';
import type { ScenarioIndex } from '../../core/scenario-index';
import type { SavedSession } from '../game-session';
import { SAVE_VERSION } from '../save-version';
import { check, envelopeVersion, parseStoredText, whole } from '../stored-envelope';
import type { Branch } from './solo/rewind';

/** The current version of the slot format. Version 1 was a bare `SavedSession`. */
export const SLOT_VERSION = 2;

/** What the title screen shows about a save without replaying it. */
export interface SlotMeta {
  /** When it was written (ms, given by the caller). */
  updatedAt: number;
  /** Turns played. */
  turn: number;
  /** The phase id at the last decision, or null (unknown, or no decision yet). */
  phase: string | null;
  ended: boolean;
}

/** A save slot: one per scenario, overwritten by the autosave after each decision. */
export interface SaveSlot {
  format: 'tisser-save';
  slotVersion: typeof SLOT_VERSION;
  session: SavedSession;
  meta: SlotMeta;
  /** Paths kept by "Revenir sur un choix". */
  branches: Branch[];
}

/** Why a stored save cannot be used. Decoding never throws. */
export type SaveError =
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'not-a-save' }
  | { kind: 'too-new'; version: number }
  | { kind: 'invalid'; field: string }
  | { kind: 'other-scenario'; expected: string; found: string }
  | { kind: 'scenario-changed'; savedVersion: number; currentVersion: number; at: number };

/** A decoded slot, or why not. `migrated` says the slot was upgraded (the caller may write it back). */
export type SlotResult = { ok: true; slot: SaveSlot; migrated: boolean } | { ok: false; error: SaveError };

/** The storage key of a scenario's slot (by its scenario key: its id, or `file:<id>:<hash>`). */
export const slotKey = (scenarioKey: string): string => `save:${scenarioKey}`;

/** The slot of a state, as the autosave writes it after a decision. */
export function slotOf(state: GameState, updatedAt: number, branches: readonly Branch[] = []): SaveSlot {
  const last = state.log[state.log.length - 1];
  return {
    format: 'tisser-save',
    slotVersion: SLOT_VERSION,
    session: {
      saveVersion: SAVE_VERSION,
      scenarioId: state.scenarioId,
      scenarioVersion: state.scenarioVersion,
      seed: state.seed,
      choices: state.log.map((record) => record.choice),
    },
    meta: { updatedAt, turn: state.turn, phase: last?.phase ?? null, ended: state.screen === 'ended' },
    branches: branches.map((branch) => ({ ...branch, choices: [...branch.choices] })),
  };
}

/** The slot as stored text. */
export function encodeSlot(slot: SaveSlot): string {
  return JSON.stringify(slot);
}

const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
// No cap on the count of choices: a session may be as long as its scenario lets it be (a save is read
// back at any length a session reaches; the storage's own size is the only bound).
const choices = v.array(v.pipe(v.string(), v.maxLength(64)));
const sessionSchema = v.pipe(
  v.object({
    scenarioId: v.pipe(v.string(), v.regex(SCENARIO_ID)),
    scenarioVersion: v.pipe(whole, v.minValue(1)),
    seed: whole,
    choices,
  }),
  v.transform((session): SavedSession => ({ saveVersion: SAVE_VERSION, ...session })),
);
/** A slot of the current version (its header already read). */
const slotSchema = v.object({
  session: sessionSchema,
  meta: v.object({
    updatedAt: whole,
    turn: v.pipe(whole, v.minValue(0)),
    phase: v.nullable(v.string()),
    ended: v.boolean(),
  }),
  branches: v.optional(v.array(v.object({ id: whole, forkAt: whole, savedAt: whole, choices })), []),
});
/** Version 1: a bare saved session. */
const v1Schema = v.looseObject({ format: v.optional(v.undefined()), saveVersion: v.literal(1) });

/** Reads already-parsed data as a slot: validated field by field, version 1 migrated. */
export function readSlot(data: unknown): SlotResult {
  if (v.is(v1Schema, data)) {
    const session = check(sessionSchema, data);
    if (!session.ok) return { ok: false, error: { kind: 'invalid', field: session.field } };
    const meta: SlotMeta = { updatedAt: 0, turn: session.value.choices.length, phase: null, ended: false };
    return {
      ok: true,
      migrated: true,
      slot: { format: 'tisser-save', slotVersion: SLOT_VERSION, session: session.value, meta, branches: [] },
    };
  }
  const header = envelopeVersion(data, 'tisser-save', 'slotVersion', SLOT_VERSION);
  if (!header.ok)
    return { ok: false, error: header.error.kind === 'foreign' ? { kind: 'not-a-save' } : header.error };
  if (header.version !== SLOT_VERSION) return { ok: false, error: { kind: 'invalid', field: 'slotVersion' } };
  const slot = check(slotSchema, data);
  if (!slot.ok) return { ok: false, error: { kind: 'invalid', field: slot.field } };
  return {
    ok: true,
    migrated: false,
    slot: { format: 'tisser-save', slotVersion: SLOT_VERSION, ...slot.value },
  };
}

/** Decodes stored text (null: nothing stored). Never throws. */
export function decodeSlot(text: string | null): SlotResult {
  const parsed = parseStoredText(text);
  return parsed.ok ? readSlot(parsed.data) : parsed;
}

/**
 * Checks a slot against the scenario it will be restored on, by replaying it. A save of an older
 * scenario version is kept when all its choices still replay (it is migrated to the current version);
 * otherwise the error says at which decision it broke. The returned slot has fresh meta (turn, phase).
 */
export function checkSlot(slot: SaveSlot, index: ScenarioIndex): SlotResult {
  const meta = index.scenario.meta;
  const session = slot.session;
  if (session.scenarioId !== meta.id)
    return { ok: false, error: { kind: 'other-scenario', expected: meta.id, found: session.scenarioId } };
  const result = replay(index, session.seed, session.choices);
  if (result.error) {
    return {
      ok: false,
      error: {
        kind: 'scenario-changed',
        savedVersion: session.scenarioVersion,
        currentVersion: meta.version,
        at: result.error.at,
      },
    };
  }
  const fresh = slotOf(result.state, slot.meta.updatedAt, slot.branches);
  const migrated = session.scenarioVersion !== meta.version;
  const branches = migrated ? [] : fresh.branches;
  return { ok: true, migrated, slot: { ...fresh, branches } };
}

/** The slot "Continuer" opens: the most recently updated one not yet ended, or null. */
export function continueTarget(slots: readonly SaveSlot[]): SaveSlot | null {
  let best: SaveSlot | null = null;
  for (const slot of slots)
    if (!slot.meta.ended && (best === null || slot.meta.updatedAt > best.meta.updatedAt)) best = slot;
  return best;
}
