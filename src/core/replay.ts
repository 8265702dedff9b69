import { createInitialState, type GameState } from './game-state';
import type { ScenarioIndex } from './scenario-index';
import { advance, choose } from './turn';

/** Why a replay stopped before using all its choices. */
export interface ReplayResult {
  state: GameState;
  /** How many of the given choices were applied. */
  applied: number;
  /** Set when a choice could not be applied (the scenario changed, or the list is wrong). */
  error?: { at: number; choice: string; reason: 'not-available' | 'session-ended' };
}

/**
 * Replays a session from its seed and choices: every screen is advanced as a player would, and each
 * choice is taken on the card it was taken on. Stops at the first choice that does not apply.
 */
export function replay(index: ScenarioIndex, seed: number, choices: readonly string[]): ReplayResult {
  let state = createInitialState(index, seed);
  for (let i = 0; i < choices.length; i++) {
    while (state.screen === 'phase-intro' || state.screen === 'consequence') state = advance(state, index);
    const choice = choices[i] ?? '';
    if (state.screen === 'ended')
      return { state, applied: i, error: { at: i, choice, reason: 'session-ended' } };
    const next = choose(state, choice, index);
    if (next === state) return { state, applied: i, error: { at: i, choice, reason: 'not-available' } };
    state = next;
  }
  return { state, applied: choices.length };
}
