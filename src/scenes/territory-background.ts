import type Phaser from 'phaser';
import type { Rect } from './layout';
import { Palette } from './palette';

/**
 * The placeholder landscape drawn when the generated map art is not there: paper, soft fields, a
 * river and two roads. Calm shapes, low contrast, so actors and threads stay readable on top.
 */
export function drawPlaceholderLand(
  g: Phaser.GameObjects.Graphics,
  width: number,
  height: number,
  map: Rect,
): void {
  g.fillStyle(Palette.paper, 1);
  g.fillRect(0, 0, width, height);
  const cx = map.x + map.w / 2;
  const cy = map.y + map.h / 2;
  g.fillStyle(Palette.field, 0.8);
  g.fillEllipse(cx - map.w * 0.22, cy + map.h * 0.12, map.w * 0.7, map.h * 0.75);
  g.fillStyle(Palette.fieldDeep, 0.55);
  g.fillEllipse(cx + map.w * 0.25, cy - map.h * 0.18, map.w * 0.6, map.h * 0.55);
  g.fillStyle(Palette.paperDeep, 0.7);
  g.fillEllipse(cx, cy + map.h * 0.05, map.w * 0.34, map.h * 0.34);
  // A river crossing the map.
  g.lineStyle(Math.max(10, map.w * 0.018), Palette.water, 0.9);
  g.beginPath();
  g.moveTo(map.x - 20, map.y + map.h * 0.85);
  const steps = 24;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    g.lineTo(
      map.x + map.w * t * 1.05,
      map.y + map.h * (0.85 - 0.55 * t) + Math.sin(t * Math.PI * 3) * map.h * 0.05,
    );
  }
  g.strokePath();
  // Two country roads.
  g.lineStyle(Math.max(5, map.w * 0.008), Palette.road, 1);
  g.lineBetween(map.x, cy, map.x + map.w, cy - map.h * 0.1);
  g.lineBetween(cx - map.w * 0.05, map.y, cx + map.w * 0.05, map.y + map.h);
}
