import type { Card, Choice, Effect } from '../scenario/format';
import { holds } from './conditions';
import { applyEffect, applyInitiativeFailures, draftOf, type Draft, type Table } from './effects';
import { findAnytimeEnding, resolveFinalEnding } from './endings';
import { totalLinkStrength, type Change, type GameState } from './game-state';
import { pickWeighted } from './rng';
import type { ScenarioIndex } from './scenario-index';

/** A turn being applied: the card and choice, a draft of the next state, and the changes so far. */
export interface TurnInProgress {
  readonly card: string;
  readonly choice: string;
  readonly draft: Draft;
  readonly changes: readonly Change[];
}

/** Whether a choice can be taken now: its condition holds and its costs are affordable. */
export function isChoiceAvailable(choice: Choice, state: GameState, index: ScenarioIndex): boolean {
  if (!holds(choice.when, state, index)) return false;
  for (const effect of choice.effects) {
    if (effect.type !== 'cost') continue;
    const min = index.meters.get(effect.meter)?.min ?? 0;
    if ((state.meters[effect.meter] ?? 0) - effect.amount < min) return false;
  }
  return true;
}

/** The choices of a card the player may take now, in authored order. */
export function availableChoices(card: Card, state: GameState, index: ScenarioIndex): Choice[] {
  return card.choices.filter((choice) => isChoiceAvailable(choice, state, index));
}

/** Whether at least one choice of a card can be taken now (same test as `availableChoices`, without the array). */
function hasAvailableChoice(card: Card, state: GameState, index: ScenarioIndex): boolean {
  for (const choice of card.choices) if (isChoiceAvailable(choice, state, index)) return true;
  return false;
}

function isDrawable(card: Card, state: GameState, index: ScenarioIndex): boolean {
  if (!card.repeatable && (state.played[card.id] ?? 0) > 0) return false;
  return holds(card.when, state, index) && hasAvailableChoice(card, state, index);
}

/** The cards of the current phase that may be drawn now. */
export function eligibleCards(state: GameState, index: ScenarioIndex): Card[] {
  const phase = index.phases[state.phaseIndex];
  if (!phase) return [];
  const cards: Card[] = [];
  for (const id of phase.cards) {
    const card = index.cards.get(id);
    if (card && isDrawable(card, state, index)) cards.push(card);
  }
  return cards;
}

/** Draws the next card: a pending chain first, else among the highest-priority eligible cards. */
function drawInto(draft: Draft, index: ScenarioIndex): string | null {
  const chained = draft.chain === null ? undefined : index.cards.get(draft.chain);
  draft.chain = null;
  if (chained && holds(chained.when, draft, index) && hasAvailableChoice(chained, draft, index)) {
    return chained.id;
  }
  const eligible = eligibleCards(draft, index);
  if (eligible.length === 0) return null;
  const top = Math.max(...eligible.map((card) => card.priority ?? 0));
  const pool = eligible.filter((card) => (card.priority ?? 0) === top);
  const [picked, rng] = pickWeighted(
    pool.map((card) => card.weight ?? 1),
    draft.rng,
  );
  draft.rng = rng;
  return pool[picked]?.id ?? null;
}

function phaseIsOver(state: GameState, index: ScenarioIndex): boolean {
  const phase = index.phases[state.phaseIndex];
  if (!phase) return true;
  if (state.phaseTurn >= phase.maxTurns) return true;
  return (
    state.phaseTurn >= (phase.minTurns ?? 1) &&
    phase.exitWhen !== undefined &&
    holds(phase.exitWhen, state, index)
  );
}

function endPhase(draft: Draft, index: ScenarioIndex): void {
  draft.card = null;
  if (draft.phaseIndex + 1 < index.phases.length) {
    draft.phaseIndex += 1;
    draft.phaseTurn = 0;
    draft.screen = 'phase-intro';
    return;
  }
  draft.ending = resolveFinalEnding(draft, index);
  draft.screen = 'ended';
}

/**
 * Moves on from a phase introduction or a consequence: checks the endings that may come at any time,
 * then the end of the phase, then draws the next card.
 */
