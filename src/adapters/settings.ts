import * as v from 'valibot';
import { UI_LANGUAGES, type UiLanguage } from './i18n';
import { check, jsonObject, parseStoredText } from '../engine/stored-envelope';

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

/** Each field falls back to its default on its own: one bad value never costs the player the others. */
const settingsSchema = v.pipe(
  jsonObject,
  v.object({
    lang: v.fallback(v.nullable(v.picklist(UI_LANGUAGES)), DEFAULT_SETTINGS.lang),
    textScale: v.fallback(v.picklist(TEXT_SCALES), DEFAULT_SETTINGS.textScale),
    highContrast: v.fallback(v.boolean(), DEFAULT_SETTINGS.highContrast),
    motion: v.fallback(v.picklist(MOTION_CHOICES), DEFAULT_SETTINGS.motion),
    sound: v.fallback(v.boolean(), DEFAULT_SETTINGS.sound),
    volume: v.fallback(
      v.pipe(
        v.number(),
        v.finite(),
        v.transform((volume) => Math.max(0, Math.min(100, Math.round(volume)))),
      ),
      DEFAULT_SETTINGS.volume,
    ),
  }),
);

/**
 * Reads stored settings (through the one decoder of stored data, src/engine/stored-envelope.ts).
 * Unknown or invalid fields fall back to their default; `corrupt` is true when the stored value was not
 * a settings object at all (the shell then tells the player).
 */
export function parseSettings(raw: string | null): { settings: Settings; corrupt: boolean } {
  const parsed = parseStoredText(raw);
  if (!parsed.ok) return { settings: { ...DEFAULT_SETTINGS }, corrupt: parsed.error.kind === 'not-json' };
  const read = check(settingsSchema, parsed.data);
  return read.ok
    ? { settings: read.value, corrupt: false }
    : { settings: { ...DEFAULT_SETTINGS }, corrupt: true };
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
