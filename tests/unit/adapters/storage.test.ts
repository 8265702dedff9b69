import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../helpers/memory-storage';
import { createStorage, type StorageLike } from '../../../src/adapters/storage';

const throwing: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('createStorage', () => {
  it('stores under a prefix in the backend', () => {
    const backend = memoryStorage();
    const storage = createStorage(() => backend);
    expect(storage.set('muted', '1')).toBe(true);
    expect(backend.data.get('tisser:muted')).toBe('1');
    expect(storage.get('muted')).toBe('1');
    storage.remove('muted');
    expect(storage.get('muted')).toBeNull();
  });

  it('keeps working in memory when the backend throws on every call', () => {
    const storage = createStorage(() => throwing);
    expect(storage.set('muted', '1')).toBe(false);
    expect(storage.get('muted')).toBe('1');
    expect(() => storage.remove('muted')).not.toThrow();
    expect(storage.get('muted')).toBeNull();
  });

  it('survives a backend that cannot even be reached', () => {
    const storage = createStorage(() => {
      throw new Error('localStorage is disabled');
    });
    expect(storage.setJson('save', { a: 1 })).toBe(false);
    expect(storage.getJson('save', null)).toEqual({ a: 1 });
  });

  it('returns the fallback for unreadable JSON and refuses unserialisable values', () => {
    const backend = memoryStorage();
    backend.data.set('tisser:save', '{not json');
    const storage = createStorage(() => backend);
    expect(storage.getJson('save', 'fallback')).toBe('fallback');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(storage.setJson('cyclic', cyclic)).toBe(false);
  });
});
