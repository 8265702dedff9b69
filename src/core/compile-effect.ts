/**
 * Effects compiled once per scenario into closures that write a turn's draft and record the change:
 * the lookups an effect needs (its meter's bounds, its link key, its initiative) are done when the
 * scenario is indexed, not on every turn. The switch over effect types is exhaustive: a type added to
 * the format and not implemented here does not compile.
 */
import type { Effect, Initiative, InitiativeState, MeterDef } from '../scenario/format';
import type { StateTest } from './compile-condition';
import type { Cause } from './game-state';
import { linkKey, MAX_LINK_STRENGTH } from './links';
import { writable, writablePending, type TurnContext } from './turn-context';
import { unreachable } from './unreachable';

/** A compiled effect: applies itself to a turn in progress, recording its change with `cause`. */
export type EffectStep = (turn: TurnContext, cause: Cause) => void;

/** What compiling an effect needs from the index. */
export interface EffectLookups {
  readonly meters: ReadonlyMap<string, MeterDef>;
  readonly initiatives: ReadonlyMap<string, Initiative>;
  /** The compiled `requires` of each initiative (absent: always holds). */
  readonly requires: ReadonlyMap<string, StateTest>;
}

/** Where an effect is written: its card, its choice, and its path in the choice (`effects/2`…). */
export interface EffectSite {
  readonly card: string;
  readonly choice: string;
  readonly path: string;
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** An effect on something the scenario does not declare (the validator refuses it): nothing happens. */
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
  return (turn, cause) => {
    const { draft } = turn;
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
    writable(turn, 'initiatives')[id] = next;
    if (!turn.logged) {
      turn.unrecorded++;
      return;
    }
    turn.changes.push({
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

/**
 * How much a meter with a `maxRisePerTurn` has risen in a turn: one cell per meter, shared by every
 * effect on it, holding the turn it counts for (a new turn starts it again from 0). Turns never overlap:
 * each runs to its end before another starts.
 */
interface RisenCell {
  turn: TurnContext | null;
  amount: number;
}

/** The cells of each compiled scenario (by its lookups), one per meter. */
const risenCells = new WeakMap<EffectLookups, Map<string, RisenCell>>();

function risenCell(lookups: EffectLookups, meter: string): RisenCell {
  let cells = risenCells.get(lookups);
  if (!cells) risenCells.set(lookups, (cells = new Map()));
  let cell = cells.get(meter);
  if (!cell) cells.set(meter, (cell = { turn: null, amount: 0 }));
  return cell;
}

function meterStep(meter: string, delta: number, lookups: EffectLookups): EffectStep {
  const def = lookups.meters.get(meter);
  if (!def) return NOTHING;
  const { min, max, initial } = def;
  const cap = def.maxRisePerTurn;
  if (cap === undefined || delta <= 0)
    return (turn, cause) => {
      const meters = writable(turn, 'meters');
      const from = meters[meter] ?? initial;
      const to = clamp(from + delta, min, max);
      meters[meter] = to;
      if (turn.logged) turn.changes.push({ kind: 'meter', meter, from, to, cause });
      else turn.unrecorded++;
    };
  // Trust takes time: what this turn has already raised the meter counts against its cap.
  const capCause: Cause = { rule: 'rise-cap', meter };
  const risen = risenCell(lookups, meter);
  return (turn, cause) => {
    if (risen.turn !== turn) {
      risen.turn = turn;
      risen.amount = 0;
    }
    const already = risen.amount;
    const allowed = Math.min(delta, Math.max(0, cap - already));
    const from = turn.draft.meters[meter] ?? initial;
    const to = clamp(from + allowed, min, max);
    if (allowed > 0) {
      writable(turn, 'meters')[meter] = to;
      if (turn.logged) turn.changes.push({ kind: 'meter', meter, from, to, cause });
      else turn.unrecorded++;
    }
    if (to > from) risen.amount = already + (to - from);
    if (allowed < delta) {
      if (turn.logged)
        turn.changes.push({ kind: 'meter', meter, from: to, to, cause: capCause, lost: delta - allowed });
      else turn.unrecorded++;
    }
  };
}

/**
 * Compiles one effect written at `site`. A `delayed` effect compiles to its queuing: its own effects
 * are compiled by the rules (src/core/compiled-rules.ts) and applied when it lands
 * (src/core/end-of-turn.ts).
 */
export function compileEffect(effect: Effect, lookups: EffectLookups, site: EffectSite): EffectStep {
  switch (effect.type) {
    case 'meter':
      return meterStep(effect.meter, effect.delta, lookups);
    case 'cost':
      return meterStep(effect.meter, -effect.amount, lookups);
    case 'link': {
      const key = linkKey(effect.from, effect.to);
      const { from, to, delta } = effect;
      return (turn, cause) => {
        const before = turn.draft.links[key] ?? 0;
        const after = clamp(before + delta, 0, MAX_LINK_STRENGTH);
        const links = writable(turn, 'links');
        if (after === 0) delete links[key];
        else links[key] = after;
        if (turn.logged) turn.changes.push({ kind: 'link', from, to, before, after, cause });
        else turn.unrecorded++;
      };
    }
    case 'flag': {
      const flag = effect.flag;
      const value = effect.value ?? true;
      return (turn, cause) => {
        writable(turn, 'flags')[flag] = value;
        if (turn.logged) turn.changes.push({ kind: 'flag', flag, value, cause });
        else turn.unrecorded++;
      };
    }
    case 'initiative':
      return initiativeStep(effect, lookups);
    case 'sound': {
      const cue = effect.cue;
      return (turn, cause) => {
        if (turn.logged) turn.changes.push({ kind: 'sound', cue, cause });
        else turn.unrecorded++;
      };
    }
    case 'delayed': {
      const { card, choice, path } = site;
      // Queued with the turn of the choice: the turn being played (the counter moves at its close).
      return (turn) => {
        writablePending(turn).push({ turn: turn.draft.turn + 1, card, choice, path });
      };
    }
    default:
      return unreachable(effect, 'effect');
  }
}
