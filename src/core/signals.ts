/**
 * What a turn says besides the new state: the sound cues to play and the announcements to make. The
 * XState machine emits them as events (src/scenario/compile.ts); they are read from the turn's own
 * record, not guessed by comparing states.
 */
import type { SoundCue } from '../scenario/format';
import type { GameState, TurnRecord } from './game-state';

/** A signal of the session: a sound cue, or something to announce to screen-reader users. */
export type SessionSignal =
  { type: 'sound'; cue: SoundCue } | { type: 'announce'; what: 'ending'; ending: string };

/**
 * The sound cues of a turn: the scenario's `sound` effects in order, or else one cue for the balance
 * of the meters that moved (positive, negative or neutral).
 */
export function turnSignals(record: TurnRecord): SessionSignal[] {
  const signals: SessionSignal[] = [];
  for (const change of record.changes)
    if (change.kind === 'sound') signals.push({ type: 'sound', cue: change.cue });
  if (signals.length === 0) {
    let balance = 0;
    for (const change of record.changes)
      if (change.kind === 'meter') balance += Math.sign(change.to - change.from);
    signals.push({ type: 'sound', cue: balance > 0 ? 'positive' : balance < 0 ? 'negative' : 'neutral' });
  }
  return signals;
}

/** The signals of reaching an ending. */
export function endingSignals(state: GameState): SessionSignal[] {
  return [
    { type: 'sound', cue: 'ending' },
    { type: 'announce', what: 'ending', ending: state.ending ?? '' },
  ];
}
