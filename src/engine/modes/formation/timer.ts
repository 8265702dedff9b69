/**
 * The discussion timer of a card, as a pure model (WCAG 2.2.1 "timing adjustable": it can be turned
 * off, paused and extended). Time is always an input, in milliseconds: nothing here reads a clock.
 * A clock that goes backwards is treated as no time passing.
 */

/** `off`: no timer; `ready`: set, not started; `running`; `paused`; `expired`: the time is up. */
export type TimerStatus = 'off' | 'ready' | 'running' | 'paused' | 'expired';

/** The timer's state. Plain data. */
export interface TimerState {
  status: TimerStatus;
  /** Total time allowed, extensions included. */
  durationMs: number;
  /** Time used before the current run. */
  usedMs: number;
  /** When the current run started (only while `running`). */
  runningSince: number | null;
}

const clampMs = (ms: number): number => (Number.isFinite(ms) ? Math.max(0, Math.round(ms)) : 0);

/** A timer set to `durationMs`, not started; `enabled: false` gives a timer that is off. */
export function createTimer(durationMs: number, enabled = true): TimerState {
  return {
    status: enabled ? 'ready' : 'off',
    durationMs: clampMs(durationMs),
    usedMs: 0,
    runningSince: null,
  };
}

function usedAt(timer: TimerState, nowMs: number): number {
  if (timer.status !== 'running' || timer.runningSince === null) return timer.usedMs;
  return timer.usedMs + Math.max(0, nowMs - timer.runningSince);
}

/** Time left at `nowMs` (0 when expired; the full duration when off). */
export function remaining(timer: TimerState, nowMs: number): number {
  if (timer.status === 'off') return timer.durationMs;
  return Math.max(0, timer.durationMs - usedAt(timer, nowMs));
}

/** Whether the time is up at `nowMs`. */
export function isExpired(timer: TimerState, nowMs: number): boolean {
  if (timer.status === 'expired') return true;
  return (timer.status === 'running' || timer.status === 'paused') && remaining(timer, nowMs) === 0;
}

/** Starts (from `ready`) or resumes (from `paused`). */
export function start(timer: TimerState, nowMs: number): TimerState {
  if (timer.status !== 'ready' && timer.status !== 'paused') return timer;
  if (timer.durationMs - timer.usedMs <= 0) return { ...timer, status: 'expired', runningSince: null };
  return { ...timer, status: 'running', runningSince: nowMs };
}

/** Pauses a running timer, keeping the time used. */
export function pause(timer: TimerState, nowMs: number): TimerState {
  if (timer.status !== 'running') return timer;
  return {
    ...timer,
    status: 'paused',
    usedMs: Math.min(timer.durationMs, usedAt(timer, nowMs)),
    runningSince: null,
  };
}

/** Pauses when running, starts or resumes otherwise (the Space key). */
export function toggle(timer: TimerState, nowMs: number): TimerState {
  return timer.status === 'running' ? pause(timer, nowMs) : start(timer, nowMs);
}

/** Updates the status at `nowMs`: a running timer whose time is used up becomes `expired`. */
export function tick(timer: TimerState, nowMs: number): TimerState {
  if (timer.status !== 'running' || remaining(timer, nowMs) > 0) return timer;
  return { ...timer, status: 'expired', usedMs: timer.durationMs, runningSince: null };
}

/**
 * Gives `extraMs` more time (the + key). An expired timer runs again for the extra time; a paused or
 * ready one stays as it is, with more time left. Negative amounts shorten, never below the time used.
 */
export function extend(timer: TimerState, extraMs: number, nowMs: number): TimerState {
  if (timer.status === 'off' || !Number.isFinite(extraMs)) return timer;
  const used = usedAt(timer, nowMs);
  const durationMs = Math.max(used, Math.round(timer.durationMs + extraMs));
  if (timer.status === 'expired')
    return durationMs > used
      ? { ...timer, status: 'running', durationMs, usedMs: used, runningSince: nowMs }
      : timer;
  if (timer.status === 'running') return { ...timer, durationMs, usedMs: used, runningSince: nowMs };
  return { ...timer, durationMs };
}

/** Turns the timer off (no time limit on this card). */
export function turnOff(timer: TimerState): TimerState {
  return { status: 'off', durationMs: timer.durationMs, usedMs: 0, runningSince: null };
}

/** Turns a timer that was off back on, ready to start with its duration. */
export function turnOn(timer: TimerState): TimerState {
  return timer.status === 'off' ? { ...timer, status: 'ready', usedMs: 0, runningSince: null } : timer;
}

/** Minutes and seconds for display, rounded up (a timer never shows 0:00 while time remains). */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(clampMs(ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
