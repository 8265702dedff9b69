/**
 * Counters of the live resources the game holds: Phaser games, listeners, timers and playing sounds.
 * Everything that can leak registers through this registry, so a test can check that resizing,
 * hiding the tab and restarting leave the counts flat. Built in main.ts, one per page.
 */

/** A read-only snapshot of the counts. */
export interface DiagnosticsSnapshot {
  /** Live Phaser games. */
  games: number;
  /** Listeners registered through `track`. */
  listeners: number;
  /** Pending timeouts and running intervals created through the registry. */
  timers: number;
  /** Sounds playing now. */
  sounds: number;
}

/** The registry the shell and the scenes register with. */
export interface Diagnostics {
  snapshot(): DiagnosticsSnapshot;
  /** Counts a live game; call the returned function when it is destroyed. */
  gameStarted(): () => void;
  /** Registers a listener with `add` (which returns its removal) and counts it until removed. */
  track(add: () => () => unknown): () => void;
  /** A counted setTimeout; the returned function cancels it. */
  timeout(callback: () => void, ms: number): () => void;
  /** A counted setInterval; the returned function stops it. */
  interval(callback: () => void, ms: number): () => void;
  /** Tells the registry how to count playing sounds. */
  countSounds(count: () => number): void;
}

/** Timer functions (injected for tests). */
export interface TimerApi {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

/** Creates the registry. */
export function createDiagnostics(timers: TimerApi): Diagnostics {
  let games = 0;
  let listeners = 0;
  let pending = 0;
  let sounds: () => number = () => 0;
  const once = (release: () => void): (() => void) => {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };
  return {
    snapshot: () => ({ games, listeners, timers: pending, sounds: sounds() }),
    gameStarted() {
      games++;
      return once(() => games--);
    },
    track(add) {
      const remove = add();
      listeners++;
      return once(() => {
        listeners--;
        remove();
      });
    },
    timeout(callback, ms) {
      pending++;
      const stop = once(() => pending--);
      const id = timers.setTimeout(() => {
        stop();
        callback();
      }, ms);
      return () => {
        timers.clearTimeout(id);
        stop();
      };
    },
    interval(callback, ms) {
      pending++;
      const id = timers.setInterval(callback, ms);
      return once(() => {
        timers.clearInterval(id);
        pending--;
      });
    },
    countSounds(count) {
      sounds = count;
    },
  };
}
