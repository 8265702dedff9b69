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
export const ROOM_METER_ROW = 1.6;
/**
 * What a room board's row holds besides its label, in room type sizes: the symbol and margins on the
 * left, the value and the change on the right (meter-board.ts lays them out from the same sizes).
 */
export const ROOM_BOARD_EXTRA = 9;
/** Width of the initiatives' column when it has to go above the board, in room type sizes. */
export const ROOM_INITIATIVES_WIDTH = 16;
/** The narrowest initiatives' column beside the board, in room type sizes (names wrap in it). */
const NARROWEST_COLUMN = 9;
/** The widest initiatives' column beside the board, in room type sizes. */
const WIDEST_COLUMN = 11;

/** Where the room's layout puts things (the map's own parts, before the actors' area is known). */
export interface RoomParts {
  meters: Rect | null;
  initiatives: Rect | null;
  /** Right edge of what the map (actors, progress strip) may use. */
  mapRight: number;
}

/**
 * The projector's arrangement of the map (training mode, panel on the right): the meter board at the
 * bottom left, at the room's type size and as wide as its longest label needs; the initiatives in a
 * column at the right edge of the map, from the top down to the bottom beside the board (above it when the
 * board leaves too little room), their names wrapping; the actors in what is left, left of the column and
 * above the board. Null when the map is too narrow for a board at that size (the ordinary layout is used).
 * `labelWidth` is the width of the longest meter label at a font size.
 */
export function roomParts(
  mapW: number,
  height: number,
  stripTop: number,
  room: number,
  counts: { meters: number; initiatives: number },
  labelWidth: (size: number) => number,
): RoomParts | null {
  const pad = room * 0.6;
  const boardW = Math.min(mapW - pad * 2, labelWidth(room) + room * ROOM_BOARD_EXTRA);
  if (boardW < room * 16) return null;
  const boardH = room * ROOM_METER_ROW * counts.meters + pad * 2;
  const meters: Rect | null =
    counts.meters > 0 ? { x: pad, y: height - boardH - pad, w: boardW, h: boardH } : null;
  let initiatives: Rect | null = null;
  if (counts.initiatives > 0) {
    const besideX = (meters ? meters.x + meters.w : 0) + pad;
    const besideW = mapW - besideX - pad;
    // No wider than names need on two or three lines: what is left goes to the actors.
    const columnW = Math.min(besideW, room * WIDEST_COLUMN);
    if (besideW >= room * NARROWEST_COLUMN)
      initiatives = { x: mapW - pad - columnW, y: stripTop, w: columnW, h: height - pad - stripTop };
    else {
      const columnW = Math.min(room * ROOM_INITIATIVES_WIDTH, mapW * 0.45);
      const bottom = (meters ? meters.y : height) - pad;
      initiatives = { x: mapW - columnW - pad, y: stripTop, w: columnW, h: Math.max(0, bottom - stripTop) };
    }
  }
  // An actor's name, centred under its disc, may reach past the edge of their area: a margin keeps it off the column.
  return { meters, initiatives, mapRight: initiatives ? initiatives.x - room : mapW };
}
