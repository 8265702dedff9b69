import * as v from 'valibot';
import { FAMILIES, type FamilyId } from '../../../scenario/format';
import { check, envelopeVersion, parseStoredText, whole } from '../../stored-envelope';
import { DECISION_RULES, TIE_BREAKS, type DecidedBy } from './decision-rule';
import { startFormation, type FormationSettings, type FormationState } from './session';
import { SESSION_LENGTHS } from './session-length';
import { createTeams, type TeamInput } from './teams';
import type { Prediction, RoundRecord, Trend } from './votes';

/** The version written today: 2 keeps the rounds the room went back on (version 1 saves still load). */
export const FORMATION_VERSION = 2;

/**
 * The facilitation kept across a page reload (same machine, same browser): the setup, the filed
 * rounds and the rounds undone. The game itself is restored from its save slot; the open round and the
 * timer start afresh on the current card.
 */
export interface StoredFormation {
  format: 'tisser-formation';
  version: typeof FORMATION_VERSION;
  scenarioId: string;
  settings: FormationSettings;
  history: RoundRecord[];
  /** Rounds the room went back on, in the order they were undone (absent from version 1). */
  reversed: RoundRecord[];
}

/** Why stored facilitation data cannot be used. Reading never throws. */
export type FormationReadError =
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'not-formation' }
  | { kind: 'too-new'; version: number }
  | { kind: 'other-scenario'; found: string }
  | { kind: 'invalid'; field: string };

/** The storage key of a scenario's facilitation data. */
export const formationKey = (scenarioId: string): string => `formation:${scenarioId}`;

/** The text to store. */
export function encodeFormation(scenarioId: string, state: FormationState): string {
  const stored: StoredFormation = {
    format: 'tisser-formation',
    version: FORMATION_VERSION,
    scenarioId,
    settings: state.settings,
    history: state.history,
    reversed: state.reversed,
  };
  return JSON.stringify(stored);
}

const team = v.pipe(v.string(), v.regex(/^[1-6]$/));
/** Keys `1`–`6` (teams), read back as numbers. */
const byTeam = <S extends v.GenericSchema>(value: S) =>
  v.pipe(
    v.record(team, value),
    v.transform((record) => {
      const out: Record<number, v.InferOutput<S>> = {};
      for (const [key, item] of Object.entries(record)) out[Number(key)] = item as v.InferOutput<S>;
      return out;
    }),
  );
const trend = v.picklist(['up', 'down', 'same']);
const prediction = v.pipe(
  v.record(v.string(), trend),
  v.check((record) => Object.keys(record).every((key) => (FAMILIES as readonly string[]).includes(key))),
  v.transform((record) => record as Prediction),
);
const trends = v.pipe(
  prediction,
  v.check((record) => FAMILIES.every((family) => record[family] !== undefined)),
  v.transform((record) => record as Record<FamilyId, Trend>),
);
const roundSchema = v.object({
  turn: whole,
  phase: v.string(),
  card: v.string(),
  choices: v.array(v.string()),
  votes: byTeam(v.string()),
  predictions: byTeam(prediction),
  decided: v.string(),
  by: v.picklist(['majority', 'tie-break', 'facilitator', 'consensus'] satisfies DecidedBy[]),
  trends,
  scores: byTeam(v.object({ predicted: whole, right: whole })),
  disagreement: v.pipe(
    v.number(),
    v.transform((value) => Math.min(1, Math.max(0, value))),
  ),
  outvoted: v.array(whole),
});
const settingsSchema = v.object({
  teams: v.pipe(
    v.array(v.looseObject({ name: v.string() })),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const teams = createTeams(dataset.value as unknown as TeamInput[]);
      if (teams.ok) return teams.teams;
      addIssue({ message: teams.error.kind });
      return NEVER;
    }),
  ),
  rule: v.object({ rule: v.picklist(DECISION_RULES), tieBreak: v.picklist(TIE_BREAKS) }),
  timerMs: v.pipe(whole, v.minValue(0), v.maxValue(3_600_000)),
  timerEnabled: v.boolean(),
  predict: v.boolean(),
  timerAutoStart: v.optional(v.boolean()),
  replayMs: v.optional(v.pipe(whole, v.minValue(0), v.maxValue(10_000))),
  length: v.optional(v.picklist(SESSION_LENGTHS)),
});
const formationSchema = v.object({
  scenarioId: v.string(),
  settings: settingsSchema,
  history: v.array(roundSchema),
  reversed: v.optional(v.array(roundSchema), []),
});

/**
 * Reads stored facilitation data for `scenarioId` into a fresh facilitation state (setup, history and
 * undone rounds kept, no open round). `keepTurns` (the restored game's turns) drops rounds the game no
 * longer has.
 */
export function decodeFormation(
  text: string | null,
  scenarioId: string,
  keepTurns: number,
): { ok: true; state: FormationState } | { ok: false; error: FormationReadError } {
  const parsed = parseStoredText(text);
  if (!parsed.ok) return parsed;
  const header = envelopeVersion(parsed.data, 'tisser-formation', 'version', FORMATION_VERSION);
  if (!header.ok)
    return { ok: false, error: header.error.kind === 'foreign' ? { kind: 'not-formation' } : header.error };
  const found = (parsed.data as { scenarioId?: unknown }).scenarioId;
  if (found !== scenarioId) return { ok: false, error: { kind: 'other-scenario', found: String(found) } };
  const stored = check(formationSchema, parsed.data);
  if (!stored.ok) return { ok: false, error: { kind: 'invalid', field: stored.field } };
  const history = stored.value.history.filter((record) => record.turn <= keepTurns);
  const reversed = stored.value.reversed;
  return { ok: true, state: { ...startFormation(stored.value.settings), history, reversed } };
}
