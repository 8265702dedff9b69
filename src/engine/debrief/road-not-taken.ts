/**
 * The road not taken: a session replayed up to one of its decisions (the exact state the player was
 * in: same draws, same meters), then another choice taken there and every later decision played by the
 * analysis's `expert` player (expert.ts: seeded look-ahead, deterministic). The other choice is the one
 * the expert values most among those the player did not take. One simulated possibility, not the truth:
 * the words that tell it say so (road-words.ts). Pure and deterministic.
 */
import type { GameState } from '../../core/game-state';
import { replay } from '../../core/replay';
import { readsLeftOut } from '../../scenario/play/explore';
import { defaultTurnLimit } from '../../scenario/play/simulate';
import type { EndingKind, InitiativeState } from '../../scenario/format';
import { Session, type LoadedScenario } from '../api';
import { evaluate } from '../../core/endings';
import { Expert, mean } from '../analysis/expert';

/** How many futures the expert plays per choice (the analysis uses 8; fewer keeps the debrief quick). */
export const ROAD_ROLLOUTS = 6;

/** Where the other road led. */
export interface RoadNotTaken {
  /** The decision replaced: its place in the log, its turn, phase, card and the choice the player took. */
  logIndex: number;
  turn: number;
  phase: string;
  card: string;
  played: string;
  /** The other choice taken there. */
  taken: string;
  /** The ending the simulated session reached (null if it did not end within the turn limit). */
  ending: { id: string; kind: EndingKind } | null;
  /** Meter values at the end of the simulated session. */
  meters: Record<string, number>;
  /** Initiative states at the end of the simulated session. */
  initiatives: Record<string, InitiativeState>;
  /** The evaluation at the end of the simulated session (0–100 per dimension), or null. */
  evaluation: Record<string, number> | null;
  /** How many decisions the simulated session took after the replaced one. */
  decisions: number;
}

/**
 * The road not taken at the decision `logIndex` of an ended (or running) session: null when the
 * session cannot be replayed to it (the scenario changed) or the player had no other choice there.
 */
export function roadNotTaken(
  loaded: LoadedScenario,
  state: GameState,
  logIndex: number,
  rollouts = ROAD_ROLLOUTS,
): RoadNotTaken | null {
  const record = state.log[logIndex];
  if (!record) return null;
  const before = replay(
    loaded.index,
    state.seed,
    state.log.slice(0, logIndex).map((r) => r.choice),
  );
  if (before.error) return null;
  const session = Session.fromState(loaded, before.state);
  while (session.screen === 'phase-intro' || session.screen === 'consequence') session.continue();
  if (session.screen !== 'card' || session.state.card !== record.card) return null;
  const others = session.available().filter((choice) => choice.id !== record.choice);
  if (others.length === 0) return null;

  const limit = 4 * defaultTurnLimit(loaded.index) + 20;
  const expert = new Expert(rollouts, readsLeftOut(loaded.scenario), limit);
  expert.pick(session);
  const values = expert.evaluations[0]?.values;
  let taken = others[0];
  let best = -Infinity;
  for (const choice of others) {
    const value = mean(values?.get(choice.id) ?? []);
    if (value > best) {
      best = value;
      taken = choice;
    }
  }
  if (!taken || !session.choose(taken.id)) return null;
  // A function, so that the check above does not narrow the screen for the loop below.
  const ended = (): boolean => session.screen === 'ended';
  let decisions = 0;
  for (let step = 0; step < limit && !ended(); step++) {
    if (session.continue()) continue;
    const choice = expert.pick(session);
    if (!choice || !session.choose(choice.id)) break;
    decisions++;
  }
  const end = session.state;
  const ending = end.ending === null ? undefined : loaded.index.endings.get(end.ending);
  return {
    logIndex,
    turn: record.turn,
    phase: record.phase,
    card: record.card,
    played: record.choice,
    taken: taken.id,
    ending: ended() && ending ? { id: ending.id, kind: ending.kind } : null,
    meters: { ...end.meters },
    initiatives: Object.fromEntries(Object.entries(end.initiatives).map(([id, s]) => [id, s.state])),
    evaluation: ended() && ending ? { ...evaluate(end, loaded.index) } : null,
    decisions,
  };
}
