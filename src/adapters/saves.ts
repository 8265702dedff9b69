import type { SavedSession } from '../engine/game-session';
import {
  decodeSlot,
  encodeSlot,
  slotKey,
  SLOT_VERSION,
  type SaveSlot,
  type SlotMeta,
} from '../engine/modes/save-slots';
import type { Branch } from '../engine/modes/rewind';
import type { SafeStorage } from './storage';

/**
 * One autosave slot per scenario (`save:<scenario id>`), in the versioned slot format of
 * src/engine/modes/save-slots.ts (which validates and migrates; this adapter only stores). A save that
 * cannot be read is set aside under `save-corrupt:<id>` (kept for a bug report) and reported, never fatal.
 */
export interface Saves {
  /** The save of a scenario, `corrupt` when one was there but unreadable (it is then set aside). */
  read(scenarioId: string): { save: SavedSession | null; corrupt: boolean };
  /** The whole slot (save, meta, kept branches), or null. Unreadable slots are set aside. */
  slot(scenarioId: string): SaveSlot | null;
  /** Whether a readable-looking save exists (cheap check for the title screen). */
  has(scenarioId: string): boolean;
  /** Writes the autosave; the branches already kept for the scenario are carried over. */
  write(save: SavedSession, meta?: Partial<Omit<SlotMeta, 'updatedAt'>>): void;
  /** Replaces the kept branches ("Revenir sur un choix") of a scenario's slot. */
  writeBranches(scenarioId: string, branches: readonly Branch[]): void;
  remove(scenarioId: string): void;
}

/** Creates the save store over the safe storage; `now` dates the slots (ms). */
export function createSaves(storage: SafeStorage, now: () => number = () => Date.now()): Saves {
  const setAside = (id: string, text: string): void => {
    storage.set(`save-corrupt:${id}`, text);
    storage.remove(slotKey(id));
  };
  const readSlot = (scenarioId: string): { slot: SaveSlot | null; corrupt: boolean } => {
    const text = storage.get(slotKey(scenarioId));
    if (text === null) return { slot: null, corrupt: false };
    const result = decodeSlot(text);
    if (!result.ok || result.slot.session.scenarioId !== scenarioId) {
      setAside(scenarioId, text);
      return { slot: null, corrupt: true };
    }
    if (result.migrated) storage.set(slotKey(scenarioId), encodeSlot(result.slot));
    return { slot: result.slot, corrupt: false };
  };
  const store = (slot: SaveSlot): void => {
    storage.set(slotKey(slot.session.scenarioId), encodeSlot(slot));
  };
  return {
    read(scenarioId) {
      const { slot, corrupt } = readSlot(scenarioId);
      return { save: slot ? slot.session : null, corrupt };
    },
    slot(scenarioId) {
      return readSlot(scenarioId).slot;
    },
    has(scenarioId) {
      return storage.get(slotKey(scenarioId)) !== null;
    },
    write(save, meta = {}) {
      const previous = readSlot(save.scenarioId).slot;
      const sameRun =
        previous !== null &&
        previous.session.seed === save.seed &&
        previous.session.scenarioVersion === save.scenarioVersion;
      store({
        format: 'tisser-save',
        slotVersion: SLOT_VERSION,
        session: { ...save, choices: [...save.choices] },
        meta: {
          updatedAt: Math.trunc(now()),
          turn: meta.turn ?? save.choices.length,
          phase: meta.phase ?? null,
          ended: meta.ended ?? false,
        },
        branches: sameRun && previous ? previous.branches : [],
      });
    },
    writeBranches(scenarioId, branches) {
      const previous = readSlot(scenarioId).slot;
      if (previous)
        store({ ...previous, branches: branches.map((b) => ({ ...b, choices: [...b.choices] })) });
    },
    remove(scenarioId) {
      storage.remove(slotKey(scenarioId));
    },
  };
}
