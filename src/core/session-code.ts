import { createInitialState, type GameState } from './game-state';
import { stableHash } from './hash';
import type { ScenarioIndex } from './scenario-index';
import { advance, choose } from './turn';
import type { ReplayResult } from './replay';

/**
 * A session code: a short, copyable string naming the scenario, its version, the seed and every choice
 * (as its position on its card, two bits each). A facilitator pastes it to replay or compare a path.
 *
 * Shape: `<scenario>.<version>.<seed base36>.<turns base36>.<choices base64url>.<check>`
 */
export interface SessionCode {
  scenarioId: string;
  version: number;
  seed: number;
  /** Position of each choice on its card (0–3). */
  choices: number[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function packChoices(choices: readonly number[]): string {
  let out = '';
  for (let i = 0; i < choices.length; i += 3) {
    const sextet = ((choices[i] ?? 0) << 4) | ((choices[i + 1] ?? 0) << 2) | (choices[i + 2] ?? 0);
    out += ALPHABET[sextet];
  }
  return out;
}

function unpackChoices(text: string, count: number): number[] | null {
  const choices: number[] = [];
  for (const char of text) {
    const sextet = ALPHABET.indexOf(char);
    if (sextet < 0) return null;
    choices.push((sextet >> 4) & 3, (sextet >> 2) & 3, sextet & 3);
  }
  if (choices.length < count || choices.length - count >= 3) return null;
  return choices.slice(0, count);
}

const check = (body: string): string => stableHash(body).slice(0, 3);

/** Writes a session code. */
export function encodeSessionCode(code: SessionCode): string {
  const body = [
    code.scenarioId,
    code.version.toString(36),
    (code.seed >>> 0).toString(36),
    code.choices.length.toString(36),
    packChoices(code.choices),
  ].join('.');
  return `${body}.${check(body)}`;
}

/** Reads a session code, or returns null when it is malformed or its check does not match. */
export function decodeSessionCode(text: string): SessionCode | null {
  const parts = text.trim().split('.');
  if (parts.length !== 6) return null;
  const [scenarioId = '', version = '', seed = '', count = '', packed = '', sum = ''] = parts;
  if (check(parts.slice(0, 5).join('.')) !== sum || !/^[a-z0-9-]+$/.test(scenarioId)) return null;
  const turns = parseInt(count, 36);
  const choices = unpackChoices(packed, turns);
  if (choices === null || !Number.isFinite(turns)) return null;
  return { scenarioId, version: parseInt(version, 36), seed: parseInt(seed, 36), choices };
}

/** The session code of a state. */
export function sessionCodeOf(state: GameState, index: ScenarioIndex): string {
  const choices = state.log.map((record) => {
    const card = index.cards.get(record.card);
    return Math.max(0, card?.choices.findIndex((choice) => choice.id === record.choice) ?? 0);
  });
  return encodeSessionCode({
    scenarioId: state.scenarioId,
    version: state.scenarioVersion,
    seed: state.seed,
    choices,
  });
}

/** Replays a decoded session code against a scenario. */
export function replaySessionCode(index: ScenarioIndex, code: SessionCode): ReplayResult {
  let state = createInitialState(index, code.seed);
  for (let i = 0; i < code.choices.length; i++) {
    while (state.screen === 'phase-intro' || state.screen === 'consequence') state = advance(state, index);
    const choiceId = index.cards.get(state.card ?? '')?.choices[code.choices[i] ?? 0]?.id ?? '';
    if (state.screen === 'ended')
      return { state, applied: i, error: { at: i, choice: choiceId, reason: 'session-ended' } };
    const next = choose(state, choiceId, index);
    if (next === state)
      return { state, applied: i, error: { at: i, choice: choiceId, reason: 'not-available' } };
    state = next;
  }
  return { state, applied: code.choices.length };
}
