import type { Effect, InitiativeState } from '../scenario/format';
import { holds } from './conditions';
import type { Cause, Change, GameState } from './game-state';
import { linkKey, MAX_LINK_STRENGTH } from './links';
import type { ScenarioIndex } from './scenario-index';

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

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

/** The tables of a state that a turn may write. */
export type Table = 'meters' | 'links' | 'flags' | 'initiatives' | 'played';

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

/** The state an initiative's progress earns, given its thresholds. */
export function initiativeStateFor(
  progress: number,
  thresholds: { emerging: number; running: number; consolidated: number },
): InitiativeState {
  if (progress >= thresholds.consolidated) return 'consolidated';
  if (progress >= thresholds.running) return 'running';
  if (progress >= thresholds.emerging) return 'emerging';
  return 'idea';
}

/** Applies one effect to a draft and records what changed. */
export function applyEffect(
  draft: Draft,
  effect: Effect,
  cause: Cause,
  index: ScenarioIndex,
  changes: Change[],
): void {
  switch (effect.type) {
    case 'meter':
    case 'cost': {
      const def = index.meters.get(effect.meter);
      if (!def) return;
      const from = draft.meters[effect.meter] ?? def.initial;
      const delta = effect.type === 'meter' ? effect.delta : -effect.amount;
      const to = clamp(from + delta, def.min, def.max);
      draft.meters[effect.meter] = to;
      changes.push({ kind: 'meter', meter: effect.meter, from, to, cause });
      return;
    }
    case 'link': {
      const key = linkKey(effect.from, effect.to);
      const before = draft.links[key] ?? 0;
      const after = clamp(before + effect.delta, 0, MAX_LINK_STRENGTH);
      if (after === 0) delete draft.links[key];
      else draft.links[key] = after;
      changes.push({ kind: 'link', from: effect.from, to: effect.to, before, after, cause });
      return;
    }
    case 'flag': {
      const value = effect.value ?? true;
      draft.flags[effect.flag] = value;
      changes.push({ kind: 'flag', flag: effect.flag, value, cause });
      return;
    }
    case 'initiative': {
      const def = index.initiatives.get(effect.initiative);
      const status = draft.initiatives[effect.initiative];
      if (!def || !status) return;
      if (status.state === 'failed') return;
      let next = status;
      let why: Cause = cause;
      if (effect.fail) {
        next = { progress: status.progress, state: 'failed' };
      } else if (!holds(def.requires, draft, index)) {
        why = { rule: 'initiative-requirement' };
      } else {
        const progress = Math.max(0, status.progress + (effect.progress ?? 1));
        next = { progress, state: initiativeStateFor(progress, def.thresholds) };
      }
      draft.initiatives[effect.initiative] = next;
      changes.push({
        kind: 'initiative',
        initiative: effect.initiative,
        progressBefore: status.progress,
        progressAfter: next.progress,
        stateBefore: status.state,
        stateAfter: next.state,
        cause: why,
      });
      return;
    }
    case 'sound':
      changes.push({ kind: 'sound', cue: effect.cue, cause });
      return;
  }
}

/** Fails every initiative whose fail condition now holds, recording the rule as the cause. */
export function applyInitiativeFailures(draft: Draft, index: ScenarioIndex, changes: Change[]): void {
  for (const [id, def] of index.initiatives) {
    const status = draft.initiatives[id];
    if (!status || status.state === 'failed' || def.failWhen === undefined) continue;
    if (!holds(def.failWhen, draft, index)) continue;
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
