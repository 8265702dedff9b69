import type { Card, Choice, Effect } from './format';
import { holds } from './conditions';
import type { CompiledChoice, Table } from './compiled-rules';
import { applyEffect, applyInitiativeFailures, copyTable, draftOf, type Draft } from './effects';
import { findAnytimeEnding, resolveFinalEnding } from './endings';
import { totalLinkStrength, type Change, type GameState } from './game-state';
import type { ScenarioIndex } from './scenario-index';
import { chainIsPlayable, drawCard } from './turn-draw';

export { eligibleCards } from './turn-draw';

/** A turn being applied: the card and choice, a draft of the next state, and the changes so far. */
export interface TurnInProgress {
  readonly card: string;
  readonly choice: string;
  readonly draft: Draft;
  readonly changes: readonly Change[];
}

/** Whether a choice can be taken now: its condition holds and its costs are affordable. */
export function isChoiceAvailable(choice: Choice, state: GameState, index: ScenarioIndex): boolean {
  const compiled = index.rules.byChoice.get(choice);
  if (compiled) return compiled.available(state);
  // A choice from outside the index: read it as it is.
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
  const compiled = index.rules.byCard.get(card);
  if (!compiled) return card.choices.filter((choice) => isChoiceAvailable(choice, state, index));
  const choices: Choice[] = [];
  for (const choice of compiled.choices) if (choice.available(state)) choices.push(choice.choice);
  return choices;
}

/** A cost a choice cannot pay now: the meter, the amount it takes, and what can still be spent. */
export interface CostShortfall {
  readonly meter: string;
  readonly amount: number;
  /** The meter's value above its minimum (what a cost may take). */
  readonly available: number;
}

/** The costs of a choice the meters cannot pay now, in authored order (empty when all are affordable). */
export function costShortfalls(choice: Choice, state: GameState, index: ScenarioIndex): CostShortfall[] {
  const shortfalls: CostShortfall[] = [];
  for (const effect of choice.effects) {
    if (effect.type !== 'cost') continue;
    const min = index.meters.get(effect.meter)?.min ?? 0;
    const available = (state.meters[effect.meter] ?? 0) - min;
    if (available - effect.amount < 0)
      shortfalls.push({ meter: effect.meter, amount: effect.amount, available });
  }
  return shortfalls;
}

/**
 * The choices of a card to show now, in authored order: those whose condition holds, affordable or
 * not (a choice hidden by its condition is a story branch; one the player cannot afford is shown
 * disabled). Their 1-based position here is the number shown on screen.
 */
export function shownChoices(card: Card, state: GameState, index: ScenarioIndex): Choice[] {
  return card.choices.filter((choice) => holds(choice.when, state, index));
}

