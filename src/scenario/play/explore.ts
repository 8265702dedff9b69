/**
 * Systematic, bounded exploration of a scenario: from each state, every card that could be drawn (the
 * random draw is branched over the whole eligible pool), every available choice, and both ways of a
 * stated risk. Identical states are explored once. The rules are the turn reducer's (src/core/turn.ts).
 */
import { futureKey } from '../../core/state-key';
import { createInitialState, type GameState } from '../../core/game-state';
import type { ScenarioIndex } from '../../core/scenario-index';
import { advance, availableChoices, choose, eligibleCards } from '../../core/turn';
import { chainIsPlayable } from '../../core/turn-draw';
import { POSTURES, type Scenario } from '../format';
import { forEachCondition } from '../validation/semantic-refs';
import { wordTable } from './reading-time';
import { defaultTurnLimit, playSession } from './simulate';

/** Bounds of an exploration. */
export interface ExploreOptions {
  /** Distinct states explored at most. Default 100,000. */
  maxStates?: number;
  /** Turns after which a session counts as never ending. Default 3 × the sum of maxTurns. */
  turnLimit?: number;
  /**
   * Sessions played when the bound is hit: this many with `random` and with `principled`, a tenth with
   * each posture. Default 2,000.
   */
  samples?: number;
}

/** A short trace of how a problem state was reached: the cards and choices played. */
export type Trace = string[];

/** What an exploration found. */
export interface ExploreReport {
  states: number;
  /**
   * False when `maxStates` stopped the exploration: then the coverage was completed by sampled sessions
   * and "unreachable" means "not reached" (still reported as a problem).
   */
  complete: boolean;
  /** Random sessions played to complete the coverage when the exploration was stopped by its bound. */
  sampledSessions: number;
  cardsReached: string[];
  unreachableCards: string[];
  /** `card/choice` pairs taken at least once, and those never available. */
  choicesTaken: number;
  choicesTotal: number;
  untakenChoices: string[];
  endingsReached: Record<string, number>;
  unreachableEndings: string[];
  phasesReached: string[];
  /** States where nothing can happen (a card with no available choice, or no progress). */
  deadEnds: { count: number; examples: Trace[] };
  /** Sessions still running past the turn limit. */
  neverEnding: { count: number; examples: Trace[] };
}

const MAX_EXAMPLES = 3;

/** Whether any condition of a scenario reads `leftOut` (only then does involvement shape the future). */
export function readsLeftOut(scenario: Scenario): boolean {
  let found = false;
  forEachCondition(scenario, (condition) => {
    if ('leftOut' in condition) found = true;
  });
  return found;
}

/** Every state `advance` could lead to, one per card the draw could pick. */
function advanceBranches(state: GameState, index: ScenarioIndex): GameState[] {
  const next = advance(state, index);
  if (next.screen !== 'card' || next === state) return [next];
  if (chainIsPlayable(state, index)) return [next];
  const eligible = eligibleCards(state, index);
  if (eligible.length <= 1) return [next];
  const top = Math.max(...eligible.map((c) => c.priority ?? 0));
  return eligible.filter((c) => (c.priority ?? 0) === top).map((c) => ({ ...next, card: c.id }));
}

interface Node {
  state: GameState;
  trace: Trace;
}

