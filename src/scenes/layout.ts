import type { TerritoryFrame } from './view-bridge';
import { stripHeight } from './progress-strip';

/** A rectangle in canvas pixels. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where things go on the canvas. */
export interface TerritoryLayout {
  /** The visible part of the map where actors stand, clear of the DOM top bar, panel and strip. */
  map: Rect;
  /** The strip of method steps and progress, above the map. */
  strip: Rect;
  /** The initiatives' column, beside the meters (null when there is no room: portrait screens). */
  initiatives: Rect | null;
  /** The meters box, or null when the canvas is too small for it (the DOM meters show instead). */
  meters: Rect | null;
  /** Radius of an actor's disc. */
  actorRadius: number;
  /** Base font size in pixels. */
  font: number;
}

/** Height of a meter row, in font sizes (shared with meter-board.ts). */
export const METER_ROW = 1.6;

/** Height of the DOM top bar (kept in step with --topbar-h in src/styles/layout.css). */
export const TOP_BAR = 72;
/** Share of the width the DOM panel takes on the right (kept in step with --panel-w). */
export const PANEL_SHARE = 0.42;

/** Computes the layout for a canvas size and the panel's position. */
export function layoutFor(
  width: number,
  height: number,
  panel: TerritoryFrame['panel'],
  meterCount: number,
  actorCount = 4,
): TerritoryLayout {
  const font = Math.round(Math.max(13, Math.min(24, Math.min(width / 64, height / 40))));
  const rowH = font * METER_ROW;
  const metersH = rowH * meterCount + font * 1.2;
  const stripTop = TOP_BAR + font * 0.4;
  const top = stripTop + stripHeight(font) + font * 0.3;
  const mapW = panel === 'right' ? width * (1 - PANEL_SHARE) : width;
  // With the panel at the bottom, the canvas host itself is only the top of the screen, and the
  // meters are left to the DOM (src/ui/hud-meters.ts), shown below the map by the stylesheet.
  const metersW = Math.min(mapW - font * 2, font * 27);
  // Too narrow or too low for readable bars: the DOM meters show instead, as with the panel at the bottom.
  const metersFit = metersW >= font * 14 && height - metersH - font > TOP_BAR;
  const meters: Rect | null =
    panel === 'bottom' || !metersFit ? null : { x: font, y: height - metersH - font, w: metersW, h: metersH };
  const mapBottom = meters ? meters.y : height;
  const map: Rect = { x: 0, y: top, w: mapW, h: Math.max(120, mapBottom - top) };
  const strip: Rect = { x: font * 0.6, y: stripTop, w: mapW - font * 1.2, h: stripHeight(font) };
  // Crowded maps get smaller discs.
  const crowding = Math.min(1, Math.sqrt(6 / Math.max(1, actorCount)));
  const actorRadius = Math.max(16, Math.min(46, Math.min(map.w, map.h) * 0.085 * crowding));
  const initiativesX = meters ? meters.x + meters.w + font * 0.6 : 0;
  const initiatives: Rect | null =
    meters && mapW - initiativesX - font * 0.6 >= font * 9
      ? { x: initiativesX, y: meters.y, w: mapW - initiativesX - font * 0.6, h: meters.h }
      : null;
  return { map, strip, initiatives, meters, actorRadius, font };
}

/** The canvas position of an actor placed at (x %, y %) of the map. */
export function actorPoint(layout: TerritoryLayout, x: number, y: number): { x: number; y: number } {
  const padX = layout.actorRadius * 2.2;
  const padY = layout.actorRadius * 1.4;
  const { map } = layout;
  return {
    x: map.x + padX + ((map.w - 2 * padX) * Math.max(0, Math.min(100, x))) / 100,
    y: map.y + padY + ((map.h - 2 * padY - layout.font) * Math.max(0, Math.min(100, y))) / 100,
  };
}
