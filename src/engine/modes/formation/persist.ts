import { FAMILIES } from '../../../scenario/format';
import { DECISION_RULES, TIE_BREAKS, type DecidedBy } from './decision-rule';
import { startFormation, type FormationSettings, type FormationState } from './session';
import { createTeams, type TeamInput } from './teams';
import type { Prediction, PredictionScore, RoundRecord, Trend } from './votes';

/**
 * The facilitation kept across a page reload (same machine, same browser): the setup and the filed
 * rounds. The game itself is restored from its save slot; the open round and the timer start afresh on
 * the current card.
 */
export interface StoredFormation {
  format: 'tisser-formation';
  version: 1;
  scenarioId: string;
  settings: FormationSettings;
  history: RoundRecord[];
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
    version: 1,
    scenarioId,
    settings: state.settings,
    history: state.history,
  };
  return JSON.stringify(stored);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const TRENDS: readonly unknown[] = ['up', 'down', 'same'];
const BY: readonly unknown[] = ['majority', 'tie-break', 'facilitator', 'consensus'];

function readVotes(v: unknown): Record<number, string> | null {
  if (!isObj(v)) return null;
  const out: Record<number, string> = {};
  for (const [team, choice] of Object.entries(v)) {
    if (!/^[1-6]$/.test(team) || typeof choice !== 'string') return null;
    out[Number(team)] = choice;
  }
  return out;
}

function readPrediction(v: unknown): Prediction | null {
  if (!isObj(v)) return null;
  const out: Prediction = {};
  for (const [family, trend] of Object.entries(v)) {
    if (!(FAMILIES as readonly string[]).includes(family) || !TRENDS.includes(trend)) return null;
    out[family as keyof Prediction] = trend as Trend;
  }
  return out;
}

function readRecord(v: unknown): RoundRecord | null {
  if (!isObj(v) || !isInt(v.turn) || typeof v.phase !== 'string' || typeof v.card !== 'string') return null;
  if (typeof v.decided !== 'string' || !BY.includes(v.by) || typeof v.disagreement !== 'number') return null;
  if (!Array.isArray(v.choices) || !v.choices.every((c) => typeof c === 'string')) return null;
  if (!Array.isArray(v.outvoted) || !v.outvoted.every(isInt)) return null;
  const votes = readVotes(v.votes);
  if (!votes || !isObj(v.predictions) || !isObj(v.scores) || !isObj(v.trends)) return null;
  const predictions: Record<number, Prediction> = {};
  for (const [team, p] of Object.entries(v.predictions)) {
    const prediction = readPrediction(p);
    if (!prediction || !/^[1-6]$/.test(team)) return null;
    predictions[Number(team)] = prediction;
  }
  const scores: Record<number, PredictionScore> = {};
  for (const [team, s] of Object.entries(v.scores)) {
    if (!/^[1-6]$/.test(team) || !isObj(s) || !isInt(s.predicted) || !isInt(s.right)) return null;
    scores[Number(team)] = { predicted: s.predicted, right: s.right };
  }
  const trends = readPrediction(v.trends);
  if (!trends || FAMILIES.some((f) => trends[f] === undefined)) return null;
  return {
    turn: v.turn,
    phase: v.phase,
    card: v.card,
    choices: [...(v.choices as string[])],
    votes,
    predictions,
    decided: v.decided,
    by: v.by as DecidedBy,
    trends: trends as RoundRecord['trends'],
    scores,
    disagreement: Math.min(1, Math.max(0, v.disagreement)),
    outvoted: [...(v.outvoted as number[])],
  };
}

function readSettings(v: unknown): FormationSettings | { field: string } {
  if (!isObj(v)) return { field: 'settings' };
  if (!Array.isArray(v.teams)) return { field: 'settings.teams' };
  const teams = createTeams(
    v.teams.map((t): TeamInput => (isObj(t) ? (t as unknown as TeamInput) : { name: '' })),
  );
  if (!teams.ok) return { field: 'settings.teams' };
  const rule = v.rule;
  if (!isObj(rule) || !(DECISION_RULES as readonly unknown[]).includes(rule.rule))
    return { field: 'settings.rule' };
  if (!(TIE_BREAKS as readonly unknown[]).includes(rule.tieBreak)) return { field: 'settings.rule' };
  if (!isInt(v.timerMs) || v.timerMs < 0 || v.timerMs > 3_600_000) return { field: 'settings.timerMs' };
  if (typeof v.timerEnabled !== 'boolean' || typeof v.predict !== 'boolean') return { field: 'settings' };
  return {
    teams: teams.teams,
    rule: {
      rule: rule.rule as FormationSettings['rule']['rule'],
      tieBreak: rule.tieBreak as FormationSettings['rule']['tieBreak'],
    },
    timerMs: v.timerMs,
    timerEnabled: v.timerEnabled,
    predict: v.predict,
  };
}

/**
 * Reads stored facilitation data for `scenarioId` into a fresh facilitation state (setup and history
 * kept, no open round). `keepTurns` (the restored game's turns) drops rounds the game no longer has.
 */
export function decodeFormation(
  text: string | null,
  scenarioId: string,
  keepTurns: number,
): { ok: true; state: FormationState } | { ok: false; error: FormationReadError } {
  if (text === null || text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  if (!isObj(data) || data.format !== 'tisser-formation')
    return { ok: false, error: { kind: 'not-formation' } };
  if (!isInt(data.version)) return { ok: false, error: { kind: 'invalid', field: 'version' } };
  if (data.version > 1) return { ok: false, error: { kind: 'too-new', version: data.version } };
  if (data.scenarioId !== scenarioId)
    return { ok: false, error: { kind: 'other-scenario', found: String(data.scenarioId) } };
  const settings = readSettings(data.settings);
  if ('field' in settings) return { ok: false, error: { kind: 'invalid', field: settings.field } };
  if (!Array.isArray(data.history)) return { ok: false, error: { kind: 'invalid', field: 'history' } };
  const history: RoundRecord[] = [];
  for (const [i, item] of data.history.entries()) {
    const record = readRecord(item);
    if (!record) return { ok: false, error: { kind: 'invalid', field: `history.${i}` } };
    if (record.turn <= keepTurns) history.push(record);
  }
  return { ok: true, state: { ...startFormation(settings), history } };
}
