/**
 * "Play from this card" for authors (the inspector): a game state positioned on one card, with the
 * meter values and flags the author chose, so a card deep in the scenario can be tried at once.
 * Pure: the same inputs give the same state; every wrong input is a typed error, never a throw.
 */
import { createInitialState, type GameState } from '../../core/game-state';
import type { ScenarioIndex } from '../../core/scenario-index';
import { scenarioGraph } from '../../scenario/authoring/graph';
import type { Language } from '../../scenario/format';
import { buildViewModel } from '../build-view';

/** What the author chose: the card, meter values (missing ones keep their initial value), flags, seed. */
export interface PlayFromCardRequest {
  card: string;
  meters?: Readonly<Record<string, number>>;
  /** Flags set to true before the card (the others stay unset). */
  flags?: readonly string[];
  /** The seed of the random draws that follow the card. */
  seed: number;
}

/** Why a state could not be built. */
export type PlayFromCardError =
  | { code: 'unknown-card'; card: string }
  | { code: 'unknown-meter'; meter: string }
  | { code: 'meter-out-of-range'; meter: string; value: number; min: number; max: number }
  | { code: 'unknown-flag'; flag: string }
  | { code: 'bad-seed'; seed: number };

/** A state on the card, or every error found in the request. */
export type PlayFromCardResult =
  { ok: true; state: GameState; phase: string } | { ok: false; errors: PlayFromCardError[] };

/** A meter of the "play from this card" form: its label as the player reads it, its range and start. */
export interface MeterField {
  id: string;
  label: string;
  min: number;
  max: number;
  initial: number;
}

/** The meters of a scenario for the form, in the order the game shows them. */
export function meterFields(index: ScenarioIndex, lang: Language): MeterField[] {
  const view = buildViewModel(createInitialState(index, 0), { index, lang, concepts: new Map() });
  return view.meters.map((meter) => ({
    id: meter.id,
    label: meter.label,
    min: meter.min,
    max: meter.max,
    initial: Math.min(meter.max, Math.max(meter.min, meter.value)),
  }));
}

/** The flags a scenario sets or reads (the ones an author may set before a card). */
export function scenarioFlags(index: ScenarioIndex): string[] {
  return scenarioGraph(index.scenario).flags;
}

/**
 * The phase a card belongs to: the first phase whose deck holds it; a card reached only through a
 * chain belongs to the first phase of a card that chains to it (searched breadth first).
 */
export function phaseOfCard(index: ScenarioIndex, card: string): number | null {
  const phaseOf = new Map<string, number>();
  index.phases.forEach((phase, i) => {
    for (const id of phase.cards) if (!phaseOf.has(id)) phaseOf.set(id, i);
  });
  let frontier = [...phaseOf.keys()];
  while (frontier.length > 0 && !phaseOf.has(card)) {
    const next: string[] = [];
    for (const id of frontier) {
      const at = phaseOf.get(id) ?? 0;
      for (const choice of index.cards.get(id)?.choices ?? []) {
        if (choice.next === undefined || phaseOf.has(choice.next)) continue;
        phaseOf.set(choice.next, at);
        next.push(choice.next);
      }
    }
    frontier = next;
  }
  return phaseOf.get(card) ?? null;
}

function checkRequest(index: ScenarioIndex, request: PlayFromCardRequest): PlayFromCardError[] {
  const errors: PlayFromCardError[] = [];
  if (!index.cards.has(request.card)) errors.push({ code: 'unknown-card', card: request.card });
  for (const [meter, value] of Object.entries(request.meters ?? {})) {
    const def = index.meters.get(meter);
    if (!def) errors.push({ code: 'unknown-meter', meter });
    else if (!Number.isFinite(value) || value < def.min || value > def.max)
      errors.push({ code: 'meter-out-of-range', meter, value, min: def.min, max: def.max });
  }
  const known = new Set(scenarioFlags(index));
  for (const flag of request.flags ?? []) if (!known.has(flag)) errors.push({ code: 'unknown-flag', flag });
  if (!Number.isInteger(request.seed) || request.seed < 0 || request.seed > 0xffffffff)
    errors.push({ code: 'bad-seed', seed: request.seed });
  return errors;
}

/**
 * A new session's state moved onto `request.card`: its phase (the earlier phases count as played to
 * their limit, so the turn counter and the progress bar read as in a real session), the card on
 * screen, the chosen meters and flags, and an RNG seeded from `request.seed` for what follows.
 * Nothing is in the log: the session starts at this card.
 */
export function stateAtCard(index: ScenarioIndex, request: PlayFromCardRequest): PlayFromCardResult {
  const errors = checkRequest(index, request);
  const phaseIndex = errors.length === 0 ? phaseOfCard(index, request.card) : null;
  if (errors.length > 0 || phaseIndex === null)
    return { ok: false, errors: errors.length > 0 ? errors : [{ code: 'unknown-card', card: request.card }] };
  const state = createInitialState(index, request.seed >>> 0);
  for (const [meter, value] of Object.entries(request.meters ?? {})) state.meters[meter] = value;
  for (const flag of request.flags ?? []) state.flags[flag] = true;
  const before = index.phases.slice(0, phaseIndex).reduce((sum, phase) => sum + phase.maxTurns, 0);
  return {
    ok: true,
    phase: index.phases[phaseIndex]?.id ?? '',
    state: { ...state, screen: 'card', phaseIndex, phaseTurn: 0, turn: before, card: request.card },
  };
}
