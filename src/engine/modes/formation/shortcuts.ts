/**
 * The facilitator's keyboard shortcuts, as data (for the `?` help) and as a pure key reader. What a
 * digit means depends on the step of the round: while the teams vote, the team (1–6) then the choice's
 * number (1–4); once the vote is closed on a tie (or under the facilitator's rule), the choice picked;
 * while the teams predict, the team, then the family (1–4), then ↑/↓ (or +/−, = for "no change"), each
 * prediction typed from its team on.
 */

/** What a shortcut does. The session model carries it out. */
export type FacilitatorCommand =
  | { type: 'timer-toggle' }
  | { type: 'timer-extend'; ms: number }
  /** Space: the timer while one can run on an open vote, "next" otherwise. */
  | { type: 'space' }
  /** The one "next" key (PageDown, →, a clicker): the round's next step, or the game's next screen. */
  | { type: 'next' }
  /** Closes the vote (tally and rule), or opens a closed one again. */
  | { type: 'close-vote' }
  | { type: 'reveal' }
  | { type: 'replay-last-change' }
  | { type: 'skip' }
  | { type: 'toggle-meters' }
  | { type: 'back-one-decision' }
  | { type: 'toggle-panel' }
  | { type: 'toggle-presenter' }
  | { type: 'help' }
  | { type: 'cancel' }
  | { type: 'vote'; team: number; choice: number }
  /** A choice picked by its number (tie-break, facilitator's rule), once the vote is closed. */
  | { type: 'pick'; choice: number }
  /** A team's prediction for a family (its number in `FAMILIES` order, 1-based). */
  | { type: 'predict'; team: number; family: number; trend: 'up' | 'down' | 'same' };

/** The time `+` and `−` add or take off. */
export const EXTEND_STEP_MS = 30_000;

/** One line of the help: the keys, the i18n key of its label. */
export interface ShortcutHelp {
  keys: string[];
  labelKey: string;
}

/** The help shown on `?`, in order (key names in French are translated by the help). */
export const SHORTCUT_HELP: readonly ShortcutHelp[] = [
  { keys: ['Page suivante', '→', 'Espace'], labelKey: 'formation.keys.next' },
  { keys: ['1–6', '1–4'], labelKey: 'formation.keys.vote' },
  { keys: ['C'], labelKey: 'formation.keys.close' },
  { keys: ['1–4'], labelKey: 'formation.keys.pick' },
  { keys: ['1–6', '1–4', '↑ ↓ ='], labelKey: 'formation.keys.predict' },
  { keys: ['R'], labelKey: 'formation.keys.reveal' },
  { keys: ['Espace'], labelKey: 'formation.keys.timer' },
  { keys: ['+', '−'], labelKey: 'formation.keys.extend' },
  { keys: ['L'], labelKey: 'formation.keys.replay' },
  { keys: ['S'], labelKey: 'formation.keys.skip' },
  { keys: ['M'], labelKey: 'formation.keys.meters' },
  { keys: ['Retour arrière'], labelKey: 'formation.keys.back' },
  { keys: ['P'], labelKey: 'formation.keys.panel' },
  { keys: ['V'], labelKey: 'formation.keys.presenter' },
  { keys: ['?'], labelKey: 'formation.keys.help' },
  { keys: ['Échap'], labelKey: 'formation.keys.cancel' },
];

/** What digits mean now: votes, a pick among the choices, predictions, or nothing. */
export type KeyPhase = 'vote' | 'pick' | 'predict' | 'none';

/** The key reader's memory: the team picked by a first digit, and (predicting) the family picked next. */
export interface KeyReader {
  team: number | null;
  /** While predicting: the family's 1-based number, waiting for the trend. */
  family?: number | null;
}

/** A reader with nothing pending. */
export const idleReader: KeyReader = { team: null };

/** How many families a prediction names. */
const FAMILY_COUNT = 4;

const SIMPLE: Readonly<Record<string, FacilitatorCommand>> = {
  ' ': { type: 'space' },
  PageDown: { type: 'next' },
  ArrowRight: { type: 'next' },
  '+': { type: 'timer-extend', ms: EXTEND_STEP_MS },
  '=': { type: 'timer-extend', ms: EXTEND_STEP_MS },
  '-': { type: 'timer-extend', ms: -EXTEND_STEP_MS },
  c: { type: 'close-vote' },
  r: { type: 'reveal' },
  l: { type: 'replay-last-change' },
  s: { type: 'skip' },
  m: { type: 'toggle-meters' },
  v: { type: 'toggle-presenter' },
  Backspace: { type: 'back-one-decision' },
  p: { type: 'toggle-panel' },
  '?': { type: 'help' },
  Escape: { type: 'cancel' },
};

const TRENDS: Readonly<Record<string, 'up' | 'down' | 'same'>> = {
  ArrowUp: 'up',
  '+': 'up',
  ArrowDown: 'down',
  '-': 'down',
  '=': 'same',
  '0': 'same',
};

/** Reads a key while the teams predict. */
function readPrediction(
  reader: KeyReader,
  key: string,
  teams: number,
): { reader: KeyReader; command: FacilitatorCommand | null } | null {
  const family = reader.family ?? null;
  if (reader.team !== null && family !== null && TRENDS[key])
    return {
      reader: idleReader,
      command: { type: 'predict', team: reader.team, family, trend: TRENDS[key] },
    };
  if (/^[1-9]$/.test(key)) {
    const digit = Number(key);
    if (reader.team === null || family !== null)
      return digit <= teams
        ? { reader: { team: digit, family: null }, command: null }
        : { reader, command: null };
    return digit <= FAMILY_COUNT
      ? { reader: { team: reader.team, family: digit }, command: null }
      : { reader, command: null };
  }
  return TRENDS[key] ? { reader, command: null } : null;
}

/**
 * Reads one key (`KeyboardEvent.key`) in the round's `phase`: returns the reader's next memory and the
 * command, if any. `teams` and `choices` bound the digits (a digit out of range is ignored). Escape
 * also drops whatever is pending.
 */
export function readKey(
  reader: KeyReader,
  key: string,
  teams: number,
  choices: number,
  phase: KeyPhase = 'vote',
): { reader: KeyReader; command: FacilitatorCommand | null } {
  if (phase === 'predict') {
    const read = readPrediction(reader, key, teams);
    if (read) return read;
  } else if (/^[1-9]$/.test(key)) {
    const digit = Number(key);
    if (phase === 'pick')
      return digit <= choices
        ? { reader, command: { type: 'pick', choice: digit } }
        : { reader, command: null };
    if (phase !== 'vote') return { reader, command: null };
    if (reader.team === null)
      return digit <= teams ? { reader: { team: digit }, command: null } : { reader, command: null };
    if (digit > choices) return { reader, command: null };
    return { reader: idleReader, command: { type: 'vote', team: reader.team, choice: digit } };
  }
  const command = SIMPLE[key.length === 1 ? key.toLowerCase() : key] ?? null;
  return { reader: command?.type === 'cancel' ? idleReader : reader, command };
}
