import type { Choice, Effect } from '../scenario/format';

/**
 * The effect at a path of a choice (`effects/2`, `outcomes/0/effects/1`, `risks/0/effects/3/effects/0`),
 * as a delayed consequence's site names it; undefined when there is none.
 */
export function effectAt(choice: Choice | undefined, path: string): Effect | undefined {
  let node: unknown = choice;
  for (const part of path.split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== null && typeof node === 'object' && 'type' in node ? (node as Effect) : undefined;
}
