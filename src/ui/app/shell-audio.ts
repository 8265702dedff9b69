import { Howl, Howler } from 'howler';
import { createAudio, type Audio } from '../../adapters/audio';
import { audioUrls } from '../../adapters/audio-files';
import type { AppContext } from './app-context';

/** The game's sounds, and how the settings reach Howler. */
export interface ShellAudio {
  readonly audio: Audio;
  /** Applies the sound and volume settings. */
  applySettings(): void;
}

/**
 * Builds the sounds (Howler, loaded with the game shell, not on the title). Howler's first global call
 * creates its AudioContext, a long task on slow phones, and browsers only allow sound after a gesture:
 * Howler is woken by the player's first key or pointer press.
 */
export function createShellAudio(ctx: AppContext): ShellAudio {
  let awake = false;
  const audio = createAudio({
    urls: audioUrls(),
    createHowl: (options) => new Howl({ ...options, preload: true }),
    setGlobalMute: (muted) => {
      if (awake) Howler.mute(muted);
    },
    muted: !ctx.state.settings.sound,
  });
  const applySettings = (): void => {
    audio.setMuted(!ctx.state.settings.sound);
    if (awake) Howler.volume(ctx.state.settings.volume / 100);
  };
  const wake = (): void => {
    document.removeEventListener('pointerdown', wake, true);
    document.removeEventListener('keydown', wake, true);
    awake = true;
    Howler.mute(!ctx.state.settings.sound);
    Howler.volume(ctx.state.settings.volume / 100);
  };
  // The shell often arrives because of a gesture ("Jouer" pressed early): then wake at once.
  if (navigator.userActivation?.hasBeenActive) wake();
  else {
    document.addEventListener('pointerdown', wake, true);
    document.addEventListener('keydown', wake, true);
  }
  ctx.services.diagnostics.countSounds(() => audio.playingCount());
  ctx.services.diagnostics.track(() => {
    const onVisibility = (): void => audio.setHidden(document.hidden);
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  });
  return { audio, applySettings };
}
