import { createInitialState, type GameState } from '../../../core/game-state';
import type { ScenarioIndex } from '../../../core/scenario-index';
import { advance, availableChoices, choose } from '../../../core/turn';
import type { SavedSession } from '../../game-session';
import { SAVE_VERSION } from '../../save-version';

/** A past decision, as listed by "Revenir sur un choix". */
export interface DecisionPoint {
  /** 0-based position in the choices: rewinding to it replays the `at` choices before it. */
  at: number;
  /** 1-based turn. */
  turn: number;
  phase: string;
  card: string;
  choice: string;
  /** Choices that were available then, in card order (the chosen one included). */
  available: string[];
  /** The other available choices: the paths not taken. */
  alternatives: string[];
}

/** The listing of a save: its decisions, and whether every saved choice replayed. */
export interface DecisionList {
  decisions: DecisionPoint[];
  /** False when the save does not replay on this scenario (then the list stops where it broke). */
  complete: boolean;
}

function toCard(state: GameState, index: ScenarioIndex): GameState {
  let current = state;
  while (current.screen === 'phase-intro' || current.screen === 'consequence')
    current = advance(current, index);
  return current;
}

/** Lists the decisions of a save, replaying it from its seed. */
export function listDecisions(index: ScenarioIndex, saved: SavedSession): DecisionList {
  let state = createInitialState(index, saved.seed);
  const decisions: DecisionPoint[] = [];
  for (const [at, choice] of saved.choices.entries()) {
    state = toCard(state, index);
    const card = state.card === null ? undefined : index.cards.get(state.card);
    if (state.screen !== 'card' || !card) return { decisions, complete: false };
    const available = availableChoices(card, state, index).map((c) => c.id);
    const next = choose(state, choice, index);
    if (next === state) return { decisions, complete: false };
    decisions.push({
      at,
      turn: next.turn,
      phase: index.phases[state.phaseIndex]?.id ?? '',
      card: card.id,
      choice,
      available,
      alternatives: available.filter((id) => id !== choice),
    });
    state = next;
  }
  return { decisions, complete: true };
}

/**
 * The save truncated before decision `at`: restoring it (then sending CONTINUE until the card screen)
 * puts the player back on the same card, with the same state, to choose again.
 */
export function truncateBefore(saved: SavedSession, at: number): SavedSession {
  const keep = Math.max(0, Math.min(saved.choices.length, Math.trunc(at)));
  return { ...saved, saveVersion: SAVE_VERSION, choices: saved.choices.slice(0, keep) };
}

/** A path kept after rewinding, so the player can compare it with the new one. */
export interface Branch {
  /** 1-based, in creation order. */
  id: number;
  choices: string[];
  /** The decision it was abandoned at (the new branch differs from there). */
  forkAt: number;
  /** When it was abandoned, as given by the caller (ms). */
  savedAt: number;
}

/** The branches of one play (same scenario, version and seed). */
export interface BranchBook {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  branches: Branch[];
}

/** The most branches kept; the oldest go first. */
export const MAX_BRANCHES = 8;

/** An empty book for a save. */
export function emptyBook(saved: SavedSession): BranchBook {
  return {
    scenarioId: saved.scenarioId,
    scenarioVersion: saved.scenarioVersion,
    seed: saved.seed,
    branches: [],
  };
}

/** The result of going back to a decision. */
export interface Rewind {
  /** The save to restore. */
  saved: SavedSession;
  /** The book, with the abandoned path added (unless it was already kept or empty of new choices). */
  book: BranchBook;
}

const sameChoices = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((choice, i) => b[i] === choice);

/**
 * Goes back before decision `at`: returns the truncated save, and keeps the abandoned path in the book.
 * A book of another play is started afresh.
 */
export function rewindTo(saved: SavedSession, at: number, book: BranchBook | null, nowMs: number): Rewind {
  const truncated = truncateBefore(saved, at);
  const same =
    book !== null &&
    book.scenarioId === saved.scenarioId &&
    book.scenarioVersion === saved.scenarioVersion &&
    book.seed === saved.seed;
  const base = same && book ? book : emptyBook(saved);
  const abandoned = saved.choices.length > truncated.choices.length;
  if (!abandoned || base.branches.some((branch) => sameChoices(branch.choices, saved.choices)))
    return { saved: truncated, book: base };
  const id = base.branches.reduce((max, branch) => Math.max(max, branch.id), 0) + 1;
  const branch: Branch = {
    id,
    choices: [...saved.choices],
    forkAt: truncated.choices.length,
    savedAt: nowMs,
  };
  return { saved: truncated, book: { ...base, branches: [...base.branches, branch].slice(-MAX_BRANCHES) } };
}

/** The save of a kept branch (to restore it, or replay it for comparison). */
export function branchSave(book: BranchBook, branch: Branch): SavedSession {
  return {
    saveVersion: SAVE_VERSION,
    scenarioId: book.scenarioId,
    scenarioVersion: book.scenarioVersion,
    seed: book.seed,
    choices: [...branch.choices],
  };
}

/** How many leading choices two paths share: the decision where they part. */
export function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}
