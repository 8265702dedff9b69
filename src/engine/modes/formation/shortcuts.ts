/**
 * The facilitator's keyboard shortcuts, as data (for the `?` help) and as a pure key reader. Votes are
 * entered with two digits: the team (1–6), then the choice's number on the card (1–4).
 */

/** What a shortcut does. The UI carries it out. */
export type FacilitatorCommand =
  | { type: 'timer-toggle' }
  | { type: 'timer-extend'; ms: number }
  | { type: 'reveal' }
  | { type: 'replay-last-change' }
  | { type: 'skip' }
  | { type: 'toggle-meters' }
  | { type: 'back-one-decision' }
  | { type: 'toggle-panel' }
  | { type: 'help' }
  | { type: 'cancel' }
  | { type: 'vote'; team: number; choice: number };

/** The time `+` and `−` add or take off. */
export const EXTEND_STEP_MS = 30_000;

/** One line of the help: the keys, the i18n key of its label. */
export interface ShortcutHelp {
  keys: string[];
  labelKey: string;
}

/** The help shown on `?`, in order. */
export const SHORTCUT_HELP: readonly ShortcutHelp[] = [
  { keys: ['Espace'], labelKey: 'formation.keys.timer' },
  { keys: ['+', '−'], labelKey: 'formation.keys.extend' },
  { keys: ['1–6', '1–4'], labelKey: 'formation.keys.vote' },
  { keys: ['R'], labelKey: 'formation.keys.reveal' },
  { keys: ['L'], labelKey: 'formation.keys.replay' },
  { keys: ['S'], labelKey: 'formation.keys.skip' },
  { keys: ['M'], labelKey: 'formation.keys.meters' },
  { keys: ['Retour arrière'], labelKey: 'formation.keys.back' },
  { keys: ['P'], labelKey: 'formation.keys.panel' },
  { keys: ['?'], labelKey: 'formation.keys.help' },
  { keys: ['Échap'], labelKey: 'formation.keys.cancel' },
];

/** The key reader's memory: the team picked by a first digit, waiting for the choice digit. */
export interface KeyReader {
  team: number | null;
}

/** A reader with nothing pending. */
export const idleReader: KeyReader = { team: null };

const SIMPLE: Readonly<Record<string, FacilitatorCommand>> = {
  ' ': { type: 'timer-toggle' },
  '+': { type: 'timer-extend', ms: EXTEND_STEP_MS },
  '=': { type: 'timer-extend', ms: EXTEND_STEP_MS },
  '-': { type: 'timer-extend', ms: -EXTEND_STEP_MS },
  r: { type: 'reveal' },
  l: { type: 'replay-last-change' },
  s: { type: 'skip' },
  m: { type: 'toggle-meters' },
  Backspace: { type: 'back-one-decision' },
  p: { type: 'toggle-panel' },
  '?': { type: 'help' },
  Escape: { type: 'cancel' },
};

/**
 * Reads one key (`KeyboardEvent.key`): returns the reader's next memory and the command, if any.
 * `teams` and `choices` bound the digits (a digit out of range is ignored). Escape also drops a
 * pending team.
 */
export function readKey(
  reader: KeyReader,
  key: string,
  teams: number,
  choices: number,
): { reader: KeyReader; command: FacilitatorCommand | null } {
  if (/^[1-9]$/.test(key)) {
    const digit = Number(key);
    if (reader.team === null)
      return digit <= teams ? { reader: { team: digit }, command: null } : { reader, command: null };
    if (digit > choices) return { reader, command: null };
    return { reader: idleReader, command: { type: 'vote', team: reader.team, choice: digit } };
  }
  const command = SIMPLE[key.length === 1 ? key.toLowerCase() : key] ?? null;
  return { reader: command?.type === 'cancel' ? idleReader : reader, command };
}
