import type { InitiativeState, SoundCue } from '../scenario/format';
import { FAMILIES } from './vocabulary';
import { linkKey } from './links';
import { seedRng, type RngState } from './rng';
import type { ScenarioIndex } from './scenario-index';

/** What the player is looking at; the compiled machine has one state per value. */
export type Screen = 'phase-intro' | 'card' | 'consequence' | 'ended';

/**
 * A change made by a choice: by its own effects (no `via`), by the outcome that applied, by its stated
 * risk, or by one of its delayed consequences landing later (`turn`: the turn it was chosen on).
 */
export interface ChoiceCause {
  card: string;
  choice: string;
  via?: 'outcome' | 'risk' | 'delayed';
  /** The turn of the choice, on the changes of a delayed consequence (they land on a later turn). */
  turn?: number;
}

/** A change made by a rule of the game. */
export type RuleCause =
  | { rule: 'initiative-failed' | 'initiative-requirement' }
  /** A drift rule of the scenario (`drift`: its index in `scenario.drift`). */
  | { rule: 'drift'; drift: number }
  /** A rise beyond the meter's `maxRisePerTurn`, lost. */
  | { rule: 'rise-cap'; meter: string }
  /** The meter brought down to its `ceiling`. */
  | { rule: 'ceiling'; meter: string };

/** Why something changed: a choice on a card, or a rule of the game. */
export type Cause = ChoiceCause | RuleCause;

/** One recorded change, with its cause, so the game can answer "why did this change?". */
export type Change =
  /** `lost`: on a `rise-cap` change (from = to), the rise that the cap took away. */
  | { kind: 'meter'; meter: string; from: number; to: number; cause: Cause; lost?: number }
  | { kind: 'link'; from: string; to: string; before: number; after: number; cause: Cause }
  | { kind: 'flag'; flag: string; value: boolean; cause: Cause }
  | {
      kind: 'initiative';
      initiative: string;
      progressBefore: number;
      progressAfter: number;
      stateBefore: InitiativeState;
      stateAfter: InitiativeState;
      cause: Cause;
    }
  | { kind: 'sound'; cue: SoundCue; cause: Cause };

/** The state of one initiative. */
export interface InitiativeStatus {
  progress: number;
  state: InitiativeState;
}

/** A delayed consequence waiting to land: where it comes from (its choice and turn) and its place in it. */
export interface PendingDelayed {
  /** The turn of the choice it comes from. */
  turn: number;
  card: string;
  choice: string;
  /** Where the `delayed` effect is in the choice, e.g. `effects/2`, `outcomes/0/effects/1`. */
  path: string;
}

/** A delayed consequence that landed (or lapsed: its `within` ran out) at the end of a turn. */
export interface DelayedRecord extends PendingDelayed {
  landed: boolean;
}

/** One turn of the session log: the card, the choice, every change and the meters after it. */
export interface TurnRecord {
  turn: number;
  phase: string;
  card: string;
  choice: string;
  changes: Change[];
  meters: Record<string, number>;
  /** Total link strength after the turn (the ecosystem's density). */
  linkStrength: number;
  /** The index of the outcome of the choice that applied, if any. */
  outcome?: number;
  /** The choice's stated risk, if one applied: its index, its chance, and whether it happened. */
  risk?: { index: number; chance: number; happened: boolean };
  /** The delayed consequences that landed or lapsed at the end of this turn. */
  delayed?: DelayedRecord[];
  /** The drift rules that applied at the end of this turn; `told`: its text is shown this time. */
  drifts?: { index: number; told: boolean }[];
}

/** The whole state of a session: plain data, serialisable, reproduced by seed + choices. */
export interface GameState {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  rng: RngState;
  screen: Screen;
  /** Turns played so far. */
  turn: number;
  phaseIndex: number;
  /** Turns played in the current phase. */
  phaseTurn: number;
  meters: Record<string, number>;
  /** Link strength by `linkKey`, 1..3; absent means no link. */
  links: Record<string, number>;
  flags: Record<string, boolean>;
  initiatives: Record<string, InitiativeStatus>;
  /** How many times each card was played. */
  played: Record<string, number>;
  /** The card on screen (during `card` and `consequence`). */
  card: string | null;
  /** A chained card to play next. */
  chain: string | null;
  log: TurnRecord[];
  ending: string | null;
  /** Delayed consequences waiting to land, in the order they were queued. */
  pending: PendingDelayed[];
  /** For each family, the turn a choice last involved it (0: never); `leftOut` = turn − this. */
  lastInvolved: Record<string, number>;
  /** The drift rules that applied at the end of the last turn (a drift's text is told when it starts). */
  drifting: number[];
}

/**
 * An empty table for ids added one by one during a session (flags, cards played, links). It is put in
 * V8's dictionary mode from the start: tables that grow in a different key order every session would
 * otherwise go through thousands of hidden classes, making every lookup slow. Plain object all the same.
 */
export function emptyTable<T>(): Record<string, T> {
  const table: Record<string, unknown> = {};
  table['\u0000a'] = 0;
  table['\u0000b'] = 0;
  delete table['\u0000a'];
  delete table['\u0000b'];
  return table as Record<string, T>;
}

/** The links a scenario starts with. */
export function initialLinks(index: ScenarioIndex): Record<string, number> {
  const links: Record<string, number> = emptyTable();
  for (const link of index.scenario.links ?? []) links[linkKey(link.from, link.to)] = link.strength;
  return links;
}

/** A new session at the first phase's introduction. */
export function createInitialState(index: ScenarioIndex, seed: number): GameState {
  const meters: Record<string, number> = {};
  for (const meter of index.scenario.meters) meters[meter.id] = meter.initial;
  const initiatives: Record<string, InitiativeStatus> = {};
  for (const initiative of index.scenario.initiatives ?? []) {
    initiatives[initiative.id] = { progress: 0, state: 'idea' };
  }
  const lastInvolved: Record<string, number> = {};
  for (const family of FAMILIES) lastInvolved[family] = 0;
  return {
    scenarioId: index.scenario.meta.id,
    scenarioVersion: index.scenario.meta.version,
    seed,
    rng: seedRng(seed),
    screen: 'phase-intro',
    turn: 0,
    phaseIndex: 0,
    phaseTurn: 0,
    meters,
    links: initialLinks(index),
    flags: emptyTable(),
    initiatives,
    played: emptyTable(),
    card: null,
    chain: null,
    log: [],
    ending: null,
    pending: [],
    lastInvolved,
    drifting: [],
  };
}

/** The sum of every link's strength. */
export function totalLinkStrength(links: Record<string, number>): number {
  let sum = 0;
  for (const key in links) sum += links[key] ?? 0;
  return sum;
}

/** The choice ids played so far, in order: with the seed, they reproduce the session. */
export function choicesOf(state: GameState): string[] {
  return state.log.map((record) => record.choice);
}
