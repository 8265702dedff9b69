import { describe, expect, it } from 'vitest';
import {
  EXTEND_STEP_MS,
  idleReader,
  readKey,
  SHORTCUT_HELP,
  type KeyReader,
} from '../../../../src/engine/modes/formation/shortcuts';

function press(keys: string[], teams = 4, choices = 3): { reader: KeyReader; commands: unknown[] } {
  let reader = idleReader;
  const commands: unknown[] = [];
  for (const key of keys) {
    const out = readKey(reader, key, teams, choices);
    reader = out.reader;
    if (out.command) commands.push(out.command);
  }
  return { reader, commands };
}

describe('facilitator shortcuts', () => {
  it('reads a vote as team digit then choice digit', () => {
    expect(press(['2', '3']).commands).toEqual([{ type: 'vote', team: 2, choice: 3 }]);
    expect(press(['2']).reader).toEqual({ team: 2 });
  });

  it('ignores digits out of range and drops a pending team on Escape', () => {
    expect(press(['5', '1']).reader).toEqual({ team: 1 });
    expect(press(['1', '4']).reader).toEqual({ team: 1 });
    expect(press(['1', 'Escape', '2', '1']).commands).toEqual([
      { type: 'cancel' },
      { type: 'vote', team: 2, choice: 1 },
    ]);
  });

  it('maps the single keys, case-insensitive', () => {
    expect(press([' ', '+', '-', 'R', 'm', 'Backspace', '?']).commands).toEqual([
      { type: 'space' },
      { type: 'timer-extend', ms: EXTEND_STEP_MS },
      { type: 'timer-extend', ms: -EXTEND_STEP_MS },
      { type: 'reveal' },
      { type: 'toggle-meters' },
      { type: 'back-one-decision' },
      { type: 'help' },
    ]);
    expect(press(['x', 'Enter']).commands).toEqual([]);
  });

  it('reads the clicker keys as next, C as closing the vote', () => {
    expect(press(['PageDown', 'ArrowRight', 'C']).commands).toEqual([
      { type: 'next' },
      { type: 'next' },
      { type: 'close-vote' },
    ]);
  });

  it('reads a tie-break digit once the vote is closed, and predictions as team, family, trend', () => {
    expect(readKey(idleReader, '2', 4, 3, 'pick').command).toEqual({ type: 'pick', choice: 2 });
    expect(readKey(idleReader, '4', 4, 3, 'pick').command).toBeNull();
    const keys = ['2', '3', 'ArrowDown', '1', '4', '+', '4', '1', '='];
    let reader = idleReader;
    const commands: unknown[] = [];
    for (const key of keys) {
      const out = readKey(reader, key, 4, 3, 'predict');
      reader = out.reader;
      if (out.command) commands.push(out.command);
    }
    expect(commands).toEqual([
      { type: 'predict', team: 2, family: 3, trend: 'down' },
      { type: 'predict', team: 1, family: 4, trend: 'up' },
      { type: 'predict', team: 4, family: 1, trend: 'same' },
    ]);
    // A family out of range is ignored; + without a family does not extend the timer while predicting.
    expect(readKey({ team: 1 }, '5', 4, 3, 'predict').reader).toEqual({ team: 1 });
    expect(readKey(idleReader, '+', 4, 3, 'predict').command).toBeNull();
  });

  it('has a help line with an i18n key for every command', () => {
    const keys = SHORTCUT_HELP.map((line) => line.labelKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((k) => k.startsWith('formation.keys.'))).toBe(true);
  });
});
