import { readFileSync } from 'node:fs';
import type { GameState } from '../../../src/core/game-state';
import { createInitialState } from '../../../src/core/game-state';
import { indexScenario, type ScenarioIndex } from '../../../src/core/scenario-index';
import { advance, availableChoices, choose } from '../../../src/core/turn';
import type { Scenario } from '../../../src/scenario/format';

/** A bundled scenario, parsed and indexed. */
export function loadIndex(id: string): ScenarioIndex {
  return indexScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')) as Scenario);
}

/** A bundled scenario's data, to derive variants (another version…). */
export function loadScenario(id: string): Scenario {
  return JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')) as Scenario;
}

/** Moves on to the next card (or the end). */
export function toCard(state: GameState, index: ScenarioIndex): GameState {
  let s = state;
  while (s.screen === 'phase-intro' || s.screen === 'consequence') s = advance(s, index);
  return s;
}

/** Plays a whole session, taking on each card the available choice at `pick(turn, count)`. */
export function playThrough(
  index: ScenarioIndex,
  seed: number,
  pick: (turn: number, count: number) => number,
): GameState {
  let state = toCard(createInitialState(index, seed), index);
  while (state.screen === 'card') {
    const card = index.cards.get(state.card ?? '');
    const offered = card ? availableChoices(card, state, index) : [];
    const choice = offered[pick(state.turn, offered.length) % offered.length];
    if (!choice) break;
    state = toCard(choose(state, choice.id, index), index);
  }
  return state;
}
