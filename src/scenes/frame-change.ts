import type { TerritoryFrame, TerritoryReplay } from './view-bridge';

/** How the changes of a frame show: not at all, animated, or as a still before/after highlight. */
export type ChangeMode = 'none' | 'animate' | 'highlight';

/** What the scene draws as change for one frame, and from which values. */
export interface FrameChange {
  /** The replay request to carry out now (null: none, or one already drawn). */
  replay: TerritoryReplay | null;
  mode: ChangeMode;
  /** The thread strengths to change from (null: nothing to change from, the first drawing). */
  threadsBefore: ReadonlyMap<string, number> | null;
  /** The meter values to change from. */
  metersBefore: ReadonlyMap<string, number>;
}

/**
 * Decides how a frame's changes are drawn. An ordinary frame changes from what was drawn last (`last`);
 * a new replay request (its count above `replayed`) changes again from the values before the last
 * decision, over the frame's own values for everything that decision did not move. Under reduced motion a
 * replay is a still highlight, never an animation. Pure: the scene keeps the state.
 */
export function frameChange(
  frame: TerritoryFrame,
  animate: boolean,
  replayed: number,
  now: { strengths: ReadonlyMap<string, number>; meters: ReadonlyMap<string, number> },
  last: { strengths: ReadonlyMap<string, number> | null; meters: ReadonlyMap<string, number> },
): FrameChange {
  const replay = frame.replay && frame.replay.count > replayed ? frame.replay : null;
  const motion = (animate || replay !== null) && !frame.reducedMotion;
  const mode: ChangeMode = motion ? 'animate' : replay ? 'highlight' : 'none';
  if (!replay) return { replay, mode, threadsBefore: last.strengths, metersBefore: last.meters };
  return {
    replay,
    mode,
    threadsBefore: new Map([...now.strengths, ...Object.entries(replay.before.links)]),
    metersBefore: new Map([...now.meters, ...Object.entries(replay.before.meters)]),
  };
}

/** How long the change's animations take at their usual pace (the threads' growth, the longest). */
export const REPLAY_NATURAL_MS = 900;

/**
 * The tween time scale that makes a replay last `durationMs` (a room needs about 2 s): slower, never
 * faster than the usual pace; 1 without a duration.
 */
export function replayTimeScale(durationMs: number | undefined): number {
  if (durationMs === undefined || !Number.isFinite(durationMs) || durationMs <= REPLAY_NATURAL_MS) return 1;
  return REPLAY_NATURAL_MS / durationMs;
}
