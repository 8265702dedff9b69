import type { TerritoryFrame } from './view-bridge';
import { stripHeight } from './progress-strip';
import { roomParts, roomTypeSize } from './room-layout';

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
  /**
   * The room's type size (training mode on a projector: the meter board and the initiatives are drawn
   * at it, src/scenes/room-layout.ts), or null on an ordinary screen.
   */
  room: number | null;
}

/** What the map holds, and for whom: the counts the layout makes room for. */
export interface LayoutContent {
  meters: number;
  actors?: number;
  initiatives?: number;
  /** Read by a room from afar (training mode): the meter board and initiatives at the room's size. */
  room?: boolean;
  /** The width of the longest meter label at a font size (the room's board is as wide as it needs). */
  labelWidth?: (size: number) => number;
}

/** Height of a meter row, in font sizes (shared with meter-board.ts). */
export const METER_ROW = 1.6;

/** Height of the DOM top bar (kept in step with --topbar-h in src/styles/layout.css). */
export const TOP_BAR = 72;
/** Share of the width the DOM panel takes on the right (kept in step with --panel-w). */
export const PANEL_SHARE = 0.42;

/** Computes the layout for a canvas size, the panel's position and what the map holds. */
export function layoutFor(
  width: number,
  height: number,
  panel: TerritoryFrame['panel'],
  content: LayoutContent,
): TerritoryLayout {
  const font = Math.round(Math.max(13, Math.min(24, Math.min(width / 64, height / 40))));
  const stripTop = TOP_BAR + font * 0.4;
  const top = stripTop + stripHeight(font) + font * 0.3;
  const mapW = panel === 'right' ? width * (1 - PANEL_SHARE) : width;
  const room = content.room && panel === 'right' ? roomTypeSize(width, height, TOP_BAR) : 0;
  const parts = room
    ? roomParts(
        mapW,
        height,
        stripTop,
        room,
        { meters: content.meters, initiatives: content.initiatives ?? 0 },
        content.labelWidth ?? ((size) => size * 17),
      )
    : null;
  if (parts) {
    const mapRight = parts.mapRight;
    const mapBottom = parts.meters ? parts.meters.y : height;
    const map: Rect = { x: 0, y: top, w: mapRight, h: Math.max(120, mapBottom - top) };
    const strip: Rect = { x: font * 0.6, y: stripTop, w: mapRight - font * 0.6, h: stripHeight(font) };
    return {
      map,
      strip,
      meters: parts.meters,
      initiatives: parts.initiatives,
      actorRadius: actorRadiusFor(map, content.actors ?? 4),
      font,
      room,
    };
  }
  const rowH = font * METER_ROW;
  const metersH = rowH * content.meters + font * 1.2;
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
  const initiativesX = meters ? meters.x + meters.w + font * 0.6 : 0;
  const initiatives: Rect | null =
    meters && mapW - initiativesX - font * 0.6 >= font * 9
      ? { x: initiativesX, y: meters.y, w: mapW - initiativesX - font * 0.6, h: meters.h }
      : null;
  return {
    map,
    strip,
    initiatives,
    meters,
    actorRadius: actorRadiusFor(map, content.actors ?? 4),
    font,
    room: null,
  };
}

/** Radius of an actor's disc on a map: crowded maps get smaller discs. */
function actorRadiusFor(map: Rect, actorCount: number): number {
  const crowding = Math.min(1, Math.sqrt(6 / Math.max(1, actorCount)));
  return Math.max(16, Math.min(46, Math.min(map.w, map.h) * 0.085 * crowding));
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
