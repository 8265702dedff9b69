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
] as const;

/** A sound of the game. */
export type SoundKey = (typeof SOUND_KEYS)[number];

/** An ambience loop. */
export type AmbientKey = Extract<SoundKey, `ambient-${string}`>;

/** The part of a Howl the adapter uses. */
export interface HowlLike {
  play(): number;
  stop(): void;
  volume(value: number): unknown;
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
  /** Starts an ambience loop (stopping the previous one). */
  playAmbient(key: AmbientKey): void;
  stopAmbient(): void;
  readonly muted: boolean;
  setMuted(muted: boolean): void;
  /** Stops and frees every sound. */
  dispose(): void;
}

/** Is this string a sound key? */
export const isSoundKey = (key: string): key is SoundKey => (SOUND_KEYS as readonly string[]).includes(key);

const CUE_VOLUME = 0.7;
const AMBIENT_VOLUME = 0.25;

/**
 * Creates the sound service. `urls` maps the keys whose files exist to their URL; `createHowl` builds
 * a Howl (injected so the adapter is testable without a browser); `setGlobalMute` mutes Howler.
 */
export function createAudio(options: {
  urls: Partial<Record<SoundKey, string>>;
  createHowl: (options: HowlOptions) => HowlLike;
  setGlobalMute: (muted: boolean) => void;
  muted: boolean;
}): Audio {
  const howls = new Map<SoundKey, HowlLike>();
  const broken = new Set<SoundKey>();
  let muted = options.muted;
  let ambient: AmbientKey | null = null;
  options.setGlobalMute(muted);

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

  return {
    play(key) {
      if (muted) return;
      const howl = howlOf(key);
      if (howl) safely(() => howl.play());
    },
    playAmbient(key) {
      if (ambient === key) return;
      this.stopAmbient();
      ambient = key;
      // The loop runs even when muted: the global mute silences it, unmuting brings it back.
      const howl = howlOf(key);
      if (howl) safely(() => howl.play());
    },
    stopAmbient() {
      if (ambient) {
        const howl = howls.get(ambient);
        if (howl) safely(() => howl.stop());
      }
      ambient = null;
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
      ambient = null;
    },
  };
}
