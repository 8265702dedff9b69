/**
 * The `expert` player: it looks ahead. For each available choice it plays K possible futures from the
 * state after taking it (the session cloned with a reseeded generator, then a random player to the end)
 * and takes the choice whose futures are worth most: an ending of kind success 1, partial 0.4, failure
 * 0, plus 0.1 × the mean evaluation (0–1). The K futures of a decision share their seeds from one
 * choice to the next (common random numbers), so choices are compared on the same draws.
 *
 * Every state it evaluates is kept (once per distinct state: the same state met again reuses its
 * estimate): the context-dependent cards and the dominated choices are read from them.
 */
import { fnv1a } from '../../core/hash';
import { seedRng } from '../../core/rng';
import { futureKey } from '../../core/state-key';
import type { GameState } from '../../core/game-state';
import type { Choice, EndingKind } from '../../scenario/format';
import type { Session } from '../api';

/** The value of an ending kind for the expert. */
export const ENDING_VALUE: Record<EndingKind, number> = { success: 1, partial: 0.4, failure: 0 };

/** The rollouts of one state: for each available choice, the value of each of the K futures. */
export interface Evaluation {
  card: string;
  values: Map<string, number[]>;
  /** The state weighed (a copy), to weigh it again with other futures (the confirmation). */
  state: GameState;
}

/** A 32-bit mix of two numbers (for rollout seeds). */
const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ Math.imul(b + 0x9e3779b9, 0x85ebca6b), 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

/** A 32-bit number from a state key. */
const keySeed = (key: string): number => fnv1a(key);

/** The value of a session's end: its ending kind's value plus a tenth of its mean evaluation. */
export function endingValue(session: Session): number {
  const ending = session.ending();
  if (!ending) return 0;
  const dims = Object.values(ending.evaluation);
  const mean = dims.length === 0 ? 0 : dims.reduce((sum, v) => sum + v, 0) / dims.length / 100;
  return ENDING_VALUE[ending.kind] + 0.1 * mean;
}

/** Plays a session to its end (or `limit` steps) with a random player drawing from `rng`. */
export function playRandomly(session: Session, rng: number, limit: number): void {
  session.playRandomly(rng, limit);
}

/** The mean of some numbers. */
export const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

/** The expert player, keeping every state it evaluated. */
export class Expert {
  private readonly memo = new Map<string, Evaluation>();
  /** One evaluation per distinct state met, in the order they were met. */
  readonly evaluations: Evaluation[] = [];

  constructor(
    private readonly rollouts: number,
    /** Whether the scenario reads `leftOut` (then involvement is part of a state). */
    private readonly involvement: boolean,
    /** Steps after which a future counts as unfinished (value 0). */
    private readonly limit: number,
  ) {}

  /** The choice it takes on the current card (a card with one available choice is not evaluated). */
  pick(session: Session): Choice | undefined {
    const available = session.available();
    if (available.length <= 1) return available[0];
    const key = futureKey(session.state, this.involvement);
    let evaluation = this.memo.get(key);
    if (!evaluation) {
      evaluation = this.evaluate(session, available, keySeed(key));
      this.memo.set(key, evaluation);
      this.evaluations.push(evaluation);
    }
    let best: Choice | undefined;
    let bestValue = -Infinity;
    for (const choice of available) {
      const value = mean(evaluation.values.get(choice.id) ?? []);
      if (value > bestValue) {
        bestValue = value;
        best = choice;
      }
    }
    return best;
  }

  /**
   * Weighs a state again with `rollouts` futures drawn from other seeds (`salt`): an estimate
   * independent of the first one, to confirm what the first one suggested.
   */
  reweigh(session: Session, rollouts: number, salt: number): Evaluation {
    const key = futureKey(session.state, this.involvement);
    return this.evaluate(session, session.available(), mix(keySeed(key), salt), rollouts);
  }

  private evaluate(
    session: Session,
    available: readonly Choice[],
    seed: number,
    rollouts = this.rollouts,
  ): Evaluation {
    const values = new Map<string, number[]>();
    const rng = session.state.rng;
    for (const choice of available) {
      const futures: number[] = [];
      // The choice taken once: unless a stated risk drew from the generator, the state after it is the
      // same in every future but for the generator, reseeded for each.
      const taken = session.clone({ lookAhead: true });
      taken.choose(choice.id);
      const shared = taken.state.rng === rng;
      for (let k = 0; k < rollouts; k++) {
        let future: Session;
        if (shared) future = taken.clone({ seed: mix(seed, k) });
        else {
          future = session.clone({ seed: mix(seed, k), lookAhead: true });
          future.choose(choice.id);
        }
        playRandomly(future, seedRng(mix(seed, k + 0x10000)), this.limit);
        futures.push(endingValue(future));
      }
      values.set(choice.id, futures);
    }
    return { card: session.state.card ?? '', values, state: session.snapshot() };
  }
}
