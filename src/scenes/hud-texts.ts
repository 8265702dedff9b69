import type Phaser from 'phaser';
import type { Rect } from './layout';

/** Which of the map's texts a piece of text is (what the room reads). */
export type HudTextKind =
  | 'meter-label'
  | 'meter-value'
  | 'meter-change'
  | 'initiative-name'
  | 'initiative-state'
  | 'actor-name'
  | 'step-name';

/**
 * A text drawn on the map as it is on screen: its size and box in canvas pixels (the canvas is laid out
 * at one canvas pixel per CSS pixel), the box that holds it, and whether it was shortened to fit.
 * The scene reports them after each redraw (src/ui/app/territory-host.ts puts them on the root's
 * `data-territory-text`): tests/e2e/projector.spec.ts measures them.
 */
export interface HudText {
  kind: HudTextKind;
  text: string;
  /** Font size in canvas pixels. */
  size: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The box the text belongs in (the meter board, an initiative's badge), when it has one. */
  box?: Rect;
  /** Shortened with an ellipsis because it did not fit. */
  shortened?: boolean;
}

/** Collects the texts of a redraw. */
export type HudTextSink = (text: HudText) => void;

/** The record of a Phaser text as drawn (its bounds after origin and position). */
export function hudText(
  kind: HudTextKind,
  object: Phaser.GameObjects.Text,
  size: number,
  box?: Rect,
  shortened = false,
): HudText {
  const bounds = object.getBounds();
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    kind,
    text: object.text,
    size: round(size),
    x: round(bounds.x),
    y: round(bounds.y),
    w: round(bounds.width),
    h: round(bounds.height),
    ...(box ? { box: { x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) } } : {}),
    ...(shortened ? { shortened } : {}),
  };
}

/**
 * Shortens a text to `room` pixels with an ellipsis when it is longer (never cut mid-letter).
 * Returns whether it was shortened.
 */
export function fitWidth(text: Phaser.GameObjects.Text, full: string, room: number): boolean {
  if (text.width <= room) return false;
  let kept = full;
  while (kept.length > 4 && text.width > room) {
    kept = kept.slice(0, -2);
    text.setText(`${kept.trimEnd()}…`);
  }
  return true;
}
