import type { Saves } from '../adapters/saves';
import type { ScenarioLoad } from '../adapters/scenario-source';
import type { GameSession } from '../engine/game-session';
import type { SessionFactory } from '../engine/session-factory';
import type { Language } from '../scenario/format';

/** The outcome of starting a session: the session, and what to tell the player. */
export type SessionStart =
  { ok: true; session: GameSession; saveSetAside: boolean } | { ok: false; problems: string[] };

/**
 * Starts a session of a loaded scenario: from its save when resuming (a save that is unreadable, of
 * another version of the scenario, or that no longer replays is set aside, where the player can export
 * it, and a new game starts), or a new one. Never throws.
 */
export function startSession(options: {
  loaded: Extract<ScenarioLoad, { ok: true }>;
  /** The scenario key its save is kept under (see src/adapters/saves.ts). */
  key: string;
  saves: Saves;
  resume: boolean;
  seed: () => number;
  lang: Language;
  /** The factory the composition root made (src/engine/session-factory.ts). */
  sessions: SessionFactory;
}): SessionStart {
  const { index, concepts } = options.loaded;
  const key = options.key;
  const saved = options.resume ? options.saves.read(key) : { save: null, corrupt: false };
  let setAside = saved.corrupt;
  if (saved.save && saved.save.scenarioVersion === index.scenario.meta.version) {
    try {
      const session = options.sessions.start(options.loaded, {
        seed: saved.save.seed,
        choices: saved.save.choices,
        lang: options.lang,
        concepts,
      });
      // A replay stops at the first choice that no longer applies: then the save is set aside.
      if (session.state.log.length === saved.save.choices.length)
        return { ok: true, session, saveSetAside: false };
      session.stop();
    } catch {
      // The save no longer replays: set aside below.
    }
  }
  // Of another version of the scenario, or no longer replaying: kept aside (exportable), not deleted.
  if (saved.save) setAside = options.saves.setAside(key) || setAside;
  try {
    const session = options.sessions.start(options.loaded, {
      seed: options.seed(),
      lang: options.lang,
      concepts,
    });
    return { ok: true, session, saveSetAside: setAside };
  } catch (error) {
    // The compiler refuses names outside its vocabulary (its CompileError carries the list).
    const problems = (error as { problems?: unknown }).problems;
    return {
      ok: false,
      problems: Array.isArray(problems) ? problems.map(String) : [String(error)],
    };
  }
}

/**
 * The seed of a new game (when the address names none): drawn from the browser's crypto generator, the
 * clock where it is missing. The shell's one source of chance; the core takes the seed as input.
 */
export function freshSeed(): number {
  try {
    return crypto.getRandomValues(new Uint32Array(1))[0] ?? Date.now() >>> 0;
  } catch {
    return Date.now() >>> 0;
  }
}
