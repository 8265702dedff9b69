/**
 * A simulated player that hunts one ending: on each card it takes the choice whose resulting state is
 * nearest to the ending's condition (a rough distance: how far meters are from their bounds, flags from
 * their value, `all` summed, `any` at its nearest), with a seeded draw among the near-best. It finds the
 * rare endings the other players miss, so the debrief's tests can cover every ending. Test helper.
 */
import { compileCondition } from '../../../../src/core/compile-condition';
import { advanceInPlace, availableChoices, choose } from '../../../../src/core/turn';
import { createInitialState, type GameState } from '../../../../src/core/game-state';
import { nextFloat, seedRng } from '../../../../src/core/rng';
import type { ScenarioIndex } from '../../../../src/core/scenario-index';
import type { Condition } from '../../../../src/scenario/format';

/** How far a state is from satisfying a condition (0 when it holds). */
function distance(c: Condition, state: GameState, index: ScenarioIndex): number {
  const range = (value: number, r: { atLeast?: number; atMost?: number }): number =>
    Math.max(0, (r.atLeast ?? -Infinity) - value) + Math.max(0, value - (r.atMost ?? Infinity));
  if ('all' in c) return c.all.reduce((sum, x) => sum + distance(x, state, index), 0);
  if ('any' in c) return Math.min(...c.any.map((x) => distance(x, state, index)));
  if ('meter' in c) return range(state.meters[c.meter] ?? 0, c);
  if ('flag' in c) return (state.flags[c.flag] ?? false) === (c.is ?? true) ? 0 : 10;
  if ('gap' in c) {
    const values = c.gap.map((m) => state.meters[m] ?? 0);
    return range(Math.max(...values) - Math.min(...values), c);
  }
  if ('dominant' in c) {
    const own = state.meters[c.dominant] ?? 0;
    const others = c.among.filter((m) => m !== c.dominant).map((m) => state.meters[m] ?? 0);
    return Math.max(0, c.by - (own - Math.max(...others)));
  }
  return compileCondition(c, index.phases)(state) ? 0 : 10;
}

/** A session played towards `ending` from `seed`; its state at the end (whatever ending it reached). */
export function hunt(index: ScenarioIndex, ending: string, seed: number, turnLimit: number): GameState {
  const target = index.endings.get(ending);
  const goal = target?.when;
  let state = createInitialState(index, seed);
  let rng = seedRng(seed ^ 0x2545f491);
  for (let step = 0; step < 4 * turnLimit && state.screen !== 'ended'; step++) {
    if (state.screen !== 'card') {
      const next = structuredClone(state);
      advanceInPlace(next, index);
      state = next;
      continue;
    }
    const card = index.cards.get(state.card ?? '');
    const choices = card ? availableChoices(card, state, index) : [];
    if (choices.length === 0) break;
    const scored = choices.map((choice) => {
      const after = choose(state, choice.id, index);
      return { id: choice.id, after, d: goal ? distance(goal, after, index) : 0 };
    });
    const best = Math.min(...scored.map((s) => s.d));
    const near = scored.filter((s) => s.d <= best + 2);
    const [r, nextRng] = nextFloat(rng);
    rng = nextRng;
    state = (near[Math.floor(r * near.length)] ?? scored[0])!.after;
  }
  return state;
}
