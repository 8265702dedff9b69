import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../helpers/memory-storage';
import { createSaves } from '../../../src/adapters/saves';
import { createStorage } from '../../../src/adapters/storage';
import { DEFAULT_SETTINGS, motionReduced, parseSettings } from '../../../src/ui/settings-model';

describe('settings', () => {
  it('round-trips valid settings', () => {
    const settings = {
      lang: 'en',
      textScale: 175,
      highContrast: true,
      motion: 'reduce',
      sound: false,
      volume: 30,
    };
    expect(parseSettings(JSON.stringify(settings))).toEqual({ settings, corrupt: false });
  });

  it('falls back field by field, and flags unreadable data as corrupt', () => {
    const partial = parseSettings(
      JSON.stringify({ textScale: 333, motion: 'fast', volume: 250, sound: 'yes' }),
    );
    expect(partial.corrupt).toBe(false);
    expect(partial.settings).toEqual({ ...DEFAULT_SETTINGS, volume: 100 });
    expect(parseSettings('{oops').corrupt).toBe(true);
    expect(parseSettings('[1,2]')).toEqual({ settings: DEFAULT_SETTINGS, corrupt: true });
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, corrupt: false });
  });

  it('reduces motion from the system unless the player forces it', () => {
    expect(motionReduced({ ...DEFAULT_SETTINGS, motion: 'system' }, true)).toBe(true);
    expect(motionReduced({ ...DEFAULT_SETTINGS, motion: 'system' }, false)).toBe(false);
    expect(motionReduced({ ...DEFAULT_SETTINGS, motion: 'full' }, true)).toBe(false);
    expect(motionReduced({ ...DEFAULT_SETTINGS, motion: 'reduce' }, false)).toBe(true);
  });
});

describe('saves (one per scenario)', () => {
  const save = { saveVersion: 1 as const, scenarioId: 'a', scenarioVersion: 2, seed: 7, choices: ['x', 'y'] };

  it('writes and reads back the save of each scenario separately', () => {
    const backend = memoryStorage();
    const saves = createSaves(createStorage(() => backend));
    saves.write(save);
    saves.write({ ...save, scenarioId: 'b', choices: [] });
    expect(saves.read('a')).toEqual({ save, corrupt: false });
    expect(saves.read('b').save?.choices).toEqual([]);
    expect(saves.has('c')).toBe(false);
    saves.remove('a');
    expect(saves.read('a')).toEqual({ save: null, corrupt: false });
  });

  it('sets a corrupt or foreign save aside and reports it', () => {
    const backend = memoryStorage();
    const saves = createSaves(createStorage(() => backend));
    backend.setItem('tisser:save:a', '{"saveVersion":1');
    expect(saves.read('a')).toEqual({ save: null, corrupt: true });
    expect(backend.data.get('tisser:save-corrupt:a')).toBe('{"saveVersion":1');
    expect(saves.has('a')).toBe(false);
    backend.setItem('tisser:save:a', JSON.stringify({ ...save, scenarioId: 'other' }));
    expect(saves.read('a').corrupt).toBe(true);
    backend.setItem('tisser:save:a', JSON.stringify({ ...save, choices: [1] }));
    expect(saves.read('a').corrupt).toBe(true);
  });

  it('migrates a version-1 save to the slot format and keeps branches of the same run only', () => {
    const backend = memoryStorage();
    let clock = 1000;
    const saves = createSaves(
      createStorage(() => backend),
      () => clock,
    );
    backend.setItem('tisser:save:a', JSON.stringify(save));
    expect(saves.read('a')).toEqual({ save, corrupt: false });
    const stored = JSON.parse(backend.data.get('tisser:save:a') ?? '{}') as Record<string, unknown>;
    expect(stored.format).toBe('tisser-save');
    expect(stored.slotVersion).toBe(2);
    const branch = { id: 1, choices: ['x', 'z'], forkAt: 1, savedAt: 5 };
    saves.writeBranches('a', [branch]);
    clock = 2000;
    saves.write({ ...save, choices: ['x'] }, { turn: 1, ended: false });
    expect(saves.slot('a')?.branches).toEqual([branch]);
    expect(saves.slot('a')?.meta.updatedAt).toBe(2000);
    saves.write({ ...save, seed: 8 });
    expect(saves.slot('a')?.branches).toEqual([]);
  });
});
