/**
 * Compiles a scenario into an XState v5 machine: one state per screen, one child state per card, one
 * guarded `CHOOSE` transition per choice. The machine holds no rules of its own: its actions call the
 * turn reducer (src/core/turn.ts), and what a turn says besides the state (sound cues, announcements)
 * leaves the machine as emitted events.
 *
 * The machine is built with a typed `setup({ actions, guards })` and typed state configs: an action or
 * guard name that is not implemented fails `npm run typecheck` (tests/unit/architecture/exhaustive.test.ts
 * proves it), where XState would silently skip it at run time.
 */
import { assign, enqueueActions, setup } from 'xstate';
import { createInitialState, type GameState, type Screen } from '../core/game-state';
import type { GameEvent } from '../core/reducer';
import type { ScenarioIndex } from '../core/scenario-index';
import { endingSignals, turnSignals, type SessionSignal } from '../core/signals';
import { advance, choose } from '../core/turn';

export type { GameEvent } from '../core/reducer';

/** What the compiled machine keeps: the game state. */
export interface MachineContext {
  game: GameState;
}

/** Input of the compiled machine. */
export interface MachineInput {
  seed: number;
}

/** The state node of each screen; cards are child states of `card`. */
export const SCREEN_STATES: Record<Screen, string> = {
  'phase-intro': 'phaseIntro',
  card: 'card',
  consequence: 'consequence',
  ended: 'ended',
};

/** The machine state value for a game state (used to restore a saved session). */
export function stateValueOf(game: GameState): string | Record<string, string> {
  return game.screen === 'card' && game.card !== null ? { card: game.card } : SCREEN_STATES[game.screen];
}

/** The typed setup of a scenario's machine: its whole vocabulary of actions and guards. */
export function machineSetup(index: ScenarioIndex) {
  return setup({
    types: {
      context: {} as MachineContext,
      events: {} as GameEvent,
      input: {} as MachineInput,
      emitted: {} as SessionSignal,
    },
    actions: {
      /** Moves on from a phase introduction or a consequence (the reducer's `CONTINUE`). */
      advance: assign(({ context }) => ({ game: advance(context.game, index) })),
      /** Takes a choice on the current card (the reducer's `CHOOSE`). */
      choose: assign(({ context }, params: { choice: string }) => ({
        game: choose(context.game, params.choice, index),
      })),
      /** Emits what the turn just played says: its sound cues. */
      signalTurn: enqueueActions(({ context, enqueue }) => {
        const record = context.game.log[context.game.log.length - 1];
        if (record) for (const signal of turnSignals(record)) enqueue.emit(signal);
      }),
      /** Emits the ending's cue and announcement. */
      signalEnding: enqueueActions(({ context, enqueue }) => {
        for (const signal of endingSignals(context.game)) enqueue.emit(signal);
      }),
    },
    guards: {
      isScreen: ({ context }, params: { screen: Screen }) => context.game.screen === params.screen,
      isCard: ({ context }, params: { card: string }) => context.game.card === params.card,
      /** The event picks this choice, and the choice is available (condition and costs). */
      choiceTaken: ({ context, event }, params: { card: string; choice: string }) => {
        if (event.type !== 'CHOOSE' || event.choice !== params.choice) return false;
        const choice = index.choices.get(params.card)?.get(params.choice);
        const compiled = choice && index.rules.byChoice.get(choice);
        return compiled !== undefined && compiled.available(context.game);
      },
    },
  });
}

/** The setup of a scenario's machine. */
export type MachineSetup = ReturnType<typeof machineSetup>;
/** A typed state config of that setup (its action and guard names are checked). */
export type StateConfig = Parameters<MachineSetup['createStateConfig']>[0];

/**
 * Compiles a validated scenario into an XState v5 machine. Each card is a state; each choice is a
 * guarded transition whose actions take the choice through the reducer and emit the turn's signals.
 */
export function compileScenario(index: ScenarioIndex) {
  const machineSetup_ = machineSetup(index);
  const cardStates: Record<string, StateConfig> = {};
  for (const card of index.scenario.cards) {
    cardStates[card.id] = machineSetup_.createStateConfig({
      on: {
        CHOOSE: card.choices.map((choice) => ({
          guard: { type: 'choiceTaken', params: { card: card.id, choice: choice.id } },
          target: '#session.consequence',
          actions: [{ type: 'choose', params: { choice: choice.id } }, { type: 'signalTurn' }],
        })),
      },
    });
  }
  const routing = machineSetup_.createStateConfig({
    always: [
      { guard: { type: 'isScreen', params: { screen: 'ended' } }, target: '#session.ended' },
      { guard: { type: 'isScreen', params: { screen: 'phase-intro' } }, target: '#session.phaseIntro' },
      ...index.scenario.cards.map((card) => ({
        guard: { type: 'isCard' as const, params: { card: card.id } },
        target: `#session.card.${card.id}`,
      })),
    ],
  });
  return machineSetup_.createMachine({
    id: 'session',
    context: ({ input }) => ({ game: createInitialState(index, input.seed) }),
    initial: 'phaseIntro',
    states: {
      phaseIntro: { on: { CONTINUE: { target: 'routing', actions: { type: 'advance' } } } },
      routing,
      card: { initial: index.scenario.cards[0]?.id ?? '', states: cardStates },
      consequence: { on: { CONTINUE: { target: 'routing', actions: { type: 'advance' } } } },
      ended: { type: 'final', entry: { type: 'signalEnding' } },
    },
  });
}

/** A compiled scenario machine. */
export type ScenarioMachine = ReturnType<typeof compileScenario>;
