import type { SavedSession } from '../engine/game-session';
import {
  decodeSlot,
  encodeSlot,
  slotKey,
  SLOT_VERSION,
  type SaveSlot,
  type SlotMeta,
} from '../engine/modes/save-slots';
import type { Branch } from '../engine/modes/solo/rewind';
import type { SafeStorage } from './storage';

/**
 * The saves, one slot per scenario key, in the versioned slot format of src/engine/modes/save-slots.ts
 * (which validates and migrates; this adapter stores). A scenario key says where a scenario comes from
 * and what it is: a bundled scenario's id (`premiers-pas`), or `file:<id>:<content hash>` for a file
 * (see `fileScenarioKey`), so a shared file never writes over the bundled scenario's save, nor one
 * version of a file over another's.
 *
 * Nothing is lost silently:
 * - a save that cannot be used (unreadable, or of a scenario that changed) is set aside under
 *   `save-aside:<key>:<n>` (the five latest per scenario), where the player can export it;
 * - a write never replaces a save this page has not seen: when the stored save changed since this page
 *   last read or wrote it (another tab), `write` answers `conflict` and writes nothing, until the player
 *   chooses (`claim`);
 * - a write the storage refuses answers `failed` (the caller tells the player, with a way out).
 */
export interface Saves {
  /** The save of a scenario, `corrupt` when one was there but unreadable (it is then set aside). */
  read(key: string): { save: SavedSession | null; corrupt: boolean };
  /** The whole slot (save, meta, kept branches), or null. Unreadable slots are set aside. */
  slot(key: string): SaveSlot | null;
  /** Whether a save is stored (cheap check for the title screen). */
  has(key: string): boolean;
  /** Writes the autosave; the branches already kept for the scenario are carried over. */
  write(key: string, save: SavedSession, meta?: Partial<Omit<SlotMeta, 'updatedAt'>>): WriteResult;
  /** Replaces the kept branches ("Revenir sur un choix") of a scenario's slot. */
  writeBranches(key: string, branches: readonly Branch[]): WriteResult;
  /** Removes the save (a new game the player chose). */
  remove(key: string): void;
  /** Puts a whole slot in a scenario's place (a game the player imported and chose to resume). */
  put(key: string, slot: SaveSlot): WriteResult;
  /** Moves the stored save aside (kept, exportable); false when there was none. */
  setAside(key: string): boolean;
  /** The stored text of a save, as it would be exported. */
  text(key: string): string | null;
  /** Set-aside saves, oldest first: their storage key (for export and removal) and text. */
  setAsides(): { key: string; text: string }[];
  /** Removes a set-aside save (by its storage key from `setAsides`). */
  forgetAside(storageKey: string): void;
  /** Whether the stored save changed since this page last read or wrote it (another tab played). */
  changedElsewhere(key: string): boolean;
  /** Takes the stored save as seen: the next write may replace it (the player chose this tab's game). */
  claim(key: string): void;
}

/** What a write did. */
export type WriteResult = 'saved' | 'failed' | 'conflict';

/** The key of a scenario opened from a file: its id and a hash of its content. */
export function fileScenarioKey(id: string, hash: string): string {
  return `file:${id}:${hash}`;
}

/** The scenario id of a scenario key. */
export function scenarioIdOf(key: string): string {
  return key.startsWith('file:') ? (key.split(':')[1] ?? '') : key;
}

/** Set-aside saves kept per scenario at most (the oldest goes first). */
export const MAX_SET_ASIDE = 5;

/** Creates the save store over the safe storage; `now` dates the slots (ms). */
export function createSaves(storage: SafeStorage, now: () => number = () => Date.now()): Saves {
  /** The stored text of each slot as this page last read or wrote it (null: none). */
  const known = new Map<string, string | null>();
  const asideKeys = (key: string): string[] => {
    const start = `save-aside:${key}:`;
    return storage
      .keys(start)
      .filter((name) => /^\d+$/.test(name.slice(start.length)))
      .sort((a, b) => Number(a.slice(start.length)) - Number(b.slice(start.length)));
  };
  const putAside = (key: string, text: string): void => {
    let names = asideKeys(key);
    // Keep the latest ones: shift the others down.
    while (names.length >= MAX_SET_ASIDE) {
      const texts = names.map((name) => storage.get(name) ?? '');
      for (const name of names) storage.remove(name);
      texts.slice(1).forEach((value, i) => storage.set(`save-aside:${key}:${i + 1}`, value));
      names = asideKeys(key);
    }
    storage.set(`save-aside:${key}:${names.length + 1}`, text);
  };
  const setAside = (key: string): boolean => {
    const text = storage.get(slotKey(key));
    if (text === null) return false;
    putAside(key, text);
    storage.remove(slotKey(key));
    known.set(key, null);
    return true;
  };
  const readSlot = (key: string): { slot: SaveSlot | null; corrupt: boolean } => {
    const text = storage.get(slotKey(key));
    known.set(key, text);
    if (text === null) return { slot: null, corrupt: false };
    const result = decodeSlot(text);
    if (!result.ok || result.slot.session.scenarioId !== scenarioIdOf(key)) {
      setAside(key);
      return { slot: null, corrupt: true };
    }
    if (result.migrated) store(key, result.slot);
    return { slot: result.slot, corrupt: false };
  };
  const changedElsewhere = (key: string): boolean => {
    const stored = storage.get(slotKey(key));
    return known.has(key) ? stored !== known.get(key) : stored !== null;
  };
  function store(key: string, slot: SaveSlot): WriteResult {
    const text = encodeSlot(slot);
    if (!storage.set(slotKey(key), text)) {
      known.set(key, storage.get(slotKey(key)));
      return 'failed';
    }
    known.set(key, text);
    return 'saved';
  }
  return {
    read(key) {
      const { slot, corrupt } = readSlot(key);
      return { save: slot ? slot.session : null, corrupt };
    },
    slot(key) {
      return readSlot(key).slot;
    },
    put(key, slot) {
      return store(key, slot);
    },
    has(key) {
      return storage.get(slotKey(key)) !== null;
    },
    write(key, save, meta = {}) {
      if (changedElsewhere(key)) return 'conflict';
      const text = known.get(key) ?? null;
      const decoded = text === null ? null : decodeSlot(text);
      const previous = decoded?.ok ? decoded.slot : null;
      const sameRun =
        previous !== null &&
        previous.session.seed === save.seed &&
        previous.session.scenarioVersion === save.scenarioVersion;
      return store(key, {
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
    writeBranches(key, branches) {
      if (changedElsewhere(key)) return 'conflict';
      const previous = readSlot(key).slot;
      if (!previous) return 'saved';
      return store(key, { ...previous, branches: branches.map((b) => ({ ...b, choices: [...b.choices] })) });
    },
    remove(key) {
      storage.remove(slotKey(key));
      known.set(key, null);
    },
    setAside,
    text(key) {
      return storage.get(slotKey(key));
    },
    setAsides() {
      return storage
        .keys('save-aside:')
        .map((key) => ({ key, text: storage.get(key) ?? '' }))
        .concat(storage.keys('save-corrupt:').map((key) => ({ key, text: storage.get(key) ?? '' })));
    },
    forgetAside(storageKey) {
      if (storageKey.startsWith('save-aside:') || storageKey.startsWith('save-corrupt:'))
        storage.remove(storageKey);
    },
    changedElsewhere,
    claim(key) {
      known.set(key, storage.get(slotKey(key)));
    },
  };
}
