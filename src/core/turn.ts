/**
 * The turn reducer: the one place where the rules move a session on. `advance` moves on from a phase
 * introduction or a consequence (endings, end of phase, next card); `choose` takes a choice on the
 * current card. Each has a pure form, which returns a new state and never writes the one it is given,
 * and an in-place form for a state the caller alone holds (the simulation's fast path). Both forms run
 * the same code: only the bookkeeping of which tables are already a private copy differs
 * (src/core/turn-context.ts). The XState machine's actions, replay, simulation, exploration, the
 * public API and the CLI all go through these functions (see src/core/reducer.ts for the event form).
 */
import type { CompiledChoice } from './compiled-rules';
import { endOfTurn } from './end-of-turn';
import { findAnytimeEnding, resolveFinalEnding } from './endings';
import { totalLinkStrength, type Change, type GameState, type TurnRecord } from './game-state';
import { applyInitiativeFailures } from './initiative-failures';
import { advanceRng, floatAt } from './rng';
import type { ScenarioIndex } from './scenario-index';
import { beginTurn, copyTable, writable, type TurnContext } from './turn-context';
import { chainIsPlayable, drawCard } from './turn-draw';

export { eligibleCards } from './turn-draw';
export { availableChoices, costShortfalls, isChoiceAvailable, shownChoices } from './choice-queries';
export type { CostShortfall } from './choice-queries';

function phaseIsOver(state: GameState, index: ScenarioIndex): boolean {
  const phase = index.phases[state.phaseIndex];
  if (!phase) return true;
  if (state.phaseTurn >= phase.maxTurns) return true;
  const exit = index.rules.exits[state.phaseIndex];
  return state.phaseTurn >= (phase.minTurns ?? 1) && exit !== null && exit !== undefined && exit(state);
}

