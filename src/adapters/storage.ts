/**
 * A safe key–value store over localStorage: it works when storage is disabled, full or throws
 * (private browsing, kiosks, sandboxed iframes), falling back to memory. It never throws.
 */

/** The small store the shell uses for settings and saves. */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** Reads a JSON value; returns `fallback` when absent or unreadable. */
  getJson<T>(key: string, fallback: T): T;
  /** Writes a JSON value; returns false when it could not be stored persistently. */
  setJson(key: string, value: unknown): boolean;
}

/** The part of the Web Storage API the wrapper needs. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Creates the store. `backend` is a function so that even reading `window.localStorage` (which
 * throws in some sandboxes) is guarded; `prefix` namespaces the keys.
 */
export function createStorage(
  backend: () => StorageLike | null | undefined,
  prefix = 'tisser:',
): SafeStorage {
  const memory = new Map<string, string>();
  let store: StorageLike | null = null;
  try {
    store = backend() ?? null;
  } catch {
    store = null;
  }
  const get = (key: string): string | null => {
    try {
      const value = store?.getItem(prefix + key);
      if (value !== null && value !== undefined) return value;
    } catch {
      // Storage unreadable: memory below.
    }
    return memory.get(key) ?? null;
  };
  const set = (key: string, value: string): boolean => {
    memory.set(key, value);
    try {
      if (!store) return false;
      store.setItem(prefix + key, value);
      return true;
    } catch {
      return false;
    }
  };
  return {
    get,
    set,
    remove(key) {
      memory.delete(key);
      try {
        store?.removeItem(prefix + key);
      } catch {
        // Nothing to do.
      }
    },
    getJson<T>(key: string, fallback: T): T {
      const text = get(key);
      if (text === null) return fallback;
      try {
        return JSON.parse(text) as T;
      } catch {
        return fallback;
      }
    },
    setJson(key, value) {
      let text: string;
      try {
        text = JSON.stringify(value);
      } catch {
        return false;
      }
      return set(key, text);
    },
  };
}
