import { describe, expect, it } from 'vitest';
import { placeNames, roomNames, type NameItem } from '../../../src/scenes/name-placement';

/** Text boxes as a monospace font would make them: 10 px a letter, 20 px high. */
const measure = (text: string): { w: number; h: number } => ({ w: text.length * 10, h: 20 });
const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('roomNames', () => {
  it('keeps the first name, then the initials', () => {
    expect(roomNames(['Rose Mendy', 'Jean-Pierre Authié'])).toEqual([
      ['Rose', 'RM'],
      ['Jean-Pierre', 'JA'],
    ]);
  });
  it("adds the family name's initial when two actors share a first name", () => {
    expect(roomNames(['Marc Delorme', 'Marc Vidal', 'Léa'])).toEqual([
      ['Marc D.', 'MD'],
      ['Marc V.', 'MV'],
      ['Léa'],
    ]);
  });
});

describe('placeNames', () => {
  const bounds = { x: 0, y: 0, w: 1000, h: 1000 };
  it('puts a lone name below its disc', () => {
    const placed = placeNames([{ id: 'a', x: 500, y: 500, r: 30, texts: ['Rose'] }], {
      mode: 'room',
      bounds,
      measure,
    });
    expect(placed.get('a')).toEqual({ x: 480, y: 530, w: 40, h: 20, text: 'Rose', shortened: false });
  });
  it('in room mode, crowded names never cross, never cover a disc and stay inside the bounds', () => {
    const items: NameItem[] = [];
    for (let i = 0; i < 14; i++)
      items.push({
        id: `a${i}`,
        x: 100 + (i % 5) * 75,
        y: 100 + Math.floor(i / 5) * 75,
        r: 30,
        texts: ['Maximilien', 'MX'],
      });
    const placed = [...placeNames(items, { mode: 'room', bounds, measure }).values()];
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      expect(a.x >= 0 && a.y >= 0 && a.x + a.w <= 1000 && a.y + a.h <= 1000).toBe(true);
      // No name on a portrait (a disc's square, less its corners, is what a name must keep off).
      for (const d of items) {
        const core = { x: d.x - d.r * 0.6, y: d.y - d.r * 0.6, w: d.r * 1.2, h: d.r * 1.2 };
        expect(overlap(a, core)).toBe(false);
      }
    }
    expect(placed.some((p) => p.shortened)).toBe(true);
  });
  it('when nowhere is clear, keeps the initials and says the name is crowded', () => {
    const items: NameItem[] = [0, 1, 2].map((i) => ({
      id: `a${i}`,
      x: 50 + i * 5,
      y: 50,
      r: 30,
      texts: ['Maximilien', 'MX'],
    }));
    // Bounds no name fits in: the initials, where they cover the least, marked crowded.
    const placed = placeNames(items, { mode: 'room', bounds: { x: 40, y: 40, w: 30, h: 30 }, measure });
    for (const name of placed.values())
      expect(name).toMatchObject({ text: 'MX', shortened: true, crowded: true });
  });
  it('in screen mode, moves a name above its disc when below would cross one already placed', () => {
    const items: NameItem[] = [
      { id: 'a', x: 100, y: 100, r: 30, texts: ['Long name here'] },
      { id: 'b', x: 120, y: 100, r: 30, texts: ['Other name'] },
    ];
    const placed = placeNames(items, { mode: 'screen', measure });
    expect(placed.get('a')?.y).toBe(130);
    expect(placed.get('b')?.y).toBe(50);
  });
});
