import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../helpers/memory-storage';
import { createSaves, fileScenarioKey } from '../../../src/adapters/saves';
import { createStorage } from '../../../src/adapters/storage';
import { DEFAULT_SETTINGS, motionReduced, parseSettings } from '../../../src/adapters/settings';

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
    saves.write('a', save);
    saves.write('b', { ...save, scenarioId: 'b', choices: [] });
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
    expect(backend.data.get('tisser:save-aside:a:1')).toBe('{"saveVersion":1');
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
    saves.write('a', { ...save, choices: ['x'] }, { turn: 1, ended: false });
    expect(saves.slot('a')?.branches).toEqual([branch]);
    expect(saves.slot('a')?.meta.updatedAt).toBe(2000);
    saves.write('a', { ...save, seed: 8 });
    expect(saves.slot('a')?.branches).toEqual([]);
  });

  it("keeps a file's save apart from the bundled scenario's of the same id", () => {
    const backend = memoryStorage();
    const saves = createSaves(createStorage(() => backend));
    const mine = { ...save, scenarioId: 'premiers-pas' };
    expect(saves.write('premiers-pas', mine)).toBe('saved');
    const file = fileScenarioKey('premiers-pas', '1a2b3c4d');
    expect(saves.write(file, { ...mine, choices: ['z'] })).toBe('saved');
    expect(saves.read('premiers-pas').save?.choices).toEqual(['x', 'y']);
    expect(saves.read(file).save?.choices).toEqual(['z']);
    expect([...backend.data.keys()].sort()).toEqual([
      'tisser:save:file:premiers-pas:1a2b3c4d',
      'tisser:save:premiers-pas',
    ]);
  });

  it('never overwrites a save another tab changed: conflict until the player claims it', () => {
    const backend = memoryStorage();
    const tabA = createSaves(createStorage(() => backend));
    const tabB = createSaves(createStorage(() => backend));
    expect(tabA.write('a', save)).toBe('saved');
    expect(tabB.read('a').save?.choices).toEqual(['x', 'y']);
    expect(tabB.write('a', { ...save, choices: ['x', 'y', 'b'] })).toBe('saved');
    expect(tabA.changedElsewhere('a')).toBe(true);
    expect(tabA.write('a', { ...save, choices: ['x', 'y', 'a'] })).toBe('conflict');
    expect(tabA.read('a').save?.choices).toEqual(['x', 'y', 'b']);
    // A save this page has never seen is not replaced either (a new game asks first).
    const tabC = createSaves(createStorage(() => backend));
    expect(tabC.write('a', save)).toBe('conflict');
    tabC.claim('a');
    expect(tabC.write('a', save)).toBe('saved');
  });

  it('tells a write the storage refused, and calls the storage hook', () => {
    const backend = memoryStorage();
    const failed: string[] = [];
    const full = {
      ...backend,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const saves = createSaves(
      createStorage(
        () => full,
        'tisser:',
        (key) => failed.push(key),
      ),
    );
    expect(saves.write('a', save)).toBe('failed');
    expect(failed).toEqual(['save:a']);
    // The failure is not mistaken for another tab's write.
    expect(saves.changedElsewhere('a')).toBe(false);
  });

  it('reads a save of any length a session can reach (600 and 20,000 choices)', () => {
    const backend = memoryStorage();
    const saves = createSaves(createStorage(() => backend));
    for (const count of [600, 20_000]) {
      const long = { ...save, choices: Array.from({ length: count }, (_, i) => (i % 2 ? 'a' : 'b')) };
      expect(saves.write('a', long)).toBe('saved');
      const read = createSaves(createStorage(() => backend)).read('a');
      expect(read.corrupt).toBe(false);
      expect(read.save?.choices).toHaveLength(count);
    }
  });
});
