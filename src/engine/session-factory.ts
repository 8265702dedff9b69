/**
 * The one way the shell gets a game session. The composition root (src/ui/app/game-shell.ts) builds the
 * factory and hands it on (to the modes through their host, to the authoring tools); the UI and the
 * scenes never construct a session themselves, which lint enforces (eslint.config.js): they see the
 * session's type, not its class, and never the compiled machine behind it.
 */
import type { LoadedScenario } from './api';
import { GameSession, type SessionOptions } from './game-session';

/** Makes game sessions of a loaded scenario (as the public API loads one: its index and concepts). */
export interface SessionFactory {
  /** A new session, or one restored from `choices` or started at `state` (see SessionOptions). */
  start(scenario: Pick<LoadedScenario, 'index'>, options: SessionOptions): GameSession;
}

/** The game's factory: sessions running the scenario's compiled XState machine. */
export function createSessionFactory(): SessionFactory {
  return { start: (scenario, options) => new GameSession(scenario.index, options) };
}
