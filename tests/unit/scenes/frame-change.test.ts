import { describe, expect, it } from 'vitest';
import type { ViewModel } from '../../../src/engine/view-model';
import { frameChange } from '../../../src/scenes/frame-change';
import type { TerritoryFrame } from '../../../src/scenes/view-bridge';

const view = {} as ViewModel;
const now = {
  strengths: new Map([
    ['a|b', 2],
    ['b|c', 1],
  ]),
  meters: new Map([
    ['elus', 45],
    ['habitants', 55],
  ]),
};
const last = { strengths: new Map([['a|b', 1]]), meters: new Map([['elus', 50]]) };
const frame = (extra: Partial<TerritoryFrame> = {}): TerritoryFrame => ({
  view,
  reducedMotion: false,
  panel: 'right',
  ...extra,
});
const replay = { count: 3, before: { turn: 1, meters: { elus: 50 }, links: { 'a|b': 1 } } };

describe('frameChange (how the territory draws a frame’s changes)', () => {
  it('animates an ordinary frame from what was drawn last, or not at all', () => {
    expect(frameChange(frame(), true, 0, now, last)).toEqual({
      replay: null,
      mode: 'animate',
      threadsBefore: last.strengths,
      metersBefore: last.meters,
    });
    expect(frameChange(frame(), false, 0, now, last).mode).toBe('none');
    expect(frameChange(frame({ reducedMotion: true }), true, 0, now, last).mode).toBe('none');
  });

  it('replays a new request from the values before the decision, the rest as they are now', () => {
    const change = frameChange(frame({ replay }), false, 2, now, last);
    expect(change.replay).toBe(replay);
    expect(change.mode).toBe('animate');
    expect([...(change.threadsBefore ?? [])]).toEqual([
      ['a|b', 1],
      ['b|c', 1],
    ]);
    expect([...change.metersBefore]).toEqual([
      ['elus', 50],
      ['habitants', 55],
    ]);
  });

  it('never replays the same request twice (a resize redraws the last frame)', () => {
    const again = frameChange(frame({ replay }), false, 3, now, last);
    expect(again.replay).toBeNull();
    expect(again.mode).toBe('none');
    expect(again.threadsBefore).toBe(last.strengths);
  });

  it('shows a replay as a still highlight under reduced motion', () => {
    const still = frameChange(frame({ replay, reducedMotion: true }), true, 0, now, last);
    expect(still.mode).toBe('highlight');
    expect(still.threadsBefore?.get('a|b')).toBe(1);
  });
});
