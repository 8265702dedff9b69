import type { ScenarioIndex } from '../../core/scenario-index';
import { simulate } from '../../scenario/play/simulate';

/** What simulated playthroughs say about a scenario, for its author. */
export interface Coverage {
  runs: number;
  /** Cards no run drew. */
  neverDrawn: string[];
  /** Ending id → share of the runs (0..1), every ending listed. */
  endings: Record<string, number>;
  /** Endings reached by fewer than `rareShare` of the runs (never reached included). */
  rareEndings: string[];
  /** Meters that reached their minimum or maximum in some run. */
  metersAtBounds: { id: string; bound: 'min' | 'max' }[];
}

/**
 * Plays the scenario `runs` times (half at random, half with the principled policy) and sums up the
 * coverage. Pure: the seed fixes every run.
 */
export function scenarioCoverage(index: ScenarioIndex, runs = 200, seed = 1, rareShare = 0.02): Coverage {
  const half = Math.max(1, Math.floor(runs / 2));
  const reports = [
    simulate(index, { runs: half, seed, policy: 'random' }),
    simulate(index, { runs: runs - half || 1, seed: seed + half, policy: 'principled' }),
  ];
  const total = reports.reduce((sum, report) => sum + report.runs, 0);
  const { scenario } = index;
  const drawn = (id: string): number => reports.reduce((sum, r) => sum + (r.cardsDrawn[id] ?? 0), 0);
  const endings: Record<string, number> = {};
  for (const ending of scenario.endings)
    endings[ending.id] = reports.reduce((sum, r) => sum + (r.endings[ending.id] ?? 0), 0) / total;
  const metersAtBounds: Coverage['metersAtBounds'] = [];
  for (const meter of scenario.meters) {
    const low = Math.min(...reports.map((r) => r.meters[meter.id]?.min ?? meter.initial));
    const high = Math.max(...reports.map((r) => r.meters[meter.id]?.max ?? meter.initial));
    if (low <= meter.min) metersAtBounds.push({ id: meter.id, bound: 'min' });
    if (high >= meter.max) metersAtBounds.push({ id: meter.id, bound: 'max' });
  }
  return {
    runs: total,
    neverDrawn: scenario.cards.map((card) => card.id).filter((id) => drawn(id) === 0),
    endings,
    rareEndings: Object.entries(endings)
      .filter(([, share]) => share < rareShare)
      .map(([id]) => id),
    metersAtBounds,
  };
}
