import { INITIATIVE_STATES, type Condition, type Range } from './format';
import type { GameState } from './game-state';
import { linkKey } from './links';
import type { ScenarioIndex } from './scenario-index';

const inRange = (value: number, range: Range): boolean =>
  (range.atLeast === undefined || value >= range.atLeast) &&
  (range.atMost === undefined || value <= range.atMost);

const stateRank = (state: string): number => INITIATIVE_STATES.indexOf(state as never);

/** Whether a declarative condition holds in a state. `undefined` always holds. */
export function holds(condition: Condition | undefined, state: GameState, index: ScenarioIndex): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, state, index));
  if ('any' in condition) return condition.any.some((c) => holds(c, state, index));
  if ('not' in condition) return !holds(condition.not, state, index);
  if ('meter' in condition) return inRange(state.meters[condition.meter] ?? 0, condition);
  if ('flag' in condition) return (state.flags[condition.flag] ?? false) === (condition.is ?? true);
  if ('turn' in condition) return inRange(state.turn, condition.turn);
  if ('phaseTurn' in condition) return inRange(state.phaseTurn, condition.phaseTurn);
  if ('phase' in condition) return index.phases[state.phaseIndex]?.id === condition.phase;
  if ('initiative' in condition) {
    const current = state.initiatives[condition.initiative]?.state ?? 'idea';
    if (condition.state !== undefined && current !== condition.state) return false;
    if (condition.atLeast !== undefined) {
      if (current === 'failed') return condition.atLeast === 'failed';
      if (stateRank(current) < stateRank(condition.atLeast)) return false;
    }
    return true;
  }
  if ('link' in condition) {
    const [a, b] = condition.link;
    return inRange(state.links[linkKey(a, b)] ?? 0, condition);
  }
  if ('linkCount' in condition) return inRange(Object.keys(state.links).length, condition.linkCount);
  if ('cardPlayed' in condition) return (state.played[condition.cardPlayed] ?? 0) > 0;
  return assertNever(condition);
}

function assertNever(value: never): never {
  throw new Error(`Unknown condition: ${JSON.stringify(value)}`);
}
