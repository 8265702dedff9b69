import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../../src/engine/game-session';
import { compileScenario } from '../../../../src/scenario/compile';
import { attractDemo, PRINCIPLED } from '../../../../src/engine/modes/evenement/attract-demo';
import {
  activity,
  countdownSeconds,
  DEFAULT_KIOSK,
  kioskSettings,
  resetDone,
  startKiosk,
  tickKiosk,
} from '../../../../src/engine/modes/evenement/kiosk-idle';
import { loadIndex } from '../helpers';

const settings = { idleMs: 30_000, warningMs: 10_000 };

describe('kiosk idle model', () => {
  it('attract → playing on a touch → warning after the idle time → reset after the countdown → attract', () => {
    let k = startKiosk(0);
    expect(tickKiosk(k, settings, 1e9).status).toBe('attract');
    k = activity(k, 1_000);
    expect(k.status).toBe('playing');
    expect(tickKiosk(k, settings, 30_999).status).toBe('playing');
    k = tickKiosk(k, settings, 31_000);
    expect(k.status).toBe('warning');
    expect(countdownSeconds(k, settings, 31_000)).toBe(10);
    expect(countdownSeconds(k, settings, 40_001)).toBe(1);
    k = tickKiosk(k, settings, 41_000);
    expect(k.status).toBe('reset');
    expect(activity(k, 41_500)).toBe(k);
    k = resetDone(k, 42_000);
    expect(k).toEqual({ status: 'attract', lastActivity: 42_000 });
  });

  it('a touch during the countdown goes back to playing', () => {
    const warned = tickKiosk(activity(startKiosk(0), 0), settings, 35_000);
    const touched = activity(warned, 36_000);
    expect(touched.status).toBe('playing');
    expect(countdownSeconds(touched, settings, 36_000)).toBeNull();
    expect(tickKiosk(touched, settings, 65_000).status).toBe('playing');
  });

  it('keeps settings within bounds', () => {
    expect(kioskSettings({})).toEqual(DEFAULT_KIOSK);
    expect(kioskSettings({ idleMs: 1, warningMs: Number.NaN })).toEqual({ idleMs: 15_000, warningMs: 5_000 });
    expect(kioskSettings({ idleMs: 1e12 }).idleMs).toBe(600_000);
  });
});

describe('attract demo', () => {
  const index = loadIndex('evenement-monnaie-locale');

  it('is deterministic, reaches an ending and prefers principled choices', () => {
    const script = attractDemo(index, 12);
    expect(attractDemo(index, 12)).toEqual(script);
    expect(script.ending).not.toBeNull();
    for (const move of script.moves) {
      if (move.type !== 'choose') continue;
      const chosen = index.choices.get(move.card)?.get(move.choice);
      const others = index.cards.get(move.card)?.choices ?? [];
      const score = (postures: readonly string[]): number =>
        postures.reduce((s, p) => s + ((PRINCIPLED as readonly string[]).includes(p) ? 1 : -1), 0);
      expect(chosen).toBeDefined();
      // No choice on the card that is always offered scores higher than the chosen one.
      const unconditional = others.filter(
        (o) => o.when === undefined && !o.effects.some((e) => e.type === 'cost'),
      );
      for (const o of unconditional)
        expect(score(chosen!.postures)).toBeGreaterThanOrEqual(score(o.postures));
    }
  });

  it('plays back through the session facade: the number on screen is the demo choice', () => {
    const script = attractDemo(index, 5);
    const session = new GameSession(index, { seed: script.seed, lang: 'fr', concepts: new Map() });
    for (const move of script.moves) {
      const view = session.viewModel;
      if (move.type === 'continue') {
        expect(view.screen).toBe(move.screen);
        session.send({ type: 'CONTINUE' });
      } else {
        expect(view.card?.choices[move.number - 1]?.id).toBe(move.choice);
        session.send({ type: 'CHOOSE', choice: move.choice });
      }
    }
    expect(session.viewModel.ending?.id).toBe(script.ending);
    session.stop();
  });

  it('runs 200 back-to-back kiosk sessions (touch, play, idle reset) without error', () => {
    let kiosk = startKiosk(0);
    let now = 0;
    let endings = 0;
    const machine = compileScenario(index); // compiled once, as the kiosk shell should
    for (let n = 0; n < 200; n++) {
      now += 5_000;
      kiosk = activity(kiosk, now);
      const script = attractDemo(index, n + 1);
      const session = new GameSession(
        index,
        { seed: n + 1, lang: n % 2 ? 'fr' : 'en', concepts: new Map() },
        machine,
      );
      const stop = session.subscribe(() => undefined);
      for (const move of script.moves) {
        now += 2_000;
        kiosk = tickKiosk(activity(kiosk, now), DEFAULT_KIOSK, now);
        session.send(
          move.type === 'continue' ? { type: 'CONTINUE' } : { type: 'CHOOSE', choice: move.choice },
        );
      }
      if (session.viewModel.ending) endings += 1;
      stop();
      session.stop();
      now += DEFAULT_KIOSK.idleMs + DEFAULT_KIOSK.warningMs;
      kiosk = tickKiosk(kiosk, DEFAULT_KIOSK, now);
      expect(kiosk.status).toBe('reset');
      kiosk = resetDone(kiosk, now);
    }
    expect(endings).toBe(200);
    expect(kiosk.status).toBe('attract');
  });
});
