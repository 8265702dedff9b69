import type { TurnRecord } from '../../../core/game-state';
import type { FamilyId } from '../../../scenario/format';
import type { RuleSettings } from './decision-rule';
import { FAMILIES } from '../../../scenario/format';
import { idleReader, readKey, type FacilitatorCommand, type KeyPhase, type KeyReader } from './shortcuts';
import type { SessionLength } from './session-length';
import type { Team } from './teams';
import { createTimer, extend, pause, start, tick, toggle, turnOff, type TimerState } from './timer';
import {
  castVote,
  closeBallot,
  closeVote,
  openRound,
  outcomeOf,
  reopenVote,
  pickAsFacilitator,
  recordRound,
  reveal,
  setPrediction,
  truncateHistory,
  type RoundRecord,
  type Trend,
  type VoteRound,
} from './votes';

/** What the facilitator set up before the game. */
export interface FormationSettings {
  teams: Team[];
  rule: RuleSettings;
  /** Discussion time per card. */
  timerMs: number;
  timerEnabled: boolean;
  /** Predict before reveal: the teams predict, the card still on screen, before the choice is played. */
  predict: boolean;
  /** The timer starts by itself on each card (default: off, started with Space). */
  timerAutoStart?: boolean;
  /** How long the replay of the last change (L) lasts, in ms (default `DEFAULT_REPLAY_MS`). */
  replayMs?: number;
  /** The length of play the scenario is cut to (session-length.ts); absent: the whole scenario. */
  length?: SessionLength;
}

/** The replay of the last change lasts about 2 s unless the facilitator chose otherwise. */
export const DEFAULT_REPLAY_MS = 2_000;

/** The whole facilitation state besides the game itself. Plain data. */
export interface FormationState {
  settings: FormationSettings;
  round: VoteRound | null;
  history: RoundRecord[];
  /** Rounds the room went back on ("Revenir d'une décision"), in the order they were undone (not stored). */
  reversed: RoundRecord[];
  timer: TimerState;
  metersVisible: boolean;
  panelOpen: boolean;
  helpOpen: boolean;
  keys: KeyReader;
  /** The log record of the decided choice, waiting for the reveal to be set against the predictions. */
  pending: TurnRecord | null;
}

/** What the shell tells the model, or what the facilitator did. */
export type FormationInput =
  /** The game shows a new card (turn = the decision's 1-based turn, choices = available ids in order). */
  | { type: 'card'; turn: number; card: string; choices: string[] }
  /** The game logged the decided choice. */
  | { type: 'played'; record: TurnRecord }
  /** The game was rewound: `keepTurns` decisions remain. */
  | { type: 'rewound'; keepTurns: number }
  | { type: 'key'; key: string }
  | { type: 'command'; command: FacilitatorCommand }
  | { type: 'vote'; team: number; choice: string }
  | { type: 'predict'; team: number; family: FamilyId; trend: Trend | null }
  | { type: 'pick'; choice: string | null }
  | { type: 'tick' };

/** What the shell must do on the game after a step. */
export type FormationEffect =
  | { type: 'choose'; choice: string }
  | { type: 'reveal' }
  | { type: 'continue' }
  | { type: 'back-one-decision' }
  | { type: 'replay-last-change' }
  /** Open (or bring forward) the presenter view, or close it. */
  | { type: 'toggle-presenter' };

/** The result of a step. */
export interface FormationStep {
  state: FormationState;
  effects: FormationEffect[];
}

/** The facilitation state at the start of the game. */
export function startFormation(settings: FormationSettings): FormationState {
  return {
    settings,
    round: null,
    history: [],
    reversed: [],
    timer: createTimer(settings.timerMs, settings.timerEnabled),
    metersVisible: true,
    panelOpen: false,
    helpOpen: false,
    keys: idleReader,
    pending: null,
  };
}

/** Files the round in the history once it is played and revealed. */
function file(state: FormationState): FormationState {
  const { round, pending } = state;
  if (!round || !pending || round.status !== 'revealed') return state;
  const record = recordRound(round, state.settings.teams, pending);
  return { ...state, pending: null, history: record ? [...state.history, record] : state.history };
}

/** What digits mean in `state` (see shortcuts.ts). */
export function keyPhase(state: FormationState): KeyPhase {
  const round = state.round;
  if (!round) return 'none';
  if (round.status === 'voting') return 'vote';
  if (round.status === 'predicting') return 'predict';
  if (round.status === 'closed' && round.decided === null) {
    const outcome = outcomeOf(round, state.settings.teams, state.settings.rule);
    if (outcome.kind === 'pending' && (outcome.reason === 'tie' || outcome.reason === 'awaiting-facilitator'))
      return 'pick';
  }
  return 'none';
}

/**
 * Closes the vote: the tally shows, the rule applies. The discussion is over: a running timer stops
 * where it is (it would otherwise run out, and be announced, over the tally or the consequences).
 */
function closeRound(state: FormationState, round: VoteRound, nowMs: number): FormationStep {
  const closed = closeBallot(round, state.settings.teams, state.settings.rule);
  return {
    state: { ...state, round: closed, timer: pause(state.timer, nowMs), keys: idleReader },
    effects: [],
  };
}

/** Plays the decided choice: the round is revealed, the game shows its consequences. */
function play(state: FormationState, round: VoteRound): FormationStep {
  const decided = round.decided;
  if (!decided) return { state, effects: [] };
  return {
    state: { ...state, round: { ...round, status: 'revealed' }, keys: idleReader },
    effects: [{ type: 'choose', choice: decided.choice }],
  };
}

