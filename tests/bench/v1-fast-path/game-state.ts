import type { InitiativeState } from './format';
import { linkKey } from './links';
import { seedRng, type RngState } from './rng';
import type { ScenarioIndex } from './scenario-index';

/** What the player is looking at; the compiled machine has one state per value. */
export type Screen = 'phase-intro' | 'card' | 'consequence' | 'ended';

/** Why something changed: a choice on a card, or a rule of the game. */
export type Cause =
  { card: string; choice: string } | { rule: 'initiative-failed' | 'initiative-requirement' };

/** One recorded change, with its cause, so the game can answer "why did this change?". */
export type Change =
  | { kind: 'meter'; meter: string; from: number; to: number; cause: Cause }
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
  | { kind: 'sound'; cue: string; cause: Cause };

/** The state of one initiative. */
export interface InitiativeStatus {
  progress: number;
  state: InitiativeState;
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