function endPhase(draft: GameState, index: ScenarioIndex): void {
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
 * `advance` in place: writes the top-level fields of `draft` (never its tables). For a state no one
 * else holds; `advance` is the pure form.
 */
export function advanceInPlace(draft: GameState, index: ScenarioIndex): void {
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
 * then the end of the phase, then draws the next card. Returns the state itself on any other screen.
 */
export function advance(state: GameState, index: ScenarioIndex): GameState {
  if (state.screen !== 'phase-intro' && state.screen !== 'consequence') return state;
  // Moving on never writes the tables (meters, links, flags, initiatives, played): a shallow copy is
  // enough, and the tables stay shared with the previous state.
  const draft: GameState = { ...state };
  advanceInPlace(draft, index);
  return draft;
}

/**
 * The total link strength after a turn. In place (a session's own state, whose last record was written
 * by the previous turn) it is that record's total plus this turn's link changes: summing the links
 * table every turn was a large share of a simulated turn.
 */
function linkStrengthAfter(turn: TurnContext): number {
  const { draft } = turn;
  const last = turn.inPlace ? draft.log[draft.log.length - 1] : undefined;
  // The previous turn's record, unless turns were played without one (a look-ahead copy's log stops).
  if (last === undefined || last.turn !== draft.turn - 1) return totalLinkStrength(draft.links);
  let total = last.linkStrength;
  for (const change of turn.changes) if (change.kind === 'link') total += change.after - change.before;
  return total;
}

/**
 * Closes a turn: initiative failures, the counters, the chain, the consequence screen, then the
 * end-of-turn rules (delayed consequences, drift, ceilings; failures again if they changed anything),
 * and the log record.
 */
function closeTurn(
  turn: TurnContext,
  card: string,
  choice: CompiledChoice,
  index: ScenarioIndex,
  outcome: number | undefined,
  risk: TurnRecord['risk'],
): void {
  const { draft } = turn;
  applyInitiativeFailures(turn, index);
  draft.turn += 1;
  draft.phaseTurn += 1;
  const played = writable(turn, 'played');
  played[card] = (played[card] ?? 0) + 1;
  draft.chain = choice.next;
  draft.screen = 'consequence';
  let delayed: TurnRecord['delayed'];
  let drifts: TurnRecord['drifts'];
  if (index.rules.endOfTurn) {
    const before = turn.changes.length + turn.unrecorded;
    ({ delayed, drifts } = endOfTurn(turn, index));
    if (turn.changes.length + turn.unrecorded > before) applyInitiativeFailures(turn, index);
  }
  if (!turn.logged) return;
  // One shape for every record (absent parts are undefined: JSON and the state hash leave them out).
  const record: TurnRecord = {
    turn: draft.turn,
    phase: index.phases[draft.phaseIndex]?.id ?? '',
    card,
    choice: choice.id,
    changes: turn.changes,
    meters: copyTable(draft.meters),
    linkStrength: linkStrengthAfter(turn),
    outcome,
    risk,
    delayed,
    drifts,
  };
  if (turn.inPlace) draft.log.push(record);
  else draft.log = [...draft.log, record];
}

/** The compiled choice `choiceId` of the current card if it can be taken now. */
function takeable(state: GameState, choiceId: string, index: ScenarioIndex): CompiledChoice | undefined {
  if (state.screen !== 'card' || state.card === null) return undefined;
  const choice = index.choices.get(state.card)?.get(choiceId);
  const compiled = choice && index.rules.byChoice.get(choice);
  return compiled && compiled.available(state) ? compiled : undefined;
}

/** Options of a choice, for tools: `risk` decides the stated risk instead of the seeded draw. */
export interface ChooseOptions {
  /** Whether the choice's risk, if one applies, happens (no draw is then taken from the generator). */
  risk?: boolean;
}

/** The index of the first outcome of a choice whose condition holds in a state, if any. */
function outcomeIn(state: GameState, choice: CompiledChoice): number | undefined {
  const { outcomes } = choice;
  for (let i = 0; i < outcomes.length; i++) if (outcomes[i]?.when(state)) return i;
  return undefined;
}

/**
 * Applies what a takeable choice does at once to a turn, `outcome` being the outcome found in the state
 * before it (`outcomeIn`). Still in that state, the first risk whose condition holds (one draw of the
 * seeded generator decides it; a choice without an applicable risk draws nothing). Then its effects,
 * the outcome's, and the risk's if it happens. Returns the risk, for the record.
 */
function applyEffects(
  turn: TurnContext,
  choice: CompiledChoice,
  outcome: number | undefined,
  options: ChooseOptions | undefined,
): TurnRecord['risk'] {
  const { draft } = turn;
  const { outcomes, risks } = choice;
  let stated: (typeof risks)[number] | undefined;
  let risk: TurnRecord['risk'];
  for (let i = 0; i < risks.length && stated === undefined; i++) {
    const candidate = risks[i];
    if (!candidate?.when(draft)) continue;
    stated = candidate;
    let happened: boolean;
    if (options?.risk !== undefined) happened = options.risk;
    else {
      draft.rng = advanceRng(draft.rng);
      happened = floatAt(draft.rng) < candidate.chance;
    }
    risk = { index: i, chance: candidate.chance, happened };
  }
  for (const step of choice.effects) step(turn, choice.cause);
  if (outcome !== undefined) {
    const applied = outcomes[outcome];
    if (applied) for (const step of applied.effects) step(turn, applied.cause);
  }
  if (stated && risk?.happened) for (const step of stated.effects) step(turn, stated.cause);
  return risk;
}

/**
 * Applies a takeable choice to a turn: what it does at once (`applyEffects`), the families it involves,
 * and the close of the turn.
 */
function applyChoice(
  turn: TurnContext,
  card: string,
  choice: CompiledChoice,
  index: ScenarioIndex,
  options: ChooseOptions | undefined,
): void {
  const { draft } = turn;
  const outcome = outcomeIn(draft, choice);
  const risk = applyEffects(turn, choice, outcome, options);
  const { involves } = choice;
  if (involves.length > 0) {
    const involved = writable(turn, 'lastInvolved');
    const now = draft.turn + 1;
    for (let i = 0; i < involves.length; i++) involved[involves[i] as string] = now;
  }
  closeTurn(turn, card, choice, index, outcome, risk);
}

/**
 * The changes a choice would make at once, without taking it: its own effects, its outcome's and its
 * stated risk's if it happens (`risk` decides it; else drawn from a copy of the generator), in order,
 * as `choose` records them first; not the end of the turn (initiative failures, delayed consequences,
 * drift, ceilings). Null when the choice cannot be taken now. `state` is never written.
 */
export function immediateChanges(
  state: GameState,
  choiceId: string,
  index: ScenarioIndex,
  options?: ChooseOptions,
): Change[] | null {
  const choice = takeable(state, choiceId, index);
  if (!choice) return null;
  const turn = beginTurn(state, false);
  applyEffects(turn, choice, outcomeIn(state, choice), options);
  return turn.changes;
}

/**
 * Takes a choice on the current card. Returns the state unchanged when the choice is not available
 * (or the screen is not a card).
 */
export function choose(
  state: GameState,
  choiceId: string,
  index: ScenarioIndex,
  options?: ChooseOptions,
): GameState {
  const choice = takeable(state, choiceId, index);
  if (!choice || state.card === null) return state;
  const turn = beginTurn(state, false);
  applyChoice(turn, state.card, choice, index, options);
  return turn.draft;
}

/**
 * `choose` in place: writes `state` and its tables, and appends to its log. Only for a state no one
 * else holds (a session's own state, from `createInitialState` or a clone); returns whether the choice
 * was taken.
 */
export function chooseInPlace(
  state: GameState,
  choiceId: string,
  index: ScenarioIndex,
  options?: ChooseOptions,
): boolean {
  const choice = takeable(state, choiceId, index);
  if (!choice || state.card === null) return false;
  applyChoice(beginTurn(state, true), state.card, choice, index, options);
  return true;
}

/**
 * `chooseInPlace` without the log record: the same rules, the same draws and the same state, but
 * `state.log` is left as it is (it stops at the last logged turn). For look-ahead copies that only read
 * the state and the ending (the analysis's rollouts), never the log: `choicesOf`, the debrief, replay
 * and "Pourquoi ?" read the log, so such a state is not one to save or show.
 */
export function chooseUnlogged(state: GameState, choiceId: string, index: ScenarioIndex): boolean {
  const choice = takeable(state, choiceId, index);
  if (!choice || state.card === null) return false;
  takeInPlace(state, state.card, choice, index, false);
  return true;
}

/**
 * Takes a compiled choice of the card on show, in place, that the caller has just found available (no
 * lookup, no second check): for the playouts of src/core/random-playout.ts.
 */
export function takeInPlace(
  state: GameState,
  card: string,
  choice: CompiledChoice,
  index: ScenarioIndex,
  logged: boolean,
): void {
  applyChoice(beginTurn(state, true, logged), card, choice, index, undefined);
}
