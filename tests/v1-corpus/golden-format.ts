/** The shape of tests/v1-corpus/golden.json and what its hashes are computed over. */

/** Sessions recorded per corpus file. */
export const SESSIONS_PER_FILE = 200;

/** The seed of the i-th recorded session of a file (spread over the 32-bit range, 0 first). */
export const corpusSeed = (i: number): number => Math.imul(i, 0x9e3779b1) >>> 0;

/** One recorded session: seed, ending id, turns played, choice positions (one digit a turn), state hash. */
export type GoldenSession = [seed: number, ending: string, turns: number, positions: string, hash: string];

/** Recorded sessions by corpus file name. */
export type GoldenFile = Record<string, GoldenSession[]>;

/** The fields of a v1 game state, in v1's order. */
const STATE_KEYS = [
  'scenarioId',
  'scenarioVersion',
  'seed',
  'rng',
  'screen',
  'turn',
  'phaseIndex',
  'phaseTurn',
  'meters',
  'links',
  'flags',
  'initiatives',
  'played',
  'card',
  'chain',
  'log',
  'ending',
] as const;

/** The fields of a v1 turn record. */
const RECORD_KEYS = ['turn', 'phase', 'card', 'choice', 'changes', 'meters', 'linkStrength'] as const;

const pick = (value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.map((key) => [key, value[key]]));

/**
 * A state reduced to the fields version 1 of the engine had (later versions add their own): the v1
 * engine's states are unchanged by it, so a hash of it compares a v1 session with its v2 replay.
 */
export function v1Projection(state: object): Record<string, unknown> {
  const projected = pick(state as Record<string, unknown>, STATE_KEYS);
  const log = projected.log as Record<string, unknown>[];
  projected.log = log.map((record) => pick(record, RECORD_KEYS));
  return projected;
}
