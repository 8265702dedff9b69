import { describe, expect, it } from 'vitest';
import { SOUND_KEYS, createAudio, type HowlLike, type HowlOptions } from '../../../src/adapters/audio';
import { MAP_TEMPLATES } from '../../../src/scenario/format';

function fakeHowler(failing: ReadonlySet<string> = new Set()) {
  const created: HowlOptions[] = [];
  const plays: string[] = [];
  const stops: string[] = [];
  let globalMute = false;
  const createHowl = (options: HowlOptions): HowlLike => {
    created.push(options);
    const src = options.src[0] ?? '';
    if (failing.has(src)) options.onloaderror();
    // A fade ends at once here: the 'fade' listeners run when the fade is asked for.
    let onFade: (() => void)[] = [];
    return {
      play: () => (plays.push(src), 1),
      stop: () => void stops.push(src),
      volume: () => undefined,
      pause: () => undefined,
      fade: () => {
        const listeners = onFade;
        onFade = [];
        for (const listener of listeners) listener();
      },
      once: (_event: 'fade', listener: () => void) => void onFade.push(listener),
      playing: () => false,
      unload: () => undefined,
    };
  };
  return {
    created,
    plays,
    stops,
    createHowl,
    setGlobalMute: (m: boolean) => void (globalMute = m),
    muted: () => globalMute,
  };
}

describe('createAudio', () => {
  it('names the seven cues and one ambience per map template', () => {
    expect(SOUND_KEYS).toHaveLength(7 + MAP_TEMPLATES.length);
    for (const template of MAP_TEMPLATES) expect(SOUND_KEYS).toContain(`ambient-${template}`);
  });

  it('creates a Howl lazily, on first play, and reuses it', () => {
    const fake = fakeHowler();
    const audio = createAudio({
      urls: { click: 'click.mp3' },
      createHowl: fake.createHowl,
      setGlobalMute: fake.setGlobalMute,
      muted: false,
    });
    expect(fake.created).toHaveLength(0);
    audio.play('click');
    audio.play('click');
    expect(fake.created).toHaveLength(1);
    expect(fake.plays).toEqual(['click.mp3', 'click.mp3']);
  });

  it('stays silent, without throwing, when a file is missing or fails to load', () => {
    const fake = fakeHowler(new Set(['broken.mp3']));
    const audio = createAudio({
      urls: { positive: 'broken.mp3' },
      createHowl: fake.createHowl,
      setGlobalMute: fake.setGlobalMute,
      muted: false,
    });
    expect(() => audio.play('negative')).not.toThrow();
    audio.play('positive');
    audio.play('positive');
    expect(fake.created).toHaveLength(1);
    expect(fake.plays).toEqual(['broken.mp3']);
  });

  it('does not play cues when muted, and mutes Howler globally', () => {
    const fake = fakeHowler();
    const audio = createAudio({
      urls: { click: 'click.mp3' },
      createHowl: fake.createHowl,
      setGlobalMute: fake.setGlobalMute,
      muted: true,
    });
    expect(fake.muted()).toBe(true);
    audio.play('click');
    expect(fake.plays).toEqual([]);
    audio.setMuted(false);
    expect(fake.muted()).toBe(false);
    audio.play('click');
    expect(fake.plays).toEqual(['click.mp3']);
  });

  it('loops one ambience at a time', () => {
    const fake = fakeHowler();
    const audio = createAudio({
      urls: { 'ambient-vallee': 'v.mp3', 'ambient-quartier': 'q.mp3' },
      createHowl: fake.createHowl,
      setGlobalMute: fake.setGlobalMute,
      muted: false,
    });
    audio.playAmbient('ambient-vallee');
    audio.playAmbient('ambient-vallee');
    audio.playAmbient('ambient-quartier');
    expect(fake.created.map((o) => o.loop)).toEqual([true, true]);
    expect(fake.plays).toEqual(['v.mp3', 'q.mp3']);
    expect(fake.stops).toEqual(['v.mp3']);
  });
});
