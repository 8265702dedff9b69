import { describe, expect, it } from 'vitest';
import { AMBIENT_FADE_MS, createAudio, type HowlLike, type HowlOptions } from '../../../src/adapters/audio';

/** A Howl double that keeps the state of each sound id, with fades that end when `endFades` is called. */
function fakeHowls() {
  const log: string[] = [];
  const howls = new Map<string, { sounds: Map<number, 'playing' | 'paused' | 'stopped'> }>();
  const pendingFades: (() => void)[] = [];
  let nextId = 1;
  const createHowl = (options: HowlOptions): HowlLike => {
    const src = options.src[0] ?? '';
    const sounds = new Map<number, 'playing' | 'paused' | 'stopped'>();
    howls.set(src, { sounds });
    const fadeListeners = new Map<number, () => void>();
    return {
      play(id) {
        if (id !== undefined && sounds.get(id) === 'paused') {
          sounds.set(id, 'playing');
          log.push(`resume ${src}`);
          return id;
        }
        const fresh = nextId++;
        sounds.set(fresh, 'playing');
        log.push(`play ${src}`);
        return fresh;
      },
      stop(id) {
        if (id !== undefined) sounds.set(id, 'stopped');
        log.push(`stop ${src}`);
      },
      pause(id) {
        if (id !== undefined) sounds.set(id, 'paused');
        log.push(`pause ${src}`);
      },
      volume: () => undefined,
      fade(from, to, ms, id) {
        log.push(`fade ${src} ${from}->${to} ${ms}`);
        const listener = id === undefined ? undefined : fadeListeners.get(id);
        if (listener && id !== undefined) {
          fadeListeners.delete(id);
          pendingFades.push(listener);
        }
      },
      once(_event, listener, id) {
        if (id !== undefined) fadeListeners.set(id, listener);
      },
      playing: () => [...sounds.values()].includes('playing'),
      unload: () => undefined,
    };
  };
  return {
    log,
    createHowl,
    playingIn: (src: string) =>
      [...(howls.get(src)?.sounds.values() ?? [])].filter((s) => s === 'playing').length,
    endFades: () => pendingFades.splice(0).forEach((done) => done()),
  };
}

const urls = { 'ambient-vallee': 'v.mp3', 'ambient-quartier': 'q.mp3', click: 'c.mp3' } as const;

describe('ambience', () => {
  it('crossfades: the new loop fades in while the old one fades out, then stops', () => {
    const fake = fakeHowls();
    const audio = createAudio({
      urls,
      createHowl: fake.createHowl,
      setGlobalMute: () => undefined,
      muted: false,
    });
    audio.playAmbient('ambient-vallee');
    audio.playAmbient('ambient-quartier');
    expect(fake.log).toContain(`fade q.mp3 0->0.25 ${AMBIENT_FADE_MS}`);
    expect(fake.log).toContain(`fade v.mp3 0.25->0 ${AMBIENT_FADE_MS}`);
    expect(audio.playingCount()).toBe(2);
    fake.endFades();
    expect(fake.playingIn('v.mp3')).toBe(0);
    expect(fake.playingIn('q.mp3')).toBe(1);
    expect(audio.playingCount()).toBe(1);
  });

  it('pauses the loop while the page is hidden and resumes the same sound, never a second one', () => {
    const fake = fakeHowls();
    const audio = createAudio({
      urls,
      createHowl: fake.createHowl,
      setGlobalMute: () => undefined,
      muted: false,
    });
    audio.playAmbient('ambient-vallee');
    for (let i = 0; i < 5; i++) {
      audio.setHidden(true);
      expect(audio.playingCount()).toBe(0);
      audio.setHidden(false);
    }
    expect(fake.playingIn('v.mp3')).toBe(1);
    expect(fake.log.filter((line) => line === 'play v.mp3')).toHaveLength(1);
  });

  it('waits for the page to show before starting a loop asked for while hidden', () => {
    const fake = fakeHowls();
    const audio = createAudio({
      urls,
      createHowl: fake.createHowl,
      setGlobalMute: () => undefined,
      muted: false,
    });
    audio.setHidden(true);
    audio.playAmbient('ambient-vallee');
    expect(audio.playingCount()).toBe(0);
    audio.setHidden(false);
    expect(fake.playingIn('v.mp3')).toBe(1);
  });

  it('brings back a loop that was fading out instead of stacking a second copy', () => {
    const fake = fakeHowls();
    const audio = createAudio({
      urls,
      createHowl: fake.createHowl,
      setGlobalMute: () => undefined,
      muted: false,
    });
    audio.playAmbient('ambient-vallee');
    audio.stopAmbient();
    audio.playAmbient('ambient-vallee');
    fake.endFades();
    expect(fake.playingIn('v.mp3')).toBe(1);
    expect(fake.log.filter((line) => line === 'play v.mp3')).toHaveLength(1);
  });

  it('keeps the master volume within 0..1 and passes it to Howler', () => {
    const volumes: number[] = [];
    const fake = fakeHowls();
    const audio = createAudio({
      urls,
      createHowl: fake.createHowl,
      setGlobalMute: () => undefined,
      setGlobalVolume: (v) => void volumes.push(v),
      muted: false,
      volume: 0.4,
    });
    audio.setVolume(1.7);
    audio.setVolume(-1);
    audio.setVolume(Number.NaN);
    expect(volumes).toEqual([0.4, 1, 0, 1]);
    expect(audio.volume).toBe(1);
  });
});
