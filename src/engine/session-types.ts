/**
 * The data types of a `Session` of the public headless API (src/engine/api.ts, which re-exports them):
 * a choice on show, the ending reached, the saved form.
 */
import type { Choice, Dimension, EndingKind } from '../scenario/format';
import type { SAVE_VERSION } from './save-version';

/** A choice on show on the current card, as data (no text): what tools need to pick one. */
export interface ChoiceInfo {
  /** 1-based number on screen (the player's key). */
  readonly number: number;
  readonly id: string;
  /** The authored choice (postures, effects, outcomes, risks…). */
  readonly choice: Choice;
  /** Whether it can be taken now (false: shown, but its costs cannot be paid). */
  readonly available: boolean;
}

/** The ending reached, with its evaluation on every dimension (0–100). */
export interface EndingResult {
  readonly id: string;
  readonly kind: EndingKind;
  readonly evaluation: Record<Dimension, number>;
}

/** The saved form of a session: its seed and its choices replay it exactly. */
export interface SavedGame {
  saveVersion: typeof SAVE_VERSION;
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  choices: string[];
}
