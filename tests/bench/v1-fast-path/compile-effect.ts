/**
 * Effects compiled once per scenario into closures that write a draft and record the change: the
 * lookups an effect needs (its meter's bounds, its link key, its initiative) are done when the scenario
 * is indexed, not on every turn.
 */
import type { Effect, Initiative, InitiativeState, MeterDef } from './format';
import type { StateTest } from './compile-condition';
import type { Cause, Change, GameState } from './game-state';
import { linkKey, MAX_LINK_STRENGTH } from './links';

/** A compiled effect: applies itself to a draft (whose written table is already a private copy). */
export type EffectStep = (draft: GameState, cause: Cause, changes: Change[]) => void;

/** What compiling an effect needs from the index. */
export interface EffectLookups {
  readonly meters: ReadonlyMap<string, MeterDef>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  /** The compiled `requires` of each initiative (absent: always holds). */
  readonly requires: ReadonlyMap<string, StateTest>;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

const NOTHING: EffectStep = () => undefined;

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

function initiativeStep(effect: Extract<Effect, { type: 'initiative' }>, lookups: EffectLookups): EffectStep {
  const id = effect.initiative;
  const def = lookups.initiatives.get(id);
  if (!def) return NOTHING;
  const requires = lookups.requires.get(id);
  return (draft, cause, changes) => {
    const status = draft.initiatives[id];
    if (!status) return;
    if (status.state === 'failed') return;
    let next = status;
    let why: Cause = cause;
    if (effect.fail) {
      next = { progress: status.progress, state: 'failed' };
    } else if (requires !== undefined && !requires(draft)) {
      why = { rule: 'initiative-requirement' };
    } else {
      const progress = Math.max(0, status.progress + (effect.progress ?? 1));
      next = { progress, state: initiativeStateFor(progress, def.thresholds) };
    }
    draft.initiatives[id] = next;
    changes.push({
      kind: 'initiative',
      initiative: id,
      progressBefore: status.progress,
      progressAfter: next.progress,
      stateBefore: status.state,
      stateAfter: next.state,
      cause: why,
    });
  };
}

/** Compiles one effect. Effects of an unknown type do nothing (the machine compiler reports them). */
export function compileEffect(effect: Effect, lookups: EffectLookups): EffectStep {
  switch (effect.type) {
    case 'meter':
    case 'cost': {
      const meter = effect.meter;
      const def = lookups.meters.get(meter);
      if (!def) return NOTHING;
      const { min, max, initial } = def;
      const delta = effect.type === 'meter' ? effect.delta : -effect.amount;
      return (draft, cause, changes) => {
        const from = draft.meters[meter] ?? initial;
        const to = clamp(from + delta, min, max);
        draft.meters[meter] = to;
        changes.push({ kind: 'meter', meter, from, to, cause });
      };
    }
    case 'link': {
      const key = linkKey(effect.from, effect.to);
      const { from, to, delta } = effect;
      return (draft, cause, changes) => {
        const before = draft.links[key] ?? 0;
        const after = clamp(before + delta, 0, MAX_LINK_STRENGTH);
        if (after === 0) delete draft.links[key];
        else draft.links[key] = after;
        changes.push({ kind: 'link', from, to, before, after, cause });
      };
    }
    case 'flag': {
      const flag = effect.flag;
      const value = effect.value ?? true;
      return (draft, cause, changes) => {
        draft.flags[flag] = value;
        changes.push({ kind: 'flag', flag, value, cause });
      };
    }
    case 'initiative':
      return initiativeStep(effect, lookups);
    case 'sound': {
      const cue = effect.cue;
      return (_draft, cause, changes) => {
        changes.push({ kind: 'sound', cue, cause });
      };
    }
    default:
      return NOTHING;
  }
}