function phaseIsOver(state: GameState, index: ScenarioIndex): boolean {
  const phase = index.phases[state.phaseIndex];
  if (!phase) return true;
  if (state.phaseTurn >= phase.maxTurns) return true;
  const exit = index.rules.exits[state.phaseIndex];
  return state.phaseTurn >= (phase.minTurns ?? 1) && exit !== null && exit !== undefined && exit(state);
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
 * `advance` in place: writes the top-level fields of `draft` (never its tables). For the simulation's
 * fast path, on a state no one else holds; `advance` is the pure form.
 */
export function advanceInPlace(draft: Draft, index: ScenarioIndex): void {
  if (draft.screen !== 'phase-intro' && draft.screen !== 'consequence') return;
  if (draft.screen === 'consequence') {
    const ending = findAnytimeEnding(draft, index);
    if (ending !== null) {
      draft.ending = ending;
      draft.card = null;
      draft.screen = 'ended';
      return;
    }
    // A chained card is played next even past the phase's turn limit; a chain to a card that cannot be
    // played now is dropped, so the phase still ends.
    if (draft.chain !== null && !chainIsPlayable(draft, index)) draft.chain = null;
    if (draft.chain === null && phaseIsOver(draft, index)) {
      endPhase(draft, index);
      return;
    }
  }
  const card = drawCard(draft, index);
  if (card === null) {
    endPhase(draft, index);
    return;
  }
  draft.card = card;
  draft.screen = 'card';
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
  advanceInPlace(draft, index);
  return draft;
}

/** Starts applying a choice on the current card. */
export function startTurn(state: GameState, choice: string): TurnInProgress {
  return { card: state.card ?? '', choice, draft: { ...state }, changes: [] };
}

/** The table an effect writes, if any. */
function tableOf(effect: Effect): Table | null {
  switch (effect.type) {
    case 'meter':
    case 'cost':
      return 'meters';
    case 'link':
      return 'links';
    case 'flag':
      return 'flags';
    case 'initiative':
      return 'initiatives';
    default:
      return null;
  }
}

/** Applies one effect of the chosen choice to a turn in progress, returning a new one. */
export function withEffect(turn: TurnInProgress, effect: Effect, index: ScenarioIndex): TurnInProgress {
  const table = tableOf(effect);
  const draft = draftOf(turn.draft, table === null ? [] : [table]);
  const changes = [...turn.changes];
  applyEffect(draft, effect, { card: turn.card, choice: turn.choice }, index, changes);
  return { ...turn, draft, changes };
}

/** Closes a turn: rule-driven changes, the log record, the chain, and the consequence screen. */
export function finishTurn(turn: TurnInProgress, next: string | undefined, index: ScenarioIndex): GameState {
  const tables: Table[] = index.rules.failures.length > 0 ? ['played', 'initiatives'] : ['played'];
  return closeTurn(
    draftOf(turn.draft, tables),
    turn.card,
    turn.choice,
    [...turn.changes],
    next,
    index,
    false,
  );
}

/**
 * The total link strength after a turn. In place (a session's own state, whose last record was written
 * by the previous turn) it is that record's total plus this turn's link changes: summing the links
 * table every turn was a large share of a simulated turn.
 */
function linkStrengthAfter(draft: Draft, changes: readonly Change[], inPlace: boolean): number {
  const last = inPlace ? draft.log[draft.log.length - 1] : undefined;
  if (last === undefined) return totalLinkStrength(draft.links);
  let total = last.linkStrength;
  for (const change of changes) if (change.kind === 'link') total += change.after - change.before;
  return total;
}

function closeTurn(
  draft: Draft,
  card: string,
  choice: string,
  changes: Change[],
  next: string | undefined,
  index: ScenarioIndex,
  inPlace: boolean,
): GameState {
  applyInitiativeFailures(draft, index, changes);
  draft.turn += 1;
  draft.phaseTurn += 1;
  draft.played[card] = (draft.played[card] ?? 0) + 1;
  draft.chain = next ?? null;
  draft.screen = 'consequence';
  const record = {
    turn: draft.turn,
    phase: index.phases[draft.phaseIndex]?.id ?? '',
    card,
    choice,
    changes,
    meters: copyTable(draft.meters),
    linkStrength: linkStrengthAfter(draft, changes, inPlace),
  };
  if (inPlace) draft.log.push(record);
  else draft.log = [...draft.log, record];
  return draft;
}

/** The compiled choice `choiceId` of the current card if it can be taken now. */
function takeable(state: GameState, choiceId: string, index: ScenarioIndex): CompiledChoice | undefined {
  if (state.screen !== 'card' || state.card === null) return undefined;
  const choice = index.choices.get(state.card)?.get(choiceId);
  const compiled = choice && index.rules.byChoice.get(choice);
  return compiled && compiled.available(state) ? compiled : undefined;
}

function applyChoice(
  draft: Draft,
  card: string,
  choice: CompiledChoice,
  index: ScenarioIndex,
  inPlace: boolean,
) {
  const changes: Change[] = [];
  for (const step of choice.effects) step(draft, choice.cause, changes);
  return closeTurn(draft, card, choice.id, changes, choice.choice.next, index, inPlace);
}

/**
 * Takes a choice on the current card in one step (the fast path used by simulation; the compiled
 * machine takes the same steps through its actions). Returns the state unchanged when the choice is
 * not available.
 */
export function choose(state: GameState, choiceId: string, index: ScenarioIndex): GameState {
  const choice = takeable(state, choiceId, index);
  if (!choice || state.card === null) return state;
  return applyChoice(draftOf(state, choice.tables), state.card, choice, index, false);
}

/**
 * `choose` in place: writes `state` and its tables, and appends to its log. Only for a state no one
 * else holds (the simulation's own session, from `createInitialState`); returns whether the choice
 * was taken. `choose` is the pure form, and a test proves both reach the same states.
 */
export function chooseInPlace(state: GameState, choiceId: string, index: ScenarioIndex): boolean {
  const choice = takeable(state, choiceId, index);
  if (!choice || state.card === null) return false;
  applyChoice(state, state.card, choice, index, true);
  return true;
}
