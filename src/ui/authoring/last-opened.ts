import type { SafeStorage } from '../../adapters/storage';

/** The largest scenario text kept for after a reload (localStorage holds about 5 M UTF-16 units). */
export const MAX_STORED_CHARS = 2_000_000;

const KEY = 'authoring:last';

/** The last scenario opened from a file, kept so that it is still there after a reload. */
export interface LastOpened {
  file: string;
  /** The scenario's .json text. */
  text: string;
  /** The whole archive (base64) when the scenario came from one and it fits in the store. */
  archive?: string;
  /** The archive's image paths, kept without their data when the archive did not fit. */
  images?: string[];
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
      const { file, text, archive, images } = value as Record<string, unknown>;
      if (typeof file !== 'string' || typeof text !== 'string') return null;
      const names = Array.isArray(images) ? images.filter((name) => typeof name === 'string') : [];
      return {
        file,
        text,
        ...(typeof archive === 'string' ? { archive } : {}),
        ...(names.length > 0 ? { images: names } : {}),
      };
    },
    write(entry) {
      const size =
        entry.text.length +
        entry.file.length +
        (entry.archive?.length ?? 0) +
        (entry.images?.join('').length ?? 0);
      if (size > MAX_STORED_CHARS) {
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
