import { assign, setup, type AnyStateMachine } from 'xstate';
import type { GameState, Screen } from '../core/game-state';
import { createInitialState } from '../core/game-state';
import type { ScenarioIndex } from '../core/scenario-index';
import {
  advance,
  finishTurn,
  isChoiceAvailable,
  startTurn,
  withEffect,
  type TurnInProgress,
} from '../core/turn';
import type { Effect, EffectType } from './format';

/** What the compiled machine keeps: the game state, and the turn being applied between actions. */
export interface MachineContext {
  game: GameState;
  turn: TurnInProgress | null;
}

/** The events a session understands. */
export type GameEvent = { type: 'CONTINUE' } | { type: 'CHOOSE'; choice: string };

/** Input of the compiled machine. */
export interface MachineInput {
  seed: number;
}

/** The action each kind of effect compiles to: the closed vocabulary of the machine. */
export const EFFECT_ACTIONS: Record<EffectType, string> = {
  meter: 'changeMeter',
  cost: 'payCost',
  link: 'changeLink',
  flag: 'setFlag',
  initiative: 'progressInitiative',
  sound: 'playSound',
};

/** A scenario that uses a name outside the closed vocabulary. */
export class CompileError extends Error {
  constructor(readonly problems: string[]) {
    super(`The scenario cannot be compiled:\n${problems.join('\n')}`);
  }
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

function buildSetup(index: ScenarioIndex) {
  const applyOne = (context: MachineContext, effect: Effect): Partial<MachineContext> => ({
    turn: context.turn === null ? null : withEffect(context.turn, effect, index),
  });
  return setup({
    types: {
      context: {} as MachineContext,
      events: {} as GameEvent,
      input: {} as MachineInput,
    },
    actions: {
      advance: assign(({ context }) => ({ game: advance(context.game, index) })),
      beginTurn: assign(({ context }, params: { choice: string }) => ({
        turn: startTurn(context.game, params.choice),
      })),
      changeMeter: assign(({ context }, params: { effect: Effect }) => applyOne(context, params.effect)),
      payCost: assign(({ context }, params: { effect: Effect }) => applyOne(context, params.effect)),
      changeLink: assign(({ context }, params: { effect: Effect }) => applyOne(context, params.effect)),
      setFlag: assign(({ context }, params: { effect: Effect }) => applyOne(context, params.effect)),
      progressInitiative: assign(({ context }, params: { effect: Effect }) =>
        applyOne(context, params.effect),
      ),
      playSound: assign(({ context }, params: { effect: Effect }) => applyOne(context, params.effect)),
      endTurn: assign(({ context }, params: { next: string | null }) => ({
        game:
          context.turn === null ? context.game : finishTurn(context.turn, params.next ?? undefined, index),
        turn: null,
      })),
    },
    guards: {
      isScreen: ({ context }, params: { screen: Screen }) => context.game.screen === params.screen,
      isCard: ({ context }, params: { card: string }) => context.game.card === params.card,
      /** The event picks this choice, and the choice is available (condition and costs). */
      choiceTaken: ({ context, event }, params: { card: string; choice: string }) => {
        if (event.type !== 'CHOOSE' || event.choice !== params.choice) return false;
        const choice = index.choices.get(params.card)?.get(params.choice);
        return choice !== undefined && isChoiceAvailable(choice, context.game, index);
      },
    },
  });
}

/** Every action and guard name the machine may use. */
type Vocabulary = { actions: Set<string>; guards: Set<string> };

function collectNames(node: unknown, found: { actions: Set<string>; guards: Set<string> }): void {
  if (Array.isArray(node)) {
    node.forEach((item) => collectNames(item, found));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'actions' || key === 'entry' || key === 'exit') {
      for (const action of [value].flat()) {
        if (action && typeof action === 'object' && 'type' in action) found.actions.add(String(action.type));
      }
    } else if (key === 'guard' && value && typeof value === 'object' && 'type' in value) {
      found.guards.add(String((value as { type: unknown }).type));
    }
    collectNames(value, found);
  }
}

/**
 * Compiles a validated scenario into an XState v5 machine. Each card is a state; each choice is a
 * guarded transition whose actions are the choice's effects, named from a closed vocabulary. The
 * compiler checks every action and guard name it emits against the implementations it provides,
 * because XState would silently skip an unknown one.
 */
export function compileScenario(index: ScenarioIndex): AnyStateMachine {
  const machineSetup = buildSetup(index);
  const problems: string[] = [];

  const routes = [
    { guard: { type: 'isScreen', params: { screen: 'ended' } }, target: '#session.ended' },
    { guard: { type: 'isScreen', params: { screen: 'phase-intro' } }, target: '#session.phaseIntro' },
    ...index.scenario.cards.map((card) => ({
      guard: { type: 'isCard', params: { card: card.id } },
      target: `#session.card.${card.id}`,
    })),
  ];

  const cardStates: Record<string, unknown> = {};
  for (const card of index.scenario.cards) {
    cardStates[card.id] = {
      on: {
        CHOOSE: card.choices.map((choice) => ({
          guard: { type: 'choiceTaken', params: { card: card.id, choice: choice.id } },
          target: '#session.consequence',
          actions: [
            { type: 'beginTurn', params: { choice: choice.id } },
            ...choice.effects.map((effect, i) => {
              const type = EFFECT_ACTIONS[effect.type];
              if (type === undefined) {
                problems.push(
                  `cards/${card.id}/choices/${choice.id}/effects/${i}: unknown effect type "${String(effect.type)}"`,
                );
              }
              return { type: type ?? String(effect.type), params: { effect } };
            }),
            { type: 'endTurn', params: { next: choice.next ?? null } },
          ],
        })),
      },
    };
  }

  const config = {
    id: 'session',
    context: ({ input }: { input: MachineInput }): MachineContext => ({
      game: createInitialState(index, input.seed),
      turn: null,
    }),
    initial: 'phaseIntro',
    states: {
      phaseIntro: { on: { CONTINUE: { target: 'routing', actions: { type: 'advance' } } } },
      routing: { always: routes },
      card: { initial: index.scenario.cards[0]?.id, states: cardStates },
      consequence: { on: { CONTINUE: { target: 'routing', actions: { type: 'advance' } } } },
      ended: { type: 'final' },
    },
  };

  const machine = machineSetup.createMachine(config as never) as unknown as AnyStateMachine;
  const vocabulary: Vocabulary = {
    actions: new Set(Object.keys(machine.implementations.actions)),
    guards: new Set(Object.keys(machine.implementations.guards)),
  };
  const used = { actions: new Set<string>(), guards: new Set<string>() };
  collectNames(config.states, used);
  for (const name of used.actions)
    if (!vocabulary.actions.has(name)) problems.push(`unknown action "${name}"`);
  for (const name of used.guards) if (!vocabulary.guards.has(name)) problems.push(`unknown guard "${name}"`);
  if (problems.length > 0) throw new CompileError(problems);
  return machine;
}
