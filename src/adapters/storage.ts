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
  /** The keys (without the prefix) that start with `start`, in the store and in memory. */
  keys(start: string): string[];
}

/** The part of the Web Storage API the wrapper needs (`key` and `length` to list keys, when there). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

/**
 * Creates the store. `backend` is a function so that even reading `window.localStorage` (which
 * throws in some sandboxes) is guarded; `prefix` namespaces the keys. `onWriteFailure` hears of every
 * write the store refused (full, disabled), so that the player can be told.
 */
export function createStorage(
  backend: () => StorageLike | null | undefined,
  prefix = 'tisser:',
  onWriteFailure: (key: string) => void = () => undefined,
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
      if (!store) throw new Error('no storage');
      store.setItem(prefix + key, value);
      return true;
    } catch {
      onWriteFailure(key);
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
    keys(start) {
      const found = new Set<string>();
      for (const key of memory.keys()) if (key.startsWith(start)) found.add(key);
      try {
        for (let i = 0; i < (store?.length ?? 0); i++) {
          const key = store?.key?.(i);
          if (key?.startsWith(prefix + start)) found.add(key.slice(prefix.length));
        }
      } catch {
        // Unreadable store: what memory holds.
      }
      return [...found].sort();
    },
  };
}
