/**
 * The sound adapter: typed sound keys over Howler. Files are loaded lazily on first use; a missing or
 * broken file stays silent. Nothing plays before a user gesture (the first sound is always asked for
 * by a click or a key press; Howler unlocks the audio context then).
 */

/** Every sound of the game; the file is assets/audio/<key>.mp3. */
export const SOUND_KEYS = [
  'click',
  'positive',
  'negative',
  'neutral',
  'link',
  'initiative',
  'ending',
  'ambient-quartier',
  'ambient-vallee',
  'ambient-ville-industrielle',
  'ambient-banlieue-culturelle',
  'ambient-vallee-pyreneenne',
] as const;

/** A sound of the game. */
export type SoundKey = (typeof SOUND_KEYS)[number];

/** An ambience loop. */
export type AmbientKey = Extract<SoundKey, `ambient-${string}`>;

/** The part of a Howl the adapter uses. */
export interface HowlLike {
  /** Plays a new sound, or resumes the paused sound `id`; returns the sound's id. */
  play(id?: number): number;
  stop(id?: number): unknown;
  pause(id?: number): unknown;
  volume(value: number): unknown;
  /** Fades the sound `id` from one volume to another. */
  fade(from: number, to: number, ms: number, id?: number): unknown;
  /** Calls `listener` once when the sound `id` ends a fade. */
  once(event: 'fade', listener: () => void, id?: number): unknown;
  /** Whether the sound `id` (or any sound of this Howl) is playing. */
  playing(id?: number): boolean;
  unload(): void;
}

/** Options to build one Howl. */
export interface HowlOptions {
  src: string[];
  loop: boolean;
  volume: number;
  onloaderror: () => void;
  onplayerror: () => void;
}

/** The sound service. */
export interface Audio {
  play(key: SoundKey): void;
  /** Starts an ambience loop, crossfading from the previous one. */
  playAmbient(key: AmbientKey): void;
  stopAmbient(): void;
  readonly muted: boolean;
  setMuted(muted: boolean): void;
  /** The master volume, 0..1. */
  readonly volume: number;
  setVolume(volume: number): void;
  /** Pauses the ambience while the page is hidden, resumes it when it shows again. */
  setHidden(hidden: boolean): void;
  /** How many sounds are playing now (for the diagnostics). */
  playingCount(): number;
  /** Stops and frees every sound. */
  dispose(): void;
}

/** A volume kept within 0..1 (NaN gives 1). */
const clampVolume = (value: number): number => (Number.isFinite(value) ? Math.max(0, Math.min(1, value)) : 1);

/** Is this string a sound key? */
export const isSoundKey = (key: string): key is SoundKey => (SOUND_KEYS as readonly string[]).includes(key);

const CUE_VOLUME = 0.7;
const AMBIENT_VOLUME = 0.25;
/** Length of the crossfade between two ambiences, and of an ambience's fade out. */
export const AMBIENT_FADE_MS = 800;

/**
 * Creates the sound service. `urls` maps the keys whose files exist to their URL; `createHowl` builds
 * a Howl (injected so the adapter is testable without a browser); `setGlobalMute` mutes Howler.
 */
export function createAudio(options: {
  urls: Partial<Record<SoundKey, string>>;
  createHowl: (options: HowlOptions) => HowlLike;
  setGlobalMute: (muted: boolean) => void;
  muted: boolean;
  /** Sets Howler's master volume (0..1). */
  setGlobalVolume?: (volume: number) => void;
  /** The master volume at start, 0..1 (default 1). */
  volume?: number;
}): Audio {
  const howls = new Map<SoundKey, HowlLike>();
  const broken = new Set<SoundKey>();
  let muted = options.muted;
  let volume = clampVolume(options.volume ?? 1);
  /** The ambience wanted now, and the id of its sound once started. */
  let ambient: { key: AmbientKey; id: number | null } | null = null;
  /** Ambiences fading out; stopped when their fade ends. */
  const fading = new Map<AmbientKey, number>();
  let hidden = false;
  options.setGlobalMute(muted);
  options.setGlobalVolume?.(volume);

  const howlOf = (key: SoundKey): HowlLike | null => {
    const url = options.urls[key];
    if (!url || broken.has(key)) return null;
    let howl = howls.get(key);
    if (!howl) {
      try {
        howl = options.createHowl({
          src: [url],
          loop: key.startsWith('ambient-'),
          volume: key.startsWith('ambient-') ? AMBIENT_VOLUME : CUE_VOLUME,
          onloaderror: () => broken.add(key),
          onplayerror: () => undefined,
        });
      } catch {
        broken.add(key);
        return null;
      }
      howls.set(key, howl);
    }
    return howl;
  };

  const safely = (action: () => void): void => {
    try {
      action();
    } catch {
      // Sound is never worth a crash.
    }
  };

  const startAmbient = (): void => {
    if (!ambient || ambient.id !== null || hidden) return;
    const current = ambient;
    const howl = howlOf(current.key);
    if (!howl) return;
    safely(() => {
      const fadingId = fading.get(current.key);
      if (fadingId !== undefined) {
        // The same loop was fading out: bring it back instead of starting a second one.
        fading.delete(current.key);
        current.id = fadingId;
        howl.fade(0, AMBIENT_VOLUME, AMBIENT_FADE_MS, fadingId);
        return;
      }
      const id = howl.play();
      current.id = id;
      howl.fade(0, AMBIENT_VOLUME, AMBIENT_FADE_MS, id);
    });
  };

  const fadeOut = (key: AmbientKey, id: number | null): void => {
    const howl = howls.get(key);
    if (!howl || id === null) return;
    fading.set(key, id);
    safely(() => {
      howl.once(
        'fade',
        () => {
          if (fading.get(key) !== id) return;
          fading.delete(key);
          howl.stop(id);
        },
        id,
      );
      howl.fade(AMBIENT_VOLUME, 0, AMBIENT_FADE_MS, id);
    });
  };

  return {
    play(key) {
      if (muted) return;
      const howl = howlOf(key);
      if (howl) safely(() => howl.play());
    },
    playAmbient(key) {
      if (ambient?.key === key) return;
      this.stopAmbient();
      ambient = { key, id: null };
      // The loop runs even when muted: the global mute silences it, unmuting brings it back.
      startAmbient();
    },
    stopAmbient() {
      if (ambient) fadeOut(ambient.key, ambient.id);
      ambient = null;
    },
    setHidden(next) {
      if (next === hidden) return;
      hidden = next;
      if (!ambient || ambient.id === null) {
        startAmbient();
        return;
      }
      const howl = howls.get(ambient.key);
      const id = ambient.id;
      if (howl) safely(() => (next ? howl.pause(id) : howl.play(id)));
    },
    get volume() {
      return volume;
    },
    setVolume(next) {
      volume = clampVolume(next);
      options.setGlobalVolume?.(volume);
    },
    playingCount() {
      let count = 0;
      for (const howl of howls.values()) {
        try {
          if (howl.playing()) count++;
        } catch {
          // A broken Howl plays nothing.
        }
      }
      return count;
    },
    get muted() {
      return muted;
    },
    setMuted(next) {
      muted = next;
      options.setGlobalMute(next);
    },
    dispose() {
      for (const howl of howls.values()) safely(() => howl.unload());
      howls.clear();
      fading.clear();
      ambient = null;
    },
  };
}
