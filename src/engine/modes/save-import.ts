/**
 * A game exported with "Exporter la partie" (a save slot as a .json file), read back: the file's text
 * decoded as a slot (a version-1 bare save migrated), and its scenario found among the ones this game
 * can open. Nothing is written here; the shell puts the slot in its scenario's place and resumes it, and
 * the usual replay check (`checkSlot`) decides whether it still plays on the scenario as it is now.
 */
import { decodeSlot, type SaveError, type SaveSlot } from './save-slots';

/** Why a file cannot be imported as a game: why its text is not a save, or its scenario is not here. */
export type ImportProblem =
  | Exclude<SaveError, { kind: 'other-scenario' | 'scenario-changed' }>
  | { kind: 'unknown-scenario'; id: string };

/** An imported game: its slot and the scenario key it goes under, or why not. */
export type ImportResult = { ok: true; key: string; slot: SaveSlot } | { ok: false; problem: ImportProblem };

/**
 * Reads an exported game. `keyOf` gives the scenario key a scenario id is saved under in this game (a
 * bundled id, or the key of the file-opened scenario with that id), or null when the game cannot open it.
 */
export function readImportedSave(text: string, keyOf: (id: string) => string | null): ImportResult {
  const decoded = decodeSlot(text);
  if (!decoded.ok) {
    const { error } = decoded;
    // Decoding alone never compares with a scenario: these two cannot come from it.
    if (error.kind === 'other-scenario' || error.kind === 'scenario-changed')
      return { ok: false, problem: { kind: 'not-a-save' } };
    return { ok: false, problem: error };
  }
  const id = decoded.slot.session.scenarioId;
  const key = keyOf(id);
  if (key === null) return { ok: false, problem: { kind: 'unknown-scenario', id } };
  return { ok: true, key, slot: decoded.slot };
}
