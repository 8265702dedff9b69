import { evaluate } from '../../../core/endings';
import type { ScenarioIndex } from '../../../core/scenario-index';
import { decodeSessionCode, replaySessionCode } from '../../../core/session-code';
import { advance } from '../../../core/turn';
import type { Dimension } from '../../../scenario/format';
import { readLength } from './length-code';
import { fitIndex, type SessionLength } from './session-length';

/** A session code given for comparison, with the group's label (e.g. "Groupe du matin"). */
export interface GroupCode {
  label: string;
  code: string;
}

/** Why a code was left out of the comparison. */
export type RejectReason =
  | { kind: 'malformed' }
  | { kind: 'other-scenario'; found: string; expected: string }
  | { kind: 'other-version'; found: number; expected: number }
  /** The code does not replay on the scenario cut to its length of play (`length`). */
  | { kind: 'replay-failed'; at: number; length: SessionLength }
  | { kind: 'duplicate'; of: string };

/** One decision of a group's path. */
export interface PathStep {
  turn: number;
  phase: string;
  card: string;
  choice: string;
}

/** A group's replayed path. */
export interface Trajectory {
  label: string;
  code: string;
  /** The length of play the code carries, and it was replayed at. */
  length: SessionLength;
  /** Each meter's value at the start, then after every turn (length = turns + 1). */
  curves: Record<string, number[]>;
  /** Total link strength at the start, then after every turn. */
  linkStrength: number[];
  steps: PathStep[];
  /** The ending reached, or null when the group stopped before the end. */
  ending: string | null;
  evaluation: Record<Dimension, number>;
}

/** A decision position across groups: what each group had and chose there. */
export interface Crossing {
  /** 0-based decision position. */
  at: number;
  /** One entry per trajectory, same order; null when that group had ended before. */
  entries: (PathStep | null)[];
  /** Every group faced the same card here. */
  sameCard: boolean;
  /** Every group faced the same card and took the same choice. */
  sameChoice: boolean;
}

/** The comparison view's data. */
export interface Comparison {
  trajectories: Trajectory[];
  rejected: { label: string; code: string; reason: RejectReason }[];
  crossings: Crossing[];
  /** The first position where paths part (a different card or choice), or null when all agree. */
  firstDivergence: number | null;
}

/**
 * Decodes and replays each code on this scenario, then lines the paths up decision by decision. `whole`
 * is the scenario as written (not cut): each code replays on the cut of its own length of play
 * (src/engine/modes/formation/length-code.ts), so a whole-scenario code and a 45-minute one compare.
 */
export function compareTrajectories(whole: ScenarioIndex, codes: readonly GroupCode[]): Comparison {
  const meta = whole.scenario.meta;
  const cuts = new Map<SessionLength, ScenarioIndex>();
  const cutTo = (length: SessionLength): ScenarioIndex => {
    const known = cuts.get(length);
    if (known) return known;
    const index = fitIndex(whole, length);
    cuts.set(length, index);
    return index;
  };
  const trajectories: Trajectory[] = [];
  const rejected: Comparison['rejected'] = [];
  const seen = new Map<string, string>();
  for (const { label, code } of codes) {
    const reject = (reason: RejectReason): void => void rejected.push({ label, code, reason });
    const { code: gameCode, length } = readLength(code);
    const decoded = decodeSessionCode(gameCode);
    if (!decoded) {
      reject({ kind: 'malformed' });
      continue;
    }
    if (decoded.scenarioId !== meta.id) {
      reject({ kind: 'other-scenario', found: decoded.scenarioId, expected: meta.id });
      continue;
    }
    if (decoded.version !== meta.version) {
      reject({ kind: 'other-version', found: decoded.version, expected: meta.version });
      continue;
    }
    const canonical = code.trim();
    const twin = seen.get(canonical);
    if (twin !== undefined) {
      reject({ kind: 'duplicate', of: twin });
      continue;
    }
    const index = cutTo(length);
    const result = replaySessionCode(index, decoded);
    if (result.error) {
      reject({ kind: 'replay-failed', at: result.error.at, length });
      continue;
    }
    seen.set(canonical, label);
    // The ending is settled when the player moves on from the last consequence.
    let final = result.state;
    while (final.screen === 'consequence' || final.screen === 'phase-intro') final = advance(final, index);
    const curves: Record<string, number[]> = {};
    for (const meter of whole.scenario.meters)
      curves[meter.id] = [meter.initial, ...result.state.log.map((record) => record.meters[meter.id] ?? 0)];
    const initialLinks = (whole.scenario.links ?? []).reduce((sum, link) => sum + link.strength, 0);
    trajectories.push({
      label,
      code: canonical,
      length,
      curves,
      linkStrength: [initialLinks, ...result.state.log.map((record) => record.linkStrength)],
      steps: result.state.log.map(({ turn, phase, card, choice }) => ({ turn, phase, card, choice })),
      ending: final.ending,
      evaluation: evaluate(final, index),
    });
  }
  const crossings: Crossing[] = [];
  let firstDivergence: number | null = null;
  const longest = Math.max(0, ...trajectories.map((t) => t.steps.length));
  for (let at = 0; at < longest; at++) {
    const entries = trajectories.map((t) => t.steps[at] ?? null);
    const first = entries[0];
    const sameCard = entries.every(
      (e) => e !== null && first !== null && first !== undefined && e.card === first.card,
    );
    const sameChoice = sameCard && entries.every((e) => e?.choice === first?.choice);
    if (!sameChoice && firstDivergence === null) firstDivergence = at;
    crossings.push({ at, entries, sameCard, sameChoice });
  }
  return { trajectories, rejected, crossings, firstDivergence };
}
