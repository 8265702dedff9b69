/**
 * Which flags a condition waits for: the flags whose value (true or false) can make it hold, read
 * through `all`, `any` and `not`. Used to tell that a choice "opened the way" to a later card or counted
 * in the ending. Pure.
 */
import type { Condition } from '../../scenario/format';
import { unreachable } from '../../core/unreachable';

/** A flag a condition waits for, and the value it waits for. */
export interface FlagRead {
  flag: string;
  value: boolean;
}

/** The flags a condition waits for (each flag once, with the value that helps it hold). */
export function flagsWaitedFor(condition: Condition | undefined): FlagRead[] {
  const found = new Map<string, boolean>();
  const walk = (c: Condition, positive: boolean): void => {
    if ('all' in c) c.all.forEach((x) => walk(x, positive));
    else if ('any' in c) c.any.forEach((x) => walk(x, positive));
    else if ('not' in c) walk(c.not, !positive);
    else if ('flag' in c) {
      const value = (c.is ?? true) === positive;
      if (!found.has(c.flag)) found.set(c.flag, value);
    } else if (
      'meter' in c ||
      'turn' in c ||
      'phaseTurn' in c ||
      'phase' in c ||
      'initiative' in c ||
      'link' in c ||
      'linkCount' in c ||
      'cardPlayed' in c ||
      'leftOut' in c ||
      'gap' in c ||
      'dominant' in c
    )
      return;
    else unreachable(c, 'condition');
  };
  if (condition) walk(condition, true);
  return [...found].map(([flag, value]) => ({ flag, value }));
}