/** Explores a scenario and reports coverage and problems. */
export function explore(index: ScenarioIndex, options: ExploreOptions = {}): ExploreReport {
  const maxStates = options.maxStates ?? 100_000;
  const turnLimit = options.turnLimit ?? defaultTurnLimit(index);
  const seen = new Set<string>();
  const cards = new Set<string>();
  const choices = new Set<string>();
  const phases = new Set<string>();
  const endings: Record<string, number> = {};
  const deadEnds = { count: 0, examples: [] as Trace[] };
  const neverEnding = { count: 0, examples: [] as Trace[] };
  const note = (bucket: { count: number; examples: Trace[] }, trace: Trace): void => {
    bucket.count++;
    if (bucket.examples.length < MAX_EXAMPLES) bucket.examples.push(trace);
  };
  const stack: Node[] = [{ state: createInitialState(index, 0), trace: [] }];
  const involvement = readsLeftOut(index.scenario);
  let complete = true;
  while (stack.length > 0) {
    const { state, trace } = stack.pop() as Node;
    const key = futureKey(state, involvement);
    if (seen.has(key)) continue;
    if (seen.size >= maxStates) {
      complete = false;
      break;
    }
    seen.add(key);
    phases.add(index.phases[state.phaseIndex]?.id ?? '');
    if (state.screen === 'ended') {
      const ending = state.ending ?? '';
      endings[ending] = (endings[ending] ?? 0) + 1;
      continue;
    }
    if (state.turn > turnLimit) {
      note(neverEnding, trace);
      continue;
    }
    if (state.screen === 'card') {
      const card = index.cards.get(state.card ?? '');
      const available = card ? availableChoices(card, state, index) : [];
      if (!card || available.length === 0) {
        note(deadEnds, trace);
        continue;
      }
      cards.add(card.id);
      for (const choice of available) {
        choices.add(`${card.id}/${choice.id}`);
        const risky = index.rules.byChoice.get(choice)?.risks.some((risk) => risk.when(state)) ?? false;
        const ways = risky ? [{ risk: true }, { risk: false }] : [undefined];
        for (const way of ways) {
          const next = choose(state, choice.id, index, way);
          stack.push({ state: { ...next, log: [] }, trace: [...trace, `${card.id}/${choice.id}`] });
        }
      }
      continue;
    }
    const branches = advanceBranches(state, index);
    if (branches.length === 1 && branches[0] === state) {
      note(deadEnds, trace);
      continue;
    }
    for (const next of branches) stack.push({ state: { ...next, log: [] }, trace });
  }
  let sampled = 0;
  if (!complete) {
    // The bound stopped the exhaustive search: complete the coverage with random sessions under every
    // policy, so what is still "not reached" is much more likely unreachable.
    const words = wordTable(index.phases, index.scenario.cards);
    const onTurn = (_: GameState, card: string, choice: string): void => {
      cards.add(card);
      choices.add(`${card}/${choice}`);
    };
    const samples = options.samples ?? 2000;
    for (const policy of ['random', 'principled', ...POSTURES] as const) {
      const runs = policy === 'random' || policy === 'principled' ? samples : Math.ceil(samples / 10);
      for (let run = 0; run < runs; run++) {
        const session = playSession(index, run, policy, turnLimit, words, onTurn);
        sampled++;
        for (let p = 0; p <= session.state.phaseIndex; p++) phases.add(index.phases[p]?.id ?? '');
        if (session.outcome === 'ended') {
          const ending = session.state.ending ?? '';
          endings[ending] = (endings[ending] ?? 0) + 1;
        } else {
          const trace = session.state.log.map((r) => `${r.card}/${r.choice}`);
          note(session.outcome === 'dead-end' ? deadEnds : neverEnding, trace);
        }
      }
    }
  }
  const allChoices = index.scenario.cards.flatMap((c) => c.choices.map((ch) => `${c.id}/${ch.id}`));
  return {
    states: seen.size,
    complete,
    sampledSessions: sampled,
    cardsReached: [...cards],
    unreachableCards: index.scenario.cards.map((c) => c.id).filter((id) => !cards.has(id)),
    choicesTaken: choices.size,
    choicesTotal: allChoices.length,
    untakenChoices: allChoices.filter((id) => !choices.has(id)),
    endingsReached: endings,
    unreachableEndings: index.scenario.endings.map((e) => e.id).filter((id) => !(id in endings)),
    phasesReached: index.phases.map((p) => p.id).filter((id) => phases.has(id)),
    deadEnds,
    neverEnding,
  };
}
