import { createInitialState } from '../../../core/game-state';
import { nextFloat } from '../../../core/rng';
import type { ScenarioIndex } from '../../../core/scenario-index';
import { advance, availableChoices, choose, shownChoices } from '../../../core/turn';
import type { Choice, Posture } from '../../../scenario/format';

/** Postures the attract demo favours: the practices the game teaches. */
export const PRINCIPLED: readonly Posture[] = [
  'cooperative',
  'participatory',
  'needs-first',
  'patient',
  'hybrid-resources',
  'peer-evaluation',
];

/** One move of the demo: what the UI does, in order, with a pause between moves. */
export type DemoMove =
  | { type: 'continue'; screen: 'phase-intro' | 'consequence' }
  /** `number`: the choice's 1-based number on screen (as `ChoiceView.number`). */
  | { type: 'choose'; card: string; choice: string; number: number };

/** A demo script: the seed to start the session with, and its moves up to the ending. */
export interface DemoScript {
  seed: number;
  moves: DemoMove[];
  ending: string | null;
}

const score = (choice: Choice): number =>
  choice.postures.reduce((sum, posture) => sum + (PRINCIPLED.includes(posture) ? 1 : -1), 0);

/**
 * The attract screen's demo: plays the scenario from `seed`, picking on each card the available choice
 * with the most principled postures (ties drawn with a generator seeded from `seed`). Deterministic:
 * the same scenario and seed give the same script, which the UI loops.
 */
export function attractDemo(index: ScenarioIndex, seed: number, maxMoves = 400): DemoScript {
  let state = createInitialState(index, seed);
  let rng = (seed ^ 0x5bd1e995) >>> 0;
  const moves: DemoMove[] = [];
  while (state.screen !== 'ended' && moves.length < maxMoves) {
    if (state.screen === 'phase-intro' || state.screen === 'consequence') {
      moves.push({ type: 'continue', screen: state.screen });
      state = advance(state, index);
      continue;
    }
    const card = state.card === null ? undefined : index.cards.get(state.card);
    const offered = card ? availableChoices(card, state, index) : [];
    if (!card || offered.length === 0) break;
    const best = Math.max(...offered.map(score));
    const pool = offered.filter((choice) => score(choice) === best);
    const [r, next] = nextFloat(rng);
    rng = next;
    const picked = pool[Math.floor(r * pool.length)] ?? offered[0];
    if (!picked) break;
    moves.push({
      type: 'choose',
      card: card.id,
      choice: picked.id,
      // Numbered as on screen: among the shown choices, unaffordable ones included (never picked).
      number: shownChoices(card, state, index).indexOf(picked) + 1,
    });
    state = choose(state, picked.id, index);
  }
  return { seed, moves, ending: state.ending };
}
