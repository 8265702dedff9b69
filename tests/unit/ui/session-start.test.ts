import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSaves } from '../../../src/adapters/saves';
import { createStorage } from '../../../src/adapters/storage';
import { indexScenario } from '../../../src/core/scenario-index';
import type { Scenario } from '../../../src/scenario/format';
import { createSessionFactory } from '../../../src/engine/session-factory';
import { startSession } from '../../../src/ui/session-start';

const index = indexScenario(JSON.parse(readFileSync('scenarios/premiers-pas.json', 'utf8')) as Scenario);
const loaded = { ok: true as const, index, concepts: new Map() };

function setup() {
  const storage = createStorage(() => null);
  const saves = createSaves(storage);
  const start = (resume: boolean) =>
    startSession({
      loaded,
      key: 'premiers-pas',
      saves,
      resume,
      seed: () => 5,
      lang: 'fr',
      sessions: createSessionFactory(),
    });
  return { saves, storage, start };
}

describe('startSession', () => {
  it('resumes a save exactly where it was', () => {
    const { saves, start } = setup();
    const first = start(false);
    if (!first.ok) throw new Error('no session');
    first.session.send({ type: 'CONTINUE' });
    first.session.send({ type: 'CHOOSE', choice: first.session.viewModel.card!.choices[1]!.id });
    saves.write('premiers-pas', first.session.save());
    const resumed = start(true);
    expect(resumed.ok && resumed.saveSetAside).toBe(false);
    if (!resumed.ok) return;
    expect(resumed.session.state.log).toEqual(first.session.state.log);
    expect(resumed.session.viewModel.screen).toBe('consequence');
  });

  it('sets aside a save that no longer replays, or of another version, and starts anew', () => {
    const { saves, storage, start } = setup();
    saves.write('premiers-pas', {
      saveVersion: 1,
      scenarioId: 'premiers-pas',
      scenarioVersion: 1,
      seed: 5,
      choices: ['nope'],
    });
    const broken = start(true);
    expect(broken.ok && broken.saveSetAside).toBe(true);
    expect(broken.ok && broken.session.state.log).toEqual([]);
    expect(saves.has('premiers-pas')).toBe(false);
    saves.write('premiers-pas', {
      saveVersion: 1,
      scenarioId: 'premiers-pas',
      scenarioVersion: 99,
      seed: 5,
      choices: [],
    });
    const other = start(true);
    expect(other.ok && other.saveSetAside).toBe(true);
    // Both were set aside, not deleted: kept, in order, for the player to export.
    expect(storage.keys('save-aside:premiers-pas:')).toEqual([
      'save-aside:premiers-pas:1',
      'save-aside:premiers-pas:2',
    ]);
    expect(JSON.parse(storage.get('save-aside:premiers-pas:2') ?? '{}')).toMatchObject({
      session: { scenarioVersion: 99 },
    });
    expect(saves.setAsides().map((entry) => entry.key)).toHaveLength(2);
  });
});
