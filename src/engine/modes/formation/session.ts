import type { TurnRecord } from '../../../core/game-state';
import type { FamilyId } from '../../../scenario/format';
import type { RuleSettings } from './decision-rule';
import type { SessionLength } from './session-length';
import { idleReader, readKey, type FacilitatorCommand, type KeyReader } from './shortcuts';
import type { Team } from './teams';
import { createTimer, extend, pause, tick, toggle, turnOff, type TimerState } from './timer';
import {
  castVote,
  closeVote,
  openRound,
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
  /** Predict before reveal: consequences stay hidden until revealed. */
  predict: boolean;
  /** The length of play the scenario is cut to (session-length.ts); absent: the whole scenario. */
  length?: SessionLength;
}

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
  | { type: 'replay-last-change' };

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

/** After a vote or a pick: closes the vote when the rule decides, and asks the shell to play it. */
/**
 * Closes the vote when the rule allows. Once the card is decided the discussion is over: a running
 * timer stops where it is (it would otherwise run out, and be announced, over the consequences).
 */
function settle(state: FormationState, round: VoteRound, nowMs: number): FormationStep {
  const closed = closeVote(round, state.settings.teams, state.settings.rule, state.settings.predict);
  const decidedNow = closed.decided !== null && !round.decided;
  const effects: FormationEffect[] =
    decidedNow && closed.decided ? [{ type: 'choose', choice: closed.decided.choice }] : [];
  const timer = decidedNow ? pause(state.timer, nowMs) : state.timer;
  return { state: { ...state, round: closed, timer }, effects };
}

function command(state: FormationState, cmd: FacilitatorCommand, nowMs: number): FormationStep {
  const same = { state, effects: [] };
  const round = state.round;
  switch (cmd.type) {
    case 'timer-toggle':
      return { state: { ...state, timer: toggle(state.timer, nowMs) }, effects: [] };
    case 'timer-extend':
      return { state: { ...state, timer: extend(state.timer, cmd.ms, nowMs) }, effects: [] };
    case 'vote': {
      const choice = round?.choices[cmd.choice - 1];
      return round && choice
        ? settle(state, castVote(round, state.settings.teams, cmd.team, choice), nowMs)
        : same;
    }
    case 'reveal':
      return round?.status === 'hidden'
        ? { state: file({ ...state, round: reveal(round) }), effects: [{ type: 'reveal' }] }
        : same;
    case 'skip':
      if (round?.status === 'voting')
        return { state: { ...state, timer: turnOff(state.timer) }, effects: [] };
      return round?.status === 'revealed' ? { state, effects: [{ type: 'continue' }] } : same;
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
      const timer = createTimer(state.settings.timerMs, state.settings.timerEnabled);
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
      const read = readKey(state.keys, input.key, teams.length, state.round?.choices.length ?? 0);
      const next = { ...state, keys: read.reader };
      return read.command ? command(next, read.command, nowMs) : { state: next, effects: [] };
    }
    case 'command':
      return command(state, input.command, nowMs);
    case 'vote':
      return state.round
        ? settle(state, castVote(state.round, teams, input.team, input.choice), nowMs)
        : { state, effects: [] };
    case 'pick':
      return state.round
        ? settle(state, pickAsFacilitator(state.round, input.choice), nowMs)
        : { state, effects: [] };
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
