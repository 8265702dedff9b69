import { describe, expect, it } from 'vitest';
import {
  keysMessage,
  PRESENTER_PROTOCOL,
  readPresenterMessage,
  readProjectedMessage,
  snapshotMessage,
  type PresenterSnapshot,
} from '../../../../src/engine/modes/formation/presenter-protocol';

const snapshot: PresenterSnapshot = {
  screen: 'card',
  turn: 3,
  card: {
    speaker: 'Hélène',
    text: 'Une friche…',
    key: true,
    note: 'Laisser les équipes se disputer.',
    discussion: ['Qui décide ?'],
    choices: [{ number: 1, text: 'Concerter', open: true }],
  },
  status: 'closed',
  phase: 'pick',
  teams: [{ id: 1, name: 'Mairie', observer: false, vote: 1, prediction: {} }],
  tally: [{ number: 1, votes: 1, chosen: false }],
  decided: null,
  outcome: 'Égalité',
  timer: { text: '1:00', status: 'paused' },
  predict: true,
  pending: { team: null, family: null },
};

describe('presenter protocol', () => {
  it('round-trips a snapshot, and survives structured cloning', () => {
    const message = snapshotMessage(snapshot);
    expect(readProjectedMessage(structuredClone(message))).toEqual(message);
  });

  it('reads the presenter keys, only the facilitator shortcuts, at most four', () => {
    expect(readPresenterMessage(keysMessage(['2', '3', 'ArrowUp']))).toEqual({
      v: PRESENTER_PROTOCOL,
      from: 'presenter',
      type: 'keys',
      keys: ['2', '3', 'ArrowUp'],
    });
    expect(keysMessage(['F5', 'Enter'])).toBeNull();
    expect(readPresenterMessage({ v: 1, from: 'presenter', type: 'keys', keys: ['Enter'] })).toBeNull();
    expect(
      readPresenterMessage({ v: 1, from: 'presenter', type: 'keys', keys: ['1', '1', '1', '1', '1'] }),
    ).toBeNull();
    expect(readPresenterMessage({ v: 1, from: 'presenter', type: 'hello' })?.type).toBe('hello');
  });

  it('ignores another version, the other side, and anything that is not a message', () => {
    expect(readPresenterMessage({ v: 2, from: 'presenter', type: 'hello' })).toBeNull();
    expect(readPresenterMessage({ v: 1, from: 'projected', type: 'hello' })).toBeNull();
    expect(readProjectedMessage({ ...snapshotMessage(snapshot), v: 0 })).toBeNull();
    expect(
      readProjectedMessage({ v: 1, from: 'projected', type: 'snapshot', snapshot: { screen: 3 } }),
    ).toBeNull();
    for (const junk of [null, 'hello', 42, [], { v: 1 }]) {
      expect(readPresenterMessage(junk)).toBeNull();
      expect(readProjectedMessage(junk)).toBeNull();
    }
    expect(readProjectedMessage({ v: 1, from: 'projected', type: 'bye' })?.type).toBe('bye');
  });
});
