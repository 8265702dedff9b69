import { describe, expect, it } from 'vitest';
import { layoutFor, type Rect } from '../../../src/scenes/layout';
import { ROOM_BOARD_EXTRA, ROOM_METER_ROW, roomTypeSize } from '../../../src/scenes/room-layout';

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** A label width that grows with the font, as a measured one does (the longest bundled label: 466 px at 29 px). */
const label = (size: number): number => size * 16.1;

describe('the room layout of the map (training mode on a projector)', () => {
  it('uses the card’s type size: 29.2 px at 1920×1080, 11.8 px at 1280×720 with the browser at 150 %', () => {
    expect(roomTypeSize(1920, 1080, 72)).toBeCloseTo(29.18, 1);
    expect(roomTypeSize(853, 480, 72)).toBeCloseTo(11.83, 1);
  });

  for (const [width, height] of [
    [1920, 1080],
    [853, 480],
    [1280, 720],
  ] as const)
    it(`keeps the board, the initiatives and the actors apart at ${width}×${height}`, () => {
      const layout = layoutFor(width, height, 'right', {
        meters: 7,
        actors: 14,
        initiatives: 4,
        room: true,
        labelWidth: label,
      });
      const room = layout.room ?? 0;
      expect(room).toBeGreaterThanOrEqual(28 * Math.min(width / 1920, (height - 72) / 1008) - 0.01);
      const { meters, initiatives, map } = layout;
      if (!meters || !initiatives) throw new Error('no board or no initiatives');
      // The board holds its longest label and seven rows, inside the map beside the panel.
      expect(meters.w).toBeGreaterThanOrEqual(label(room) + room * (ROOM_BOARD_EXTRA - 0.6));
      expect(meters.h).toBeGreaterThanOrEqual(7 * room * ROOM_METER_ROW);
      const mapW = width * 0.58;
      for (const part of [meters, initiatives, map]) {
        expect(part.x).toBeGreaterThanOrEqual(0);
        expect(part.x + part.w).toBeLessThanOrEqual(mapW + 0.01);
        expect(part.y + part.h).toBeLessThanOrEqual(height + 0.01);
      }
      expect(overlaps(meters, initiatives)).toBe(false);
      expect(overlaps(map, meters)).toBe(false);
      expect(overlaps(map, initiatives)).toBe(false);
      expect(overlaps(layout.strip, initiatives)).toBe(false);
      // A column wide enough for names to wrap on a few lines.
      expect(initiatives.w).toBeGreaterThanOrEqual(room * 9);
    });

  it('leaves the solo and kiosk screens, and portrait screens, to the ordinary layout', () => {
    const content = { meters: 7, actors: 14, initiatives: 4, labelWidth: label };
    const solo = layoutFor(1920, 1080, 'right', content);
    expect(solo.room).toBeNull();
    expect(solo.font).toBe(24);
    expect(layoutFor(1920, 1080, 'right', { ...content, room: false })).toEqual(solo);
    expect(layoutFor(800, 1200, 'bottom', { ...content, room: true }).room).toBeNull();
  });
});
