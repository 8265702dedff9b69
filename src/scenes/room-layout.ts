import type { Rect } from './layout';

/**
 * The room's type size on the map, in canvas pixels (CSS pixels): the same rule as `--room` in
 * src/ui/formation/formation-projector.css, so the map's labels match the card's text. 29.2 px at
 * 1920×1080; 11.8 px at 1280×720 with the browser at 150 % (853×480 CSS pixels, 17.7 device pixels).
 */
export function roomTypeSize(width: number, height: number, topBar: number): number {
  return Math.min(width * 0.0152, (height - topBar) * 0.029);
}

/** Height of a meter row in the room's layout, in room type sizes (shared with meter-board.ts). */
export const ROOM_METER_ROW = 1.5;
/** Width of the meter board in the room's layout, in room type sizes (its longest label fits it). */
export const ROOM_BOARD_WIDTH = 29;
/** Width of the initiatives' column in the room's layout, in room type sizes (names wrap in it). */
export const ROOM_INITIATIVES_WIDTH = 16;

/** Where the room's layout puts things (the map's own parts, before the actors' area is known). */
export interface RoomParts {
  meters: Rect | null;
  initiatives: Rect | null;
  /** Right edge of what the map (actors, progress strip) may use. */
  mapRight: number;
}

/**
 * The projector's arrangement of the map (training mode, panel on the right): the meter board at the
 * bottom left, at the room's type size; the initiatives in a column at the top right of the map, above
 * the board, their names wrapping; the actors in what is left (left of the column, above the board).
 * Null when the map is too narrow for a board at that size (the ordinary layout is used).
 */
export function roomParts(
  mapW: number,
  height: number,
  stripTop: number,
  room: number,
  meterCount: number,
  initiativeCount: number,
): RoomParts | null {
  const pad = room * 0.6;
  const boardW = Math.min(mapW - pad * 2, room * ROOM_BOARD_WIDTH);
  if (boardW < room * 20) return null;
  const boardH = room * ROOM_METER_ROW * meterCount + pad * 2;
  const meters: Rect | null =
    meterCount > 0 ? { x: pad, y: height - boardH - pad, w: boardW, h: boardH } : null;
  const columnW = Math.min(room * ROOM_INITIATIVES_WIDTH, mapW * 0.45);
  const columnBottom = (meters ? meters.y : height) - pad;
  const initiatives: Rect | null =
    initiativeCount > 0
      ? { x: mapW - columnW - pad, y: stripTop, w: columnW, h: Math.max(0, columnBottom - stripTop) }
      : null;
  return { meters, initiatives, mapRight: initiatives ? initiatives.x - room * 0.3 : mapW };
}
