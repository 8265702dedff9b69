import { UI_LANGUAGES, type UiLanguage } from '../adapters/i18n';

/** Text sizes offered, in percent of the base size. */
export const TEXT_SCALES = [100, 125, 150, 175, 200] as const;

/** A text size. */
export type TextScale = (typeof TEXT_SCALES)[number];

/** Reduced motion: follow the system setting, or force it on or off. */
export const MOTION_CHOICES = ['system', 'reduce', 'full'] as const;

/** A reduced-motion choice. */
export type MotionChoice = (typeof MOTION_CHOICES)[number];

/** The player's settings, persisted in storage under `settings`. */
export interface Settings {
  /** The interface language chosen in the settings (null: the URL's or the browser's). */
  lang: UiLanguage | null;
  textScale: TextScale;
  highContrast: boolean;
  motion: MotionChoice;
  sound: boolean;
  /** Sound volume, 0–100. */
  volume: number;
}

/** The settings of a first visit. */
export const DEFAULT_SETTINGS: Settings = {
  lang: null,
  textScale: 100,
  highContrast: false,
  motion: 'system',
  sound: true,
  volume: 80,
};

const oneOf = <T>(values: readonly T[], raw: unknown): raw is T => values.includes(raw as T);

/**
 * Reads stored settings. Unknown or invalid fields fall back to their default; `corrupt` is true when
 * the stored value was not a settings object at all (the shell then tells the player).
 */
export function parseSettings(raw: string | null): { settings: Settings; corrupt: boolean } {
  if (raw === null) return { settings: { ...DEFAULT_SETTINGS }, corrupt: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, corrupt: true };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { settings: { ...DEFAULT_SETTINGS }, corrupt: true };
  const value = data as Record<string, unknown>;
  const volume = typeof value.volume === 'number' && Number.isFinite(value.volume) ? value.volume : NaN;
  return {
    settings: {
      lang: oneOf(UI_LANGUAGES, value.lang) ? value.lang : null,
      textScale: oneOf(TEXT_SCALES, value.textScale) ? value.textScale : DEFAULT_SETTINGS.textScale,
      highContrast: typeof value.highContrast === 'boolean' ? value.highContrast : false,
      motion: oneOf(MOTION_CHOICES, value.motion) ? value.motion : DEFAULT_SETTINGS.motion,
      sound: typeof value.sound === 'boolean' ? value.sound : DEFAULT_SETTINGS.sound,
      volume: Number.isNaN(volume) ? DEFAULT_SETTINGS.volume : Math.max(0, Math.min(100, Math.round(volume))),
    },
    corrupt: false,
  };
}

/** Whether motion is reduced, given the setting and the system preference. */
export function motionReduced(settings: Settings, systemReduced: boolean): boolean {
  return settings.motion === 'system' ? systemReduced : settings.motion === 'reduce';
}

/** Applies the visual settings to the page root (CSS reads these attributes and the scale variable). */
export function applySettings(root: HTMLElement, settings: Settings, systemReduced: boolean): void {
  root.style.setProperty('--text-scale', String(settings.textScale / 100));
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  // From 150 %, the layout gives the text more room (wider panel, compact header).
  root.dataset.text = settings.textScale >= 150 ? 'large' : 'normal';
  root.dataset.motion = motionReduced(settings, systemReduced) ? 'reduced' : 'full';
}
