import type { Dimension, EvaluationTerm } from '../scenario/format';
import { DIMENSIONS, INITIATIVE_STATES } from './vocabulary';
import { totalLinkStrength, type GameState } from './game-state';
import type { ScenarioIndex } from './scenario-index';
import { unreachable } from './unreachable';

/** The first `anytime` ending whose condition holds, or null. */
export function findAnytimeEnding(state: GameState, index: ScenarioIndex): string | null {
  for (const ending of index.rules.anytimeEndings) if (ending.when(state)) return ending.id;
  return null;
}

/** The `end` ending reached when the last phase is over (the fallback if nothing else holds). */
export function resolveFinalEnding(state: GameState, index: ScenarioIndex): string {
  const endings = index.rules.finalEndings;
  for (const ending of endings) if (ending.when(state)) return ending.id;
  return endings[endings.length - 1]?.id ?? '';
}

function termValue(term: EvaluationTerm, state: GameState, index: ScenarioIndex): number {
  if ('meter' in term) {
    const def = index.meters.get(term.meter);
    if (!def || def.max === def.min) return 0;
    return ((state.meters[term.meter] ?? def.initial) - def.min) / (def.max - def.min);
  }
  if ('linkStrength' in term)
    return term.linkStrength <= 0 ? 0 : Math.min(1, totalLinkStrength(state.links) / term.linkStrength);
  if ('initiativesAtLeast' in term) {
    const all = Object.values(state.initiatives);
    if (all.length === 0) return 0;
    const rank = INITIATIVE_STATES.indexOf(term.initiativesAtLeast);
    const count = all.filter(
      (s) => s.state !== 'failed' && INITIATIVE_STATES.indexOf(s.state) >= rank,
    ).length;
    return count / all.length;
  }
  if ('flag' in term) return state.flags[term.flag] ? 1 : 0;
  if ('balance' in term) return balanceValue(term.balance, state, index);
  return unreachable(term, 'evaluation term');
}

/** 1 − the gap between meters divided by their range: 1 when they stand level, 0 at the widest gap. */
function balanceValue(meters: readonly string[], state: GameState, index: ScenarioIndex): number {
  let low = Infinity;
  let high = -Infinity;
  let min = Infinity;
  let max = -Infinity;
  for (const id of meters) {
    const def = index.meters.get(id);
    if (!def) continue;
    const value = state.meters[id] ?? def.initial;
    low = Math.min(low, value);
    high = Math.max(high, value);
    min = Math.min(min, def.min);
    max = Math.max(max, def.max);
  }
  if (!(max > min) || !(high >= low)) return 0;
  return 1 - (high - low) / (max - min);
}

/** The evaluation of a state on every dimension, each 0–100. */
export function evaluate(state: GameState, index: ScenarioIndex): Record<Dimension, number> {
  const result = {} as Record<Dimension, number>;
  for (const dimension of DIMENSIONS) {
    const terms = index.scenario.evaluation[dimension] ?? [];
    let weighted = 0;
    let weights = 0;
    for (const term of terms) {
      const weight = term.weight ?? 1;
      weighted += weight * Math.min(1, Math.max(0, termValue(term, state, index)));
      weights += weight;
    }
    result[dimension] = weights === 0 ? 0 : Math.round((100 * weighted) / weights);
  }
  return result;
}
