import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkKey } from '../../../../src/core/links';
import { defaultScenarioFor, wovenSummary } from '../../../../src/engine/modes/evenement/woven';
import { attractDemo } from '../../../../src/engine/modes/evenement/attract-demo';
import { replay } from '../../../../src/core/replay';
import { loadIndex, loadScenario, playThrough } from '../helpers';

describe('ce que vous avez tissé', () => {
  const index = loadIndex('evenement-monnaie-locale');

  it('tells new, strengthened and kept threads apart and counts families and initiatives', () => {
    const script = attractDemo(index, 3);
    const choices = script.moves.flatMap((m) => (m.type === 'choose' ? [m.choice] : []));
    const state = replay(index, 3, choices).state;
    const summary = wovenSummary(index, state);
    const start = new Map((index.scenario.links ?? []).map((l) => [linkKey(l.from, l.to), l.strength]));
    expect(summary.threads.length).toBe(Object.values(state.links).filter((s) => s > 0).length);
    for (const t of summary.threads) {
      const before = start.get(linkKey(t.from, t.to)) ?? 0;
      expect(t.story).toBe(before === 0 ? 'new' : t.strength > before ? 'stronger' : 'kept');
      expect(t.crossFamily).toBe(index.actors.get(t.from)?.family !== index.actors.get(t.to)?.family);
    }
    expect(summary.counts.newThreads).toBeGreaterThan(0);
    // The headline says "N new threads, M of them between families": M counts new threads only.
    expect(summary.counts.crossFamily).toBe(
      summary.threads.filter((t) => t.story === 'new' && t.crossFamily).length,
    );
    expect(summary.counts.crossFamily).toBeLessThanOrEqual(summary.counts.newThreads);
    const total = Object.values(summary.families).reduce((n, f) => n + f.total, 0);
    expect(total).toBe(index.actors.size);
    expect(Object.values(summary.families).reduce((n, f) => n + f.connected, 0)).toBe(
      summary.connected.length,
    );
    for (const i of summary.initiatives) expect(['emerging', 'running', 'consolidated']).toContain(i.state);
  });

  it('lists threads lost since the start', () => {
    const other = loadIndex('quartier-generateur');
    for (let seed = 1; seed <= 30; seed++) {
      const state = playThrough(other, seed, (turn, count) => (turn + seed) % count);
      const summary = wovenSummary(other, state);
      for (const b of summary.broken) expect(state.links[linkKey(b.from, b.to)] ?? 0).toBe(0);
      expect(summary.broken.length + summary.threads.filter((t) => t.story !== 'new').length).toBe(
        (other.scenario.links ?? []).length,
      );
    }
  });
});

describe('default scenario per mode', () => {
  const all = readdirSync('scenarios')
    .filter((f) => f.endsWith('.json') && f !== 'codex.json')
    .map((f) => loadScenario(f.replace(/\.json$/, '')));

  it('plays the 8–12 minute event scenario on a stand, the shortest one otherwise', () => {
    expect(defaultScenarioFor('evenement', all)).toBe('evenement-monnaie-locale');
    expect(defaultScenarioFor('solo', all)).toBe('premiers-pas');
    const long = all.filter((s) => s.meta.durationMinutes > 12);
    expect(defaultScenarioFor('evenement', long)).toBeNull();
    const noSized = all.filter((s) => s.meta.id !== 'evenement-monnaie-locale');
    expect(defaultScenarioFor('evenement', noSized)).toBe('premiers-pas');
  });
});
