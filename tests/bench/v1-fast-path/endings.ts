import { DIMENSIONS, INITIATIVE_STATES, type Dimension, type EvaluationTerm } from './format';
import { totalLinkStrength, type GameState } from './game-state';
import type { ScenarioIndex } from './scenario-index';

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
  return state.flags[term.flag] ? 1 : 0;
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