/** The one "next" key: the round's next step, or the game's next screen once the round is over. */
function next(state: FormationState, nowMs: number): FormationStep {
  const round = state.round;
  if (!round || round.status === 'revealed') return { state, effects: [{ type: 'continue' }] };
  if (round.status === 'voting') return closeRound(state, round, nowMs);
  if (round.status === 'predicting') return play(state, round);
  if (round.decided === null) return { state, effects: [] };
  if (!state.settings.predict) return play(state, round);
  const predicting = closeVote(round, state.settings.teams, state.settings.rule, true);
  return { state: { ...state, round: predicting, keys: idleReader }, effects: [] };
}

/** The facilitator's pick (a click on the card, or a digit once the vote is closed on a tie). */
function pick(state: FormationState, round: VoteRound, choice: string | null): FormationStep {
  const picked = pickAsFacilitator(round, choice, state.settings.teams, state.settings.rule);
  return { state: { ...state, round: picked }, effects: [] };
}

function command(state: FormationState, cmd: FacilitatorCommand, nowMs: number): FormationStep {
  const same = { state, effects: [] };
  const round = state.round;
  switch (cmd.type) {
    case 'timer-toggle':
      return { state: { ...state, timer: toggle(state.timer, nowMs) }, effects: [] };
    case 'timer-extend':
      return { state: { ...state, timer: extend(state.timer, cmd.ms, nowMs) }, effects: [] };
    case 'space': {
      const timerUsable =
        round?.status === 'voting' && ['ready', 'running', 'paused'].includes(state.timer.status);
      return timerUsable ? command(state, { type: 'timer-toggle' }, nowMs) : next(state, nowMs);
    }
    case 'next':
      return next(state, nowMs);
    case 'close-vote':
      if (round?.status === 'voting') return closeRound(state, round, nowMs);
      return round?.status === 'closed'
        ? { state: { ...state, round: reopenVote(round) }, effects: [] }
        : same;
    case 'vote': {
      const choice = round?.choices[cmd.choice - 1];
      return round && choice
        ? { state: { ...state, round: castVote(round, state.settings.teams, cmd.team, choice) }, effects: [] }
        : same;
    }
    case 'pick': {
      const choice = round?.choices[cmd.choice - 1];
      return round && choice ? pick(state, round, choice) : same;
    }
    case 'predict': {
      const family = FAMILIES[cmd.family - 1];
      return round && family
        ? {
            state: {
              ...state,
              round: setPrediction(round, state.settings.teams, cmd.team, family, cmd.trend),
            },
            effects: [],
          }
        : same;
    }
    case 'reveal':
      return round?.status === 'predicting' ? play(state, round) : same;
    case 'skip':
      if (round?.status === 'voting')
        return { state: { ...state, timer: turnOff(state.timer) }, effects: [] };
      return !round || round.status === 'revealed' ? { state, effects: [{ type: 'continue' }] } : same;
    case 'toggle-presenter':
      return { state, effects: [{ type: 'toggle-presenter' }] };
    case 'replay-last-change':
      return { state, effects: [{ type: 'replay-last-change' }] };
    case 'back-one-decision':
      return { state, effects: [{ type: 'back-one-decision' }] };
    case 'toggle-meters':
      return { state: { ...state, metersVisible: !state.metersVisible }, effects: [] };
    case 'toggle-panel':
      return { state: { ...state, panelOpen: !state.panelOpen }, effects: [] };
    case 'help':
      return { state: { ...state, helpOpen: !state.helpOpen }, effects: [] };
    case 'cancel':
      return { state: { ...state, helpOpen: false, keys: idleReader }, effects: [] };
  }
}

/** One step of the facilitation model. `nowMs` is the shell's clock; nothing here reads time. */
export function stepFormation(state: FormationState, input: FormationInput, nowMs: number): FormationStep {
  const { teams } = state.settings;
  switch (input.type) {
    case 'card': {
      const fresh = createTimer(state.settings.timerMs, state.settings.timerEnabled);
      const timer = state.settings.timerAutoStart ? start(fresh, nowMs) : fresh;
      // A round never revealed is filed as it stands when the next card comes.
      const filed = file(state.round ? { ...state, round: reveal(state.round) } : state);
      const round = openRound(input.turn, input.card, input.choices);
      return { state: { ...filed, round, timer, keys: idleReader, pending: null }, effects: [] };
    }
    case 'played': {
      return { state: file({ ...state, pending: input.record }), effects: [] };
    }
    case 'rewound':
      return {
        state: {
          ...state,
          round: null,
          pending: null,
          history: truncateHistory(state.history, input.keepTurns),
          reversed: [...state.reversed, ...state.history.filter((r) => r.turn > input.keepTurns).reverse()],
        },
        effects: [],
      };
    case 'key': {
      const read = readKey(
        state.keys,
        input.key,
        teams.length,
        state.round?.choices.length ?? 0,
        keyPhase(state),
      );
      const next = { ...state, keys: read.reader };
      return read.command ? command(next, read.command, nowMs) : { state: next, effects: [] };
    }
    case 'command':
      return command(state, input.command, nowMs);
    case 'vote':
      return state.round
        ? { state: { ...state, round: castVote(state.round, teams, input.team, input.choice) }, effects: [] }
        : { state, effects: [] };
    case 'pick':
      return state.round ? pick(state, state.round, input.choice) : { state, effects: [] };
    case 'predict':
      return state.round
        ? {
            state: {
              ...state,
              round: setPrediction(state.round, teams, input.team, input.family, input.trend),
            },
            effects: [],
          }
        : { state, effects: [] };
    case 'tick':
      return { state: { ...state, timer: tick(state.timer, nowMs) }, effects: [] };
  }
}
