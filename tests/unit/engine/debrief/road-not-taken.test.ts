/**
 * The road not taken: replayed from the exact state of a decision with the expert player, over the
 * decisive turning point of sessions of every bundled scenario and the fixtures. Deterministic, another
 * choice than the player's, a real ending, and told in two or three sentences labelled as a simulated
 * possibility, in French and English.
 */
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../../src/engine/debrief/build-debrief';
import { roadNotTaken, type RoadNotTaken } from '../../../../src/engine/debrief/road-not-taken';
import { roadWords } from '../../../../src/engine/debrief/road-words';
import { loadScenario } from '../../../../src/engine/api';
import { allSamples, type Sample } from './sessions';

/** The road at the weightiest turning point where the player had another choice. */
function roadOf(sample: Sample): RoadNotTaken | null {
  const loaded = loadScenario(sample.index.scenario);
  const debrief = buildDebrief(sample.state, sample.ctx('fr'));
  for (const key of [...debrief.keyDecisions].sort((a, b) => b.weight - a.weight)) {
    const road = roadNotTaken(
      loaded,
      sample.state,
      sample.state.log.findIndex((r) => r.turn === key.turn),
    );
    if (road) return road;
  }
  return null;
}

describe('the road not taken', () => {
  const cases = allSamples().flatMap(({ samples }) => samples.slice(0, 3));

  it('replays the decision from its exact state, takes another choice, and is deterministic', () => {
    let told = 0;
    for (const sample of cases) {
      const where = `${sample.scenario} seed ${sample.seed}`;
      const road = roadOf(sample);
      if (!road) continue;
      told++;
      const record = sample.state.log[road.logIndex]!;
      expect(road.turn, where).toBe(record.turn);
      expect(road.card, where).toBe(record.card);
      expect(road.taken, where).not.toBe(record.choice);
      expect(sample.index.choices.get(road.card)?.has(road.taken), where).toBe(true);
      if (road.ending) expect(sample.index.endings.has(road.ending.id), where).toBe(true);
      expect(roadOf(sample), where).toEqual(road);
      const loaded = loadScenario(sample.index.scenario);
      expect(roadNotTaken(loaded, sample.state, road.logIndex), where).toEqual(road);
    }
    expect(told).toBeGreaterThan(cases.length / 2);
  });

  it('is null past the end of the log', () => {
    const sample = cases[0]!;
    const loaded = loadScenario(sample.index.scenario);
    expect(roadNotTaken(loaded, sample.state, sample.state.log.length)).toBeNull();
  });

  it('is told in two or three sentences, labelled as one simulated possibility, with no leftovers', () => {
    for (const sample of cases.slice(0, 12)) {
      const road = roadOf(sample);
      if (!road) continue;
      for (const lang of ['fr', 'en'] as const) {
        const text = roadWords(road, sample.state, sample.ctx(lang));
        const where = `${sample.scenario} seed ${sample.seed} ${lang}: ${text}`;
        expect(text, where).toMatch(
          lang === 'fr'
            ? /^Une possibilité simulée, pas la vérité/
            : /^One simulated possibility, not the truth/,
        );
        expect(text, where).not.toMatch(/undefined|NaN|\{\{|\$\{| {2}|\bnull\b|had you had/);
        const outside = text.replace(/«[^»]*»|“[^”]*”/g, 'q');
        const sentences = outside.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
        expect(sentences.length, where).toBeGreaterThanOrEqual(2);
        expect(sentences.length, where).toBeLessThanOrEqual(3);
        const ending = road.ending ? sample.index.endings.get(road.ending.id) : undefined;
        if (ending) expect(text, where).toContain(ending.title[lang] ?? ending.title.fr);
      }
    }
  });
});
