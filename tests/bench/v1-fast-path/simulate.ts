/**
 * Monte-Carlo simulation of a scenario with the fast rules (`advance`, `choose`, `availableChoices`),
 * not the XState actor: endings, card and choice frequencies, session lengths and meter extremes.
 */
import { createInitialState, type GameState } from './game-state';
import { seedRng } from './rng';
import type { ScenarioIndex } from './scenario-index';
import { advanceInPlace, availableChoices, chooseInPlace } from './turn';
import { pickChoice, type PolicyName } from './policy';
import { estimatedMinutes, wordTable } from './reading-time';

/** Options of a simulation. */
export interface SimulateOptions {
  runs: number;
  /** Run `i` uses game seed `seed + i`; choices use their own generator derived from it. */
  seed: number;
  policy: PolicyName;
  /** Turns after which a session counts as never ending. Defaults to 3 × the sum of maxTurns. */
  turnLimit?: number;
}

/** Minimum, mean and maximum of a quantity over the runs. */
export interface Spread {
  min: number;
  mean: number;
  max: number;
}

/** What a simulation found. */
export interface SimulationReport {
  runs: number;
  policy: PolicyName;
  seed: number;
  /** Ending id → number of sessions. Sessions that did not end count under `(none)`. */
  endings: Record<string, number>;
  /** Card id → times drawn (every card of the scenario is listed). */
  cardsDrawn: Record<string, number>;
  neverDrawn: string[];
  /** `card/choice` → times picked (every choice is listed). */
  choicesPicked: Record<string, number>;
  turns: Spread;
  minutes: Spread;
  /** Meter id → lowest and highest value reached. */
  meters: Record<string, { min: number; max: number }>;
  /** Sessions stuck on a card with no available choice. */
  deadEnds: number;
  /** Sessions that passed the turn limit. */
  neverEnded: number;
}

/** The default turn limit: three times the sum of the phases' maxTurns. */
export const defaultTurnLimit = (index: ScenarioIndex): number =>
  3 * index.phases.reduce((sum, phase) => sum + phase.maxTurns, 0);

const spreadOf = (values: readonly number[]): Spread => {
  if (values.length === 0) return { min: 0, mean: 0, max: 0 };
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  return { min, mean: sum / values.length, max };
};

/** One simulated session, reduced to what the report needs. */
export interface SessionOutcome {
  state: GameState;
  words: number;
  decisions: number;
  outcome: 'ended' | 'dead-end' | 'never-ended';
}

/**
 * Plays one session to its end (or the turn limit) with a policy. The session's state is its own and
 * is advanced in place (`advanceInPlace`, `chooseInPlace`: same states as `advance`/`choose`, without
 * copying the tables and the log every turn); `onTurn` sees that live state, to read, not to keep.
 */
export function playSession(
  index: ScenarioIndex,
  seed: number,
  policy: PolicyName,
  turnLimit: number,
  words = wordTable(index.phases, index.scenario.cards),
  onTurn?: (state: GameState, card: string, choice: string) => void,
): SessionOutcome {
  const state = createInitialState(index, seed);
  let rng = seedRng(seed ^ 0x5bd1e995);
  let read = 0;
  let decisions = 0;
  for (;;) {
    if (state.screen === 'ended') return { state, words: read, decisions, outcome: 'ended' };
    if (state.turn > turnLimit) return { state, words: read, decisions, outcome: 'never-ended' };
    if (state.screen === 'phase-intro' || state.screen === 'consequence') {
      if (state.screen === 'phase-intro') read += words.phaseIntro[state.phaseIndex] ?? 0;
      advanceInPlace(state, index);
      continue;
    }
    const cardId = state.card ?? '';
    const card = index.cards.get(cardId);
    const choices = card ? availableChoices(card, state, index) : [];
    const [choice, nextRng] = pickChoice(choices, policy, rng);
    if (!choice) return { state, words: read, decisions, outcome: 'dead-end' };
    rng = nextRng;
    read += words.cardText.get(cardId) ?? 0;
    const texts = words.choiceText.get(cardId);
    for (const offered of choices) read += texts?.get(offered.id) ?? 0;
    read += words.feedback.get(cardId)?.get(choice.id) ?? 0;
    decisions++;
    chooseInPlace(state, choice.id, index);
    onTurn?.(state, cardId, choice.id);
  }
}

/** Runs many sessions and reports their statistics. */
export function simulate(index: ScenarioIndex, options: SimulateOptions): SimulationReport {
  const turnLimit = options.turnLimit ?? defaultTurnLimit(index);
  const words = wordTable(index.phases, index.scenario.cards);
  const endings: Record<string, number> = {};
  for (const ending of index.scenario.endings) endings[ending.id] = 0;
  const cardsDrawn: Record<string, number> = {};
  const choicesPicked: Record<string, number> = {};
  for (const card of index.scenario.cards) {
    cardsDrawn[card.id] = 0;
    for (const choice of card.choices) choicesPicked[`${card.id}/${choice.id}`] = 0;
  }
  const meters: Record<string, { min: number; max: number }> = {};
  for (const meter of index.scenario.meters) meters[meter.id] = { min: meter.initial, max: meter.initial };
  const meterIds = index.scenario.meters.map((m) => m.id);
  const turns: number[] = [];
  const minutes: number[] = [];
  let deadEnds = 0;
  let neverEnded = 0;
  // `card/choice` keys built once, not on every turn.
  const pickKeys = new Map(
    index.scenario.cards.map((c) => [c.id, new Map(c.choices.map((ch) => [ch.id, `${c.id}/${ch.id}`]))]),
  );
  const onTurn = (state: GameState, card: string, choice: string): void => {
    cardsDrawn[card] = (cardsDrawn[card] ?? 0) + 1;
    const key = pickKeys.get(card)?.get(choice) ?? `${card}/${choice}`;
    choicesPicked[key] = (choicesPicked[key] ?? 0) + 1;
    for (const id of meterIds) {
      const value = state.meters[id] ?? 0;
      const extreme = meters[id];
      if (!extreme) continue;
      if (value < extreme.min) extreme.min = value;
      if (value > extreme.max) extreme.max = value;
    }
  };
  for (let run = 0; run < options.runs; run++) {
    const session = playSession(index, options.seed + run, options.policy, turnLimit, words, onTurn);
    const ending = session.state.ending ?? '(none)';
    endings[ending] = (endings[ending] ?? 0) + 1;
    if (session.outcome === 'dead-end') deadEnds++;
    if (session.outcome === 'never-ended') neverEnded++;
    turns.push(session.state.turn);
    minutes.push(estimatedMinutes(session.words, session.decisions));
  }
  return {
    runs: options.runs,
    policy: options.policy,
    seed: options.seed,
    endings,
    cardsDrawn,
    neverDrawn: Object.keys(cardsDrawn).filter((id) => cardsDrawn[id] === 0),
    choicesPicked,
    turns: spreadOf(turns),
    minutes: spreadOf(minutes),
    meters,
    deadEnds,
    neverEnded,
  };
}
