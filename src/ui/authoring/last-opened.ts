import type { SafeStorage } from '../../adapters/storage';

/** The largest scenario text kept for after a reload (localStorage holds about 5 M UTF-16 units). */
export const MAX_STORED_CHARS = 2_000_000;

const KEY = 'authoring:last';

/** The last scenario opened from a file, kept so that it is still there after a reload. */
export interface LastOpened {
  file: string;
  text: string;
}

/** Reads and writes the last opened scenario; a size guard keeps the store from filling up. */
export interface LastOpenedStore {
  read(): LastOpened | null;
  /** Keeps the scenario; false when it is too big or the store refused it. */
  write(entry: LastOpened): boolean;
  forget(): void;
}

/** Creates the store over the game's safe storage. */
export function createLastOpened(storage: SafeStorage): LastOpenedStore {
  return {
    read() {
      const value = storage.getJson<unknown>(KEY, null);
      if (typeof value !== 'object' || value === null) return null;
      const { file, text } = value as Record<string, unknown>;
      return typeof file === 'string' && typeof text === 'string' ? { file, text } : null;
    },
    write(entry) {
      if (entry.text.length + entry.file.length > MAX_STORED_CHARS) {
        storage.remove(KEY);
        return false;
      }
      return storage.setJson(KEY, entry);
    },
    forget() {
      storage.remove(KEY);
    },
  };
}
