import type { GameState } from '../../core/game-state';
import { replay } from '../../core/replay';
import type { ScenarioIndex } from '../../core/scenario-index';
import type { SavedSession } from '../game-session';
import { SAVE_VERSION } from '../save-version';
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

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item.length <= 64);
const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function readSession(value: unknown, path: string): SavedSession | { field: string } {
  if (!isObj(value)) return { field: path };
  const { scenarioId, scenarioVersion, seed, choices } = value;
  if (typeof scenarioId !== 'string' || !SCENARIO_ID.test(scenarioId)) return { field: `${path}scenarioId` };
  if (!isInt(scenarioVersion) || scenarioVersion < 1) return { field: `${path}scenarioVersion` };
  if (!isInt(seed)) return { field: `${path}seed` };
  // No cap on the count: a session may be as long as its scenario lets it be (a save is read back at any
  // length a session reaches; the storage's own size is the only bound).
  if (!isStrings(choices)) return { field: `${path}choices` };
  return { saveVersion: SAVE_VERSION, scenarioId, scenarioVersion, seed, choices: [...choices] };
}

function readBranches(value: unknown): Branch[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const branches: Branch[] = [];
  for (const item of value) {
    if (!isObj(item) || !isInt(item.id) || !isInt(item.forkAt) || !isInt(item.savedAt)) return null;
    if (!isStrings(item.choices)) return null;
    branches.push({ id: item.id, forkAt: item.forkAt, savedAt: item.savedAt, choices: [...item.choices] });
  }
  return branches;
}

/** Reads already-parsed data as a slot: validated field by field, version 1 migrated. */
export function readSlot(data: unknown): SlotResult {
  if (!isObj(data)) return { ok: false, error: { kind: 'not-a-save' } };
  if (data.format === undefined && data.saveVersion === 1) {
    const session = readSession(data, '');
    if ('field' in session) return { ok: false, error: { kind: 'invalid', field: session.field } };
    const meta: SlotMeta = { updatedAt: 0, turn: session.choices.length, phase: null, ended: false };
    return {
      ok: true,
      migrated: true,
      slot: { format: 'tisser-save', slotVersion: SLOT_VERSION, session, meta, branches: [] },
    };
  }
  if (data.format !== 'tisser-save') return { ok: false, error: { kind: 'not-a-save' } };
  if (!isInt(data.slotVersion)) return { ok: false, error: { kind: 'invalid', field: 'slotVersion' } };
  if (data.slotVersion > SLOT_VERSION)
    return { ok: false, error: { kind: 'too-new', version: data.slotVersion } };
  if (data.slotVersion !== SLOT_VERSION)
    return { ok: false, error: { kind: 'invalid', field: 'slotVersion' } };
  const session = readSession(data.session, 'session.');
  if ('field' in session) return { ok: false, error: { kind: 'invalid', field: session.field } };
  const meta = data.meta;
  if (
    !isObj(meta) ||
    !isInt(meta.updatedAt) ||
    !isInt(meta.turn) ||
    meta.turn < 0 ||
    typeof meta.ended !== 'boolean'
  )
    return { ok: false, error: { kind: 'invalid', field: 'meta' } };
  if (meta.phase !== null && typeof meta.phase !== 'string')
    return { ok: false, error: { kind: 'invalid', field: 'meta.phase' } };
  const branches = readBranches(data.branches);
  if (branches === null) return { ok: false, error: { kind: 'invalid', field: 'branches' } };
  return {
    ok: true,
    migrated: false,
    slot: {
      format: 'tisser-save',
      slotVersion: SLOT_VERSION,
      session,
      meta: { updatedAt: meta.updatedAt, turn: meta.turn, phase: meta.phase, ended: meta.ended },
      branches,
    },
  };
}

/** Decodes stored text (null: nothing stored). Never throws. */
export function decodeSlot(text: string | null): SlotResult {
  if (text === null || text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  return readSlot(data);
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
