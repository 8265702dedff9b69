import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../src/engine/modes/debrief';
import { loadIndex, playThrough } from './helpers';
import { playTraining } from './formation/session-flow';

const index = loadIndex('quartier-generateur');

describe('debrief data', () => {
  it('gives the timeline with the path not taken, meter curves and the questions', () => {
    const state = playThrough(index, 6, (turn, count) => (turn * 7) % count);
    const debrief = buildDebrief(index, state, 'fr');
    expect(debrief.timeline).toHaveLength(state.log.length);
    for (const [i, entry] of debrief.timeline.entries()) {
      expect(entry.choice).toBe(state.log[i]!.choice);
      expect(entry.notTaken.map((n) => n.id)).not.toContain(entry.choice);
      for (const [meter, move] of Object.entries(entry.moves))
        expect(debrief.curves[meter]![i + 1]! - debrief.curves[meter]![i]!).toBe(move);
    }
    expect(debrief.timeline.some((e) => e.key)).toBe(true);
    expect(debrief.curves.elus?.at(-1)).toBe(state.meters.elus);
    const ending = index.endings.get(state.ending!)!;
    expect(debrief.questions.slice(-(ending.debrief?.length ?? 0))).toEqual(
      (ending.debrief ?? []).map((q) => q.fr),
    );
    expect(debrief.disagreements).toEqual([]);
  });

  it('in formation, ranks the cards by disagreement and totals the predictions', () => {
    const teams = [
      { id: 1, name: 'A', role: 'elus' as const },
      { id: 2, name: 'B', role: null },
      { id: 3, name: 'C', role: null },
    ];
    const { state, rounds } = playTraining(
      index,
      3,
      teams,
      { rule: 'majority', tieBreak: 'card-order' },
      (team, turn) => (team === 3 && turn % 2 === 0 ? 1 : 0),
    );
    const debrief = buildDebrief(index, state, 'en', rounds);
    expect(debrief.disagreements.length).toBe(rounds.filter((r) => r.disagreement > 0).length);
    expect(debrief.disagreements.length).toBeGreaterThan(0);
    const values = debrief.disagreements.map((d) => d.disagreement);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    const first = debrief.disagreements[0]!;
    expect(Object.values(first.camps).flat().sort()).toEqual([1, 2, 3]);
    expect(debrief.predictions.find((p) => p.team === 1)?.predicted).toBe(rounds.length);
  });
});
