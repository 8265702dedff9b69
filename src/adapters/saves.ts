import type { SavedSession } from '../engine/game-session';
import type { SafeStorage } from './storage';

/**
 * One autosave per scenario (`save:<scenario id>`). A save that cannot be read is set aside under
 * `save-corrupt:<id>` (kept for a bug report) and reported, never fatal.
 */
export interface Saves {
  /** The save of a scenario, `corrupt` when one was there but unreadable (it is then set aside). */
  read(scenarioId: string): { save: SavedSession | null; corrupt: boolean };
  /** Whether a readable-looking save exists (cheap check for the title screen). */
  has(scenarioId: string): boolean;
  write(save: SavedSession): void;
  remove(scenarioId: string): void;
}

const isSave = (value: unknown, scenarioId: string): value is SavedSession => {
  if (typeof value !== 'object' || value === null) return false;
  const save = value as Record<string, unknown>;
  return (
    save.saveVersion === 1 &&
    save.scenarioId === scenarioId &&
    typeof save.scenarioVersion === 'number' &&
    typeof save.seed === 'number' &&
    Number.isSafeInteger(save.seed) &&
    Array.isArray(save.choices) &&
    save.choices.every((choice) => typeof choice === 'string')
  );
};

/** Creates the save store over the safe storage. */
export function createSaves(storage: SafeStorage): Saves {
  const key = (id: string): string => `save:${id}`;
  const setAside = (id: string, text: string): void => {
    storage.set(`save-corrupt:${id}`, text);
    storage.remove(key(id));
  };
  return {
    read(scenarioId) {
      const text = storage.get(key(scenarioId));
      if (text === null) return { save: null, corrupt: false };
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        setAside(scenarioId, text);
        return { save: null, corrupt: true };
      }
      if (!isSave(value, scenarioId)) {
        setAside(scenarioId, text);
        return { save: null, corrupt: true };
      }
      return { save: value, corrupt: false };
    },
    has(scenarioId) {
      return storage.get(key(scenarioId)) !== null;
    },
    write(save) {
      storage.setJson(key(save.scenarioId), save);
    },
    remove(scenarioId) {
      storage.remove(key(scenarioId));
    },
  };
}
