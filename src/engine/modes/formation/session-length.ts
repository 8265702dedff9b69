import { indexScenario, type ScenarioIndex } from '../../../core/scenario-index';
import type { Phase, Range, Scenario } from '../../../scenario/format';

/**
 * The length of play a facilitator chooses at setup: 45, 70 or 90 minutes, or the whole scenario. The
 * scenario's phases are cut to fit, as a pure transform of its data before it is indexed and compiled,
 * so a reload that applies the same length replays the same game.
 */
export const SESSION_LENGTHS = [45, 70, 90, 'full'] as const;
/** A length of play in minutes, or `full` (the scenario as written). */
export type SessionLength = (typeof SESSION_LENGTHS)[number];

/**
 * Minutes a card takes in a facilitated room: reading the card aloud, a 2-minute discussion (the
 * timer's default), the vote and its tally, predictions and the reveal. Measured: a 31-card scenario
 * took about 90 minutes of play in a trainer's run of issue #18 (2.9 min a card), where the guide's
 * 3-hour plan allotted 70; 3 minutes is that figure, rounded up.
 */
export const MINUTES_PER_CARD = 3;

/** How many cards fit in a length of play; null for the whole scenario. */
export function cardBudget(length: SessionLength): number | null {
  return length === 'full' ? null : Math.floor(length / MINUTES_PER_CARD);
}

/** What the cut did, for the setup and the guide. */
export interface FittedScenario {
  scenario: Scenario;
  /** Turns of each phase, as written and as played. */
  phases: { id: string; maxTurns: number; fitted: number }[];
  /** The most decisions the game can have now (the sum of the phases' turns). */
  turns: number;
  /** Estimated minutes of play (turns × MINUTES_PER_CARD). */
  minutes: number;
}

/**
 * Shares `budget` turns among the phases in proportion to their written length (largest remainders),
 * never below one turn nor above the written length.
 */
function shareTurns(phases: readonly Phase[], budget: number): number[] {
  const total = phases.reduce((sum, phase) => sum + phase.maxTurns, 0);
  const floors = phases.map(() => 1);
  const exact = phases.map((phase) => (phase.maxTurns * budget) / total);
  const turns = phases.map((phase, i) =>
    Math.min(phase.maxTurns, Math.max(floors[i] ?? 1, Math.floor(exact[i] ?? 0))),
  );
  let left = budget - turns.reduce((sum, n) => sum + n, 0);
  const order = phases
    .map((_, i) => i)
    .sort((a, b) => ((exact[b] ?? 0) % 1) - ((exact[a] ?? 0) % 1) || a - b);
  while (left > 0) {
    const grown = order.find((i) => (turns[i] ?? 0) < (phases[i]?.maxTurns ?? 0));
    if (grown === undefined) break;
    turns[grown] = (turns[grown] ?? 0) + 1;
    left -= 1;
    order.push(order.splice(order.indexOf(grown), 1)[0] ?? grown);
  }
  return turns;
}

/** A range of turns scaled to a shorter phase or game (a card meant for late in it stays late). */
function scaleRange(range: Range, ratio: { fitted: number; written: number }): Range {
  const scale = (n: number): number => Math.floor((n * ratio.fitted) / ratio.written);
  const atLeast = range.atLeast === undefined ? undefined : Math.min(ratio.fitted - 1, scale(range.atLeast));
  const scaled = range.atMost === undefined ? undefined : scale(range.atMost);
  const atMost = scaled === undefined ? undefined : Math.max(scaled, atLeast ?? 0);
  return {
    ...(atLeast === undefined ? {} : { atLeast }),
    ...(atMost === undefined ? {} : { atMost }),
  };
}

const isRange = (value: unknown): value is Range =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).every((key) => key === 'atLeast' || key === 'atMost');

/**
 * Copies a card or an ending with every `phaseTurn` condition in it scaled to its phase's cut, and
 * every `turn` condition to the game's (plain data walked as it is; other fields untouched).
 */
function scaleTimes<T>(
  data: T,
  phase: { fitted: number; written: number },
  game: { fitted: number; written: number },
): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === 'phaseTurn' && isRange(item)) out[key] = scaleRange(item, phase);
      else if (key === 'turn' && isRange(item)) out[key] = scaleRange(item, game);
      else out[key] = walk(item);
    }
    return out;
  };
  return walk(data) as T;
}

/**
 * Cuts a scenario to a length of play: each phase keeps a share of its turns in proportion (every
 * phase still played, at least one turn), a card meant for late in a phase (`phaseTurn`) or in the
 * game (`turn`) comes as late in the shorter one, and the key cards of a phase are drawn before its
 * other cards when they may be (the authors' order among the key cards, and among the others, kept).
 * The whole scenario, or a length it already fits, is returned as is.
 */
export function fitScenario(scenario: Scenario, length: SessionLength): FittedScenario {
  const written = scenario.phases.reduce((sum, phase) => sum + phase.maxTurns, 0);
  const budget = cardBudget(length);
  const same = (): FittedScenario => ({
    scenario,
    phases: scenario.phases.map((p) => ({ id: p.id, maxTurns: p.maxTurns, fitted: p.maxTurns })),
    turns: written,
    minutes: written * MINUTES_PER_CARD,
  });
  if (budget === null || budget >= written) return same();
  const turns = shareTurns(scenario.phases, budget);
  const total = turns.reduce((sum, n) => sum + n, 0);
  // Each card's times are read in the first phase whose deck holds it.
  const ratioOf = new Map<string, { fitted: number; written: number }>();
  scenario.phases.forEach((phase, i) => {
    for (const id of phase.cards)
      if (!ratioOf.has(id)) ratioOf.set(id, { fitted: turns[i] ?? phase.maxTurns, written: phase.maxTurns });
  });
  const whole = { fitted: total, written };
  // Key cards above every other card (their own order, and the others', kept).
  const priorities = scenario.cards.map((card) => card.priority ?? 0);
  const lift = 1 + Math.max(0, ...priorities) - Math.min(0, ...priorities);
  const phases = scenario.phases.map((phase, i): Phase => {
    const maxTurns = turns[i] ?? phase.maxTurns;
    return phase.minTurns === undefined
      ? { ...phase, maxTurns }
      : { ...phase, maxTurns, minTurns: Math.min(phase.minTurns, maxTurns) };
  });
  const fitted: Scenario = {
    ...scenario,
    phases,
    cards: scenario.cards.map((card) => ({
      ...scaleTimes(card, ratioOf.get(card.id) ?? whole, whole),
      priority: (card.priority ?? 0) + (card.key ? lift : 0),
    })),
    endings: scenario.endings.map((ending) => scaleTimes(ending, whole, whole)),
  };
  return {
    scenario: fitted,
    phases: scenario.phases.map((p, i) => ({
      id: p.id,
      maxTurns: p.maxTurns,
      fitted: turns[i] ?? p.maxTurns,
    })),
    turns: total,
    minutes: total * MINUTES_PER_CARD,
  };
}

/** A scenario's index cut to a length of play (the same index when nothing is cut). */
export function fitIndex(index: ScenarioIndex, length: SessionLength): ScenarioIndex {
  const fitted = fitScenario(index.scenario, length);
  return fitted.scenario === index.scenario ? index : indexScenario(fitted.scenario);
}

/** What each length of play gives on a scenario: the cards it holds at most, and the minutes. */
export function lengthChoices(
  scenario: Scenario,
): { length: SessionLength; turns: number; minutes: number }[] {
  return SESSION_LENGTHS.map((length) => {
    const fitted = fitScenario(scenario, length);
    return { length, turns: fitted.turns, minutes: fitted.minutes };
  });
}
