/**
 * What a turn says besides the new state: the sound cues to play and the announcements to make. The
 * XState machine emits them as events (src/scenario/compile.ts); they are read from the turn's own
 * record, not guessed by comparing states.
 */
import type { SoundCue } from '../scenario/format';
import type { GameState, TurnRecord } from './game-state';

/** A signal of the session: a sound cue, or something to announce to screen-reader users. */
export type SessionSignal =
  | { type: 'sound'; cue: SoundCue }
  | { type: 'announce'; what: 'ending'; ending: string }
  /** The choice's stated risk was drawn: it happened, or it was avoided. */
  | { type: 'announce'; what: 'risk'; happened: boolean }
  /** Delayed consequences of earlier choices landed at the end of the turn. */
  | { type: 'announce'; what: 'delayed'; count: number }
  /** Drift rules started applying at the end of the turn (their texts are told). */
  | { type: 'announce'; what: 'drift'; count: number };

/**
 * The signals of a turn: its sound cues (the scenario's `sound` effects in order, or else one cue for
 * the balance of the meters that moved), then what to announce beyond the choice's own consequence:
 * the stated risk drawn, the delayed consequences that landed, the drifts that started.
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
  if (record.risk) signals.push({ type: 'announce', what: 'risk', happened: record.risk.happened });
  const landed = record.delayed?.filter((item) => item.landed).length ?? 0;
  if (landed > 0) signals.push({ type: 'announce', what: 'delayed', count: landed });
  const told = record.drifts?.filter((drift) => drift.told).length ?? 0;
  if (told > 0) signals.push({ type: 'announce', what: 'drift', count: told });
  return signals;
}

/** The signals of reaching an ending. */
export function endingSignals(state: GameState): SessionSignal[] {
  return [
    { type: 'sound', cue: 'ending' },
    { type: 'announce', what: 'ending', ending: state.ending ?? '' },
  ];
}
