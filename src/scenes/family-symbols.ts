import type Phaser from 'phaser';
import type { FamilyId } from '../scenario/format';

/**
 * Draws the symbol of a family centred on (x, y) within a circle of radius r, so a family is told by
 * its shape as well as its colour: a town hall (élu·es), a person (habitant·es), a briefcase
 * (entreprises), two linked rings (associations). `generic` draws a knot for other meters.
 */
export function drawFamilySymbol(
  g: Phaser.GameObjects.Graphics,
  family: FamilyId | 'generic',
  x: number,
  y: number,
  r: number,
  colour: number,
): void {
  const s = r * 0.62;
  g.fillStyle(colour, 1);
  g.lineStyle(Math.max(2, r * 0.14), colour, 1);
  switch (family) {
    case 'elus': {
      g.fillTriangle(x - s, y - s * 0.35, x + s, y - s * 0.35, x, y - s);
      const columnW = s * 0.26;
      for (const dx of [-0.62, 0, 0.62]) g.fillRect(x + dx * s - columnW / 2, y - s * 0.25, columnW, s * 0.9);
      g.fillRect(x - s, y + s * 0.7, s * 2, s * 0.24);
      break;
    }
    case 'habitants':
      g.fillCircle(x, y - s * 0.45, s * 0.42);
      g.fillRoundedRect(x - s * 0.8, y + s * 0.1, s * 1.6, s * 0.85, {
        tl: s * 0.7,
        tr: s * 0.7,
        bl: s * 0.12,
        br: s * 0.12,
      });
      break;
    case 'entreprises':
      g.fillRoundedRect(x - s * 0.95, y - s * 0.4, s * 1.9, s * 1.2, s * 0.18);
      g.strokeRoundedRect(x - s * 0.38, y - s * 0.78, s * 0.76, s * 0.5, s * 0.12);
      break;
    case 'associations':
      g.strokeCircle(x - s * 0.36, y, s * 0.55);
      g.strokeCircle(x + s * 0.36, y, s * 0.55);
      break;
    default:
      g.strokeCircle(x, y, s * 0.55);
      g.fillCircle(x, y, s * 0.2);
  }
}
