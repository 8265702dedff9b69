/**
 * Where each family stands at the end, and why: its trust at the start and at the end, a band for the
 * end value, and what moved it most in the direction it went (a decision, one of its delayed
 * consequences, or a drift such as being left out). Also the bands the story uses for the evaluation's
 * dimensions, so that what it says never contradicts the figures. Pure.
 */
import type { ChoiceCause, GameState } from '../../core/game-state';
import type { ScenarioIndex } from '../../core/scenario-index';
import { FAMILIES, type Condition, type FamilyId } from '../../scenario/format';

/** How high a family's trust ends, relative to its meter's range. */
export type TrustBand = 'high' | 'fair' | 'fragile' | 'low';

/** How high an evaluation dimension (0–100) is. */
export type DimensionBand = 'high' | 'middle' | 'low';

/** What moved a family's trust most. */
export type Reason =
  /** A decision (its place in the log); `delayed`: mostly through one of its delayed consequences. */
  | { kind: 'decision'; index: number; delayed: boolean }
  /** A drift rule that applies when this family is left out. */
  | { kind: 'left-out' }
  /** Another drift rule. */
  | { kind: 'drift' };

/** One family at the end. */
export interface Standing {
  family: FamilyId;
  start: number;
  end: number;
  band: TrustBand;
  trend: 'up' | 'down' | 'flat';
  because: Reason | null;
}

/** A move smaller than this is told as no move. */
export const FLAT = 3;

/** The band of a trust value in its meter's range. */
export function trustBand(value: number, min: number, max: number): TrustBand {
  const ratio = max > min ? (value - min) / (max - min) : 0;
  if (ratio >= 0.65) return 'high';
  if (ratio >= 0.5) return 'fair';
  if (ratio >= 0.35) return 'fragile';
  return 'low';
}

/** The band of an evaluation dimension (0–100). */
export function dimensionBand(value: number): DimensionBand {
  if (value >= 60) return 'high';
  if (value >= 40) return 'middle';
  return 'low';
}

/** Whether a condition waits for a family being left out. */
function readsLeftOut(condition: Condition | undefined, family: FamilyId): boolean {
  if (!condition) return false;
  if ('all' in condition) return condition.all.some((c) => readsLeftOut(c, family));
  if ('any' in condition) return condition.any.some((c) => readsLeftOut(c, family));
  if ('not' in condition) return false;
  return 'leftOut' in condition && condition.leftOut === family;
}

/** The four families at the end of a session, with what moved each most. */
export function standings(state: GameState, index: ScenarioIndex): Standing[] {
  const byTurn = new Map(state.log.map((record, i) => [record.turn, i]));
  return FAMILIES.flatMap((family): Standing[] => {
    const def = index.meters.get(family);
    if (!def) return [];
    const end = state.meters[family] ?? def.initial;
    const net = end - def.initial;
    const sources = new Map<string, { reason: Reason; delta: number }>();
    const add = (key: string, reason: Reason, delta: number): void => {
      const source = sources.get(key) ?? { reason, delta: 0 };
      source.delta += delta;
      sources.set(key, source);
    };
    state.log.forEach((record, i) => {
      for (const change of record.changes) {
        if (change.kind !== 'meter' || change.meter !== family || change.to === change.from) continue;
        const delta = change.to - change.from;
        const cause = change.cause;
        if ('rule' in cause) {
          if (cause.rule !== 'drift') continue;
          const leftOut = readsLeftOut(index.scenario.drift?.[cause.drift]?.when, family);
          add(leftOut ? 'left-out' : 'drift', { kind: leftOut ? 'left-out' : 'drift' }, delta);
          continue;
        }
        const choice = cause as ChoiceCause;
        const origin = choice.via === 'delayed' && choice.turn !== undefined ? byTurn.get(choice.turn) : i;
        if (origin === undefined) continue;
        add(
          `${origin}:${choice.via === 'delayed' ? 'later' : 'now'}`,
          { kind: 'decision', index: origin, delayed: choice.via === 'delayed' },
          delta,
        );
      }
    });
    const trend = net >= FLAT ? 'up' : net <= -FLAT ? 'down' : 'flat';
    let because: Reason | null = null;
    if (trend !== 'flat') {
      let best = 0;
      for (const { reason, delta } of sources.values()) {
        const along = trend === 'up' ? delta : -delta;
        if (along > best) {
          best = along;
          because = reason;
        }
      }
    }
    return [{ family, start: def.initial, end, band: trustBand(end, def.min, def.max), trend, because }];
  });
}
