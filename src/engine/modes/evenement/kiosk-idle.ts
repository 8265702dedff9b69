/**
 * The event kiosk's idle model, pure: time is an input. After `idleMs` without a touch, a visible
 * countdown of `warningMs` starts; a touch cancels it; at its end the kiosk resets (the UI drops the
 * session and every trace of it) and goes back to the attract screen.
 */

/** Idle settings (the only data the kiosk keeps). */
export interface KioskSettings {
  idleMs: number;
  warningMs: number;
}

/** Defaults: 60 s without a touch, then a 15 s countdown. */
export const DEFAULT_KIOSK: KioskSettings = { idleMs: 60_000, warningMs: 15_000 };

/** Bounds the settings form accepts. */
export const KIOSK_LIMITS = { idleMs: [15_000, 600_000], warningMs: [5_000, 60_000] } as const;

/** `attract`: the looping demo; `playing`; `warning`: the countdown is shown; `reset`: the UI must clear. */
export type KioskStatus = 'attract' | 'playing' | 'warning' | 'reset';

/** The kiosk's state. Plain data. */
export interface KioskState {
  status: KioskStatus;
  /** Last touch, key or click (ms). */
  lastActivity: number;
}

const clamp = (value: number, [min, max]: readonly [number, number]): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;

/** Settings within bounds (what a settings form or a URL gives is never trusted as is). */
export function kioskSettings(input: Partial<KioskSettings>): KioskSettings {
  return {
    idleMs: clamp(input.idleMs ?? DEFAULT_KIOSK.idleMs, KIOSK_LIMITS.idleMs),
    warningMs: clamp(input.warningMs ?? DEFAULT_KIOSK.warningMs, KIOSK_LIMITS.warningMs),
  };
}

/** The kiosk at power on: the attract screen. */
export function startKiosk(nowMs: number): KioskState {
  return { status: 'attract', lastActivity: nowMs };
}

/** A touch, key or click: starts a game from the attract screen, cancels a countdown. */
export function activity(state: KioskState, nowMs: number): KioskState {
  if (state.status === 'reset') return state;
  return { status: 'playing', lastActivity: Math.max(state.lastActivity, nowMs) };
}

/** Updates the status at `nowMs`. */
export function tickKiosk(state: KioskState, settings: KioskSettings, nowMs: number): KioskState {
  if (state.status !== 'playing' && state.status !== 'warning') return state;
  const idle = nowMs - state.lastActivity;
  if (idle >= settings.idleMs + settings.warningMs) return { ...state, status: 'reset' };
  if (idle >= settings.idleMs) return state.status === 'warning' ? state : { ...state, status: 'warning' };
  return state.status === 'playing' ? state : { ...state, status: 'playing' };
}

/** Seconds shown by the countdown (rounded up), or null when there is none. */
export function countdownSeconds(state: KioskState, settings: KioskSettings, nowMs: number): number | null {
  if (state.status !== 'warning') return null;
  const left = settings.idleMs + settings.warningMs - (nowMs - state.lastActivity);
  return Math.max(0, Math.ceil(left / 1000));
}

/** The UI has cleared the session: back to the attract screen. */
export function resetDone(state: KioskState, nowMs: number): KioskState {
  return state.status === 'reset' ? { status: 'attract', lastActivity: nowMs } : state;
}
