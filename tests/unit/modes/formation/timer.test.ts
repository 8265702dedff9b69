import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTimer,
  extend,
  formatRemaining,
  isExpired,
  pause,
  remaining,
  start,
  tick,
  toggle,
  turnOff,
  turnOn,
  type TimerState,
} from '../../../../src/engine/modes/formation/timer';

describe('discussion timer', () => {
  it('counts down while running, freezes while paused, expires on tick', () => {
    let t = start(createTimer(60_000), 1_000);
    expect(remaining(t, 11_000)).toBe(50_000);
    t = pause(t, 11_000);
    expect(remaining(t, 500_000)).toBe(50_000);
    t = start(t, 500_000);
    expect(remaining(t, 540_000)).toBe(10_000);
    expect(tick(t, 549_999).status).toBe('running');
    t = tick(t, 550_000);
    expect(t.status).toBe('expired');
    expect(isExpired(t, 550_000)).toBe(true);
  });

  it('extending an expired timer gives exactly the extra time, running', () => {
    let t = tick(start(createTimer(10_000), 0), 20_000);
    t = extend(t, 30_000, 25_000);
    expect(t.status).toBe('running');
    expect(remaining(t, 25_000)).toBe(30_000);
    expect(remaining(t, 40_000)).toBe(15_000);
  });

  it('can be turned off (no limit, never expires) and back on', () => {
    let t = turnOff(start(createTimer(5_000), 0));
    expect(tick(t, 1e9).status).toBe('off');
    expect(isExpired(t, 1e9)).toBe(false);
    expect(start(t, 0)).toBe(t);
    t = turnOn(t);
    expect(t.status).toBe('ready');
    expect(remaining(t, 1e9)).toBe(5_000);
    expect(createTimer(5_000, false).status).toBe('off');
  });

  it('a clock going backwards counts as no time passing', () => {
    const t = start(createTimer(10_000), 5_000);
    expect(remaining(t, 1_000)).toBe(10_000);
  });

  it('toggles like the Space key and formats rounded up', () => {
    const t = toggle(createTimer(90_000), 0);
    expect(t.status).toBe('running');
    expect(toggle(t, 100).status).toBe('paused');
    expect(formatRemaining(90_000)).toBe('1:30');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(0)).toBe('0:00');
  });
});

type Op =
  | { op: 'start' | 'pause' | 'toggle' | 'tick'; dt: number }
  | { op: 'extend'; dt: number; ms: number }
  | { op: 'off' | 'on'; dt: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constantFrom('start', 'pause', 'toggle', 'tick'),
    dt: fc.integer({ min: 0, max: 120_000 }),
  }),
  fc.record({
    op: fc.constant('extend'),
    dt: fc.integer({ min: 0, max: 120_000 }),
    ms: fc.integer({ min: -60_000, max: 120_000 }),
  }),
  fc.record({ op: fc.constantFrom('off', 'on'), dt: fc.integer({ min: 0, max: 120_000 }) }),
) as fc.Arbitrary<Op>;

function apply(t: TimerState, o: Op, now: number): TimerState {
  switch (o.op) {
    case 'start':
      return start(t, now);
    case 'pause':
      return pause(t, now);
    case 'toggle':
      return toggle(t, now);
    case 'tick':
      return tick(t, now);
    case 'extend':
      return extend(t, o.ms, now);
    case 'off':
      return turnOff(t);
    case 'on':
      return turnOn(t);
  }
}

describe('discussion timer (properties)', () => {
  it('remaining stays within 0..duration, never rises without an extension, and pausing freezes it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600_000 }),
        fc.array(opArb, { maxLength: 40 }),
        (duration, ops) => {
          let t = createTimer(duration);
          let now = 0;
          for (const o of ops) {
            const before = remaining(t, now + o.dt);
            now += o.dt;
            const next = apply(t, o, now);
            const after = remaining(next, now);
            expect(after).toBeGreaterThanOrEqual(0);
            expect(after).toBeLessThanOrEqual(next.durationMs);
            if (o.op !== 'extend' && o.op !== 'off' && o.op !== 'on') expect(after).toBe(before);
            if (o.op === 'extend' && next.status !== 'off')
              expect(after - before).toBeLessThanOrEqual(Math.max(0, o.ms));
            if (next.status === 'paused') expect(remaining(next, now + 1_000_000)).toBe(after);
            if (next.status === 'running')
              expect(remaining(next, now + 1_000)).toBe(Math.max(0, after - 1_000));
            t = next;
          }
        },
      ),
    );
  });
});