export function advance(state: GameState, index: ScenarioIndex): GameState {
  if (state.screen !== 'phase-intro' && state.screen !== 'consequence') return state;
  // Moving on never writes the tables (meters, links, flags, initiatives, played): a shallow copy is
  // enough, and the tables stay shared with the previous state (every writer copies them first).
  const draft: Draft = { ...state };
  if (state.screen === 'consequence') {
    const ending = findAnytimeEnding(draft, index);
    if (ending !== null) {
      draft.ending = ending;
      draft.card = null;
      draft.screen = 'ended';
      return draft;
    }
    if (draft.chain === null && phaseIsOver(draft, index)) {
      endPhase(draft, index);
      return draft;
    }
  }
  const card = drawInto(draft, index);
  if (card === null) {
    endPhase(draft, index);
    return draft;
  }
  draft.card = card;
  draft.screen = 'card';
  return draft;
}

/** Starts applying a choice on the current card. */
export function startTurn(state: GameState, choice: string): TurnInProgress {
  return { card: state.card ?? '', choice, draft: draftOf(state), changes: [] };
}

/** Applies one effect of the chosen choice to a turn in progress, returning a new one. */
export function withEffect(turn: TurnInProgress, effect: Effect, index: ScenarioIndex): TurnInProgress {
  const draft = draftOf(turn.draft);
  const changes = [...turn.changes];
  applyEffect(draft, effect, { card: turn.card, choice: turn.choice }, index, changes);
  return { ...turn, draft, changes };
}

/** Closes a turn: rule-driven changes, the log record, the chain, and the consequence screen. */
export function finishTurn(turn: TurnInProgress, next: string | undefined, index: ScenarioIndex): GameState {
  return closeTurn(draftOf(turn.draft), turn.card, turn.choice, [...turn.changes], next, index);
}

function closeTurn(
  draft: Draft,
  card: string,
  choice: string,
  changes: Change[],
  next: string | undefined,
  index: ScenarioIndex,
): GameState {
  applyInitiativeFailures(draft, index, changes);
  draft.turn += 1;
  draft.phaseTurn += 1;
  draft.played[card] = (draft.played[card] ?? 0) + 1;
  draft.chain = next ?? null;
  draft.screen = 'consequence';
  draft.log = [
    ...draft.log,
    {
      turn: draft.turn,
      phase: index.phases[draft.phaseIndex]?.id ?? '',
      card,
      choice,
      changes,
      meters: { ...draft.meters },
      linkStrength: totalLinkStrength(draft.links),
    },
  ];
  return draft;
}

/** The tables a choice's turn writes: its effects', `played` always, `initiatives` when any may fail. */
function tablesWritten(choice: Choice, index: ScenarioIndex): Table[] {
  const tables: Table[] = ['played'];
  const add = (table: Table): void => {
    if (!tables.includes(table)) tables.push(table);
  };
  for (const effect of choice.effects) {
    if (effect.type === 'meter' || effect.type === 'cost') add('meters');
    else if (effect.type === 'link') add('links');
    else if (effect.type === 'flag') add('flags');
    else if (effect.type === 'initiative') add('initiatives');
  }
  if (index.initiatives.size > 0) add('initiatives');
  return tables;
}

/**
 * Takes a choice on the current card in one step (the fast path used by simulation; the compiled
 * machine takes the same steps through its actions). Returns the state unchanged when the choice is
 * not available.
 */
export function choose(state: GameState, choiceId: string, index: ScenarioIndex): GameState {
  if (state.screen !== 'card' || state.card === null) return state;
  const choice = index.choices.get(state.card)?.get(choiceId);
  if (!choice || !isChoiceAvailable(choice, state, index)) return state;
  const draft = draftOf(state, tablesWritten(choice, index));
  const changes: Change[] = [];
  const cause = { card: state.card, choice: choiceId };
  for (const effect of choice.effects) applyEffect(draft, effect, cause, index, changes);
  return closeTurn(draft, state.card, choiceId, changes, choice.next, index);
}
