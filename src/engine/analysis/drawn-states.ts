/**
 * The states in which each card is drawn, sampled from the sessions of every simulated player but the
 * expert (random, each posture, principled, preview-greedy). The context-dependent cards are read on
 * them: a card's best choice "changes with the state in which it is drawn" only if it is weighed in the
 * states players really meet it in, not only on the expert's own path (narrow when the expert plays
 * well: it meets each card in much the same state every time).
 *
 * Per card, a seeded reservoir keeps a uniform sample of at most `size` of the decisions met (a state is
 * copied only when it enters the reservoir: a few dozen copies per card over thousands of sessions).
 * Each card draws from a generator of its own, seeded by the analysis seed and the card's id: an edit
 * to one card changes which states the others are sampled in only through the sessions themselves, not
 * by shifting one shared sequence of draws under every card.
 */
import { fnv1a, FNV_PRIME } from '../../core/hash';
import { nextFloat, seedRng, type RngState } from '../../core/rng';
import type { GameState } from '../../core/game-state';
import type { Session } from '../api';

/** A seeded reservoir sample of the states each card is drawn in. */
export class DrawnStates {
  private readonly seen = new Map<string, number>();
  private readonly kept = new Map<string, GameState[]>();
  private readonly rngs = new Map<string, RngState>();

  constructor(
    /** States kept per card at most. */
    private readonly size: number,
    private readonly seed: number,
  ) {}

  /** Offers the session's current decision (a card with two or more `available` choices). */
  offer(session: Session, available: readonly unknown[] = session.available()): void {
    const card = session.state.card;
    if (card === null || available.length < 2) return;
    const n = (this.seen.get(card) ?? 0) + 1;
    this.seen.set(card, n);
    let list = this.kept.get(card);
    if (!list) {
      list = [];
      this.kept.set(card, list);
    }
    if (list.length < this.size) {
      list.push(session.snapshot());
      return;
    }
    const [r, next] = nextFloat(this.rngs.get(card) ?? seedRng(cardSeed(this.seed, card)));
    this.rngs.set(card, next);
    const slot = Math.floor(r * n);
    if (slot < this.size) list[slot] = session.snapshot();
  }

  /** The kept states, card by card in the order cards were first met. */
  states(): GameState[] {
    return [...this.kept.values()].flat();
  }
}

/** The seed of one card's generator: the analysis seed mixed with the card's id (FNV-1a). */
const cardSeed = (seed: number, card: string): number =>
  fnv1a(card, Math.imul(seed ^ 0x5eed5, FNV_PRIME) ^ 0x811c9dc5);
