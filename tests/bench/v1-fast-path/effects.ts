import type { Effect } from './format';
import { compileEffect } from './compile-effect';
import type { Table } from './compiled-rules';
import type { Cause, Change, GameState } from './game-state';
import type { ScenarioIndex } from './scenario-index';

export { initiativeStateFor } from './compile-effect';
export type { Table } from './compiled-rules';

/**
 * A working copy of a state whose tables may be written. The rules copy once per turn, write into the
 * copy, and hand back a new state: callers never see a state change under them.
 */
export type Draft = GameState;

/** Copies one table. A for-in loop: much faster than spread for id-keyed (dictionary-mode) objects. */
export function copyTable<T>(table: Record<string, T>): Record<string, T> {
  const copy: Record<string, T> = {};
  for (const key in table) copy[key] = table[key] as T;
  return copy;
}

const ALL_TABLES: readonly Table[] = ['meters', 'links', 'flags', 'initiatives', 'played'];

/**
 * Copies the state and the tables a turn may write (all of them by default). Tables not copied stay
 * shared with `state`, so only pass the ones that will not be written when you are sure of it.
 */
export function draftOf(state: GameState, tables: readonly Table[] = ALL_TABLES): Draft {
  const draft: Draft = { ...state };
  for (const table of tables)
    (draft as Record<Table, Record<string, unknown>>)[table] = copyTable(
      state[table] as Record<string, unknown>,
    );
  return draft;
}

/** Applies one effect to a draft and records what changed (the effect's compiled step when indexed). */
export function applyEffect(
  draft: Draft,
  effect: Effect,
  cause: Cause,
  index: ScenarioIndex,
  changes: Change[],
): void {
  const step = index.rules.effects.get(effect) ?? compileEffect(effect, index.rules.effectLookups);
  step(draft, cause, changes);
}

/** Fails every initiative whose fail condition now holds, recording the rule as the cause. */
export function applyInitiativeFailures(draft: Draft, index: ScenarioIndex, changes: Change[]): void {
  for (const { id, failWhen } of index.rules.failures) {
    const status = draft.initiatives[id];
    if (!status || status.state === 'failed') continue;
    if (!failWhen(draft)) continue;
    draft.initiatives[id] = { progress: status.progress, state: 'failed' };
    changes.push({
      kind: 'initiative',
      initiative: id,
      progressBefore: status.progress,
      progressAfter: status.progress,
      stateBefore: status.state,
      stateAfter: 'failed',
      cause: { rule: 'initiative-failed' },
    });
  }
}
