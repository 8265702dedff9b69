import type Phaser from 'phaser';
import type { MeterView } from '../engine/view-model';
import { drawFamilySymbol } from './family-symbols';
import { METER_ROW, type Rect } from './layout';
import { FamilyColours, Palette, css } from './palette';

const ratioOf = (m: MeterView, value: number): number =>
  m.max === m.min ? 0 : Math.max(0, Math.min(1, (value - m.min) / (m.max - m.min)));

/**
 * Draws the meters as bars with a symbol, a label and the number. Bars that changed grow or shrink
 * from their previous value (instantly when motion is reduced).
 */
export function drawMeterBoard(
  scene: Phaser.Scene,
  parent: Phaser.GameObjects.Container,
  rect: Rect,
  font: number,
  meters: readonly MeterView[],
  previous: ReadonlyMap<string, number>,
  animate: boolean,
): void {
  const box = scene.add.graphics();
  box.fillStyle(Palette.paper, 0.94);
  box.fillRoundedRect(rect.x, rect.y, rect.w, rect.h, font * 0.6);
  box.lineStyle(2, Palette.paperDeep, 1);
  box.strokeRoundedRect(rect.x, rect.y, rect.w, rect.h, font * 0.6);
  parent.add(box);
  const rowH = font * METER_ROW;
  const iconR = font * 0.62;
  const labelX = rect.x + font * 0.6 + iconR * 2 + font * 0.5;
  const barX = rect.x + rect.w * 0.6;
  const barW = rect.w * 0.4 - font * 2.9;
  const barH = font * 0.55;
  meters.forEach((meter, i) => {
    const cy = rect.y + font * 0.6 + rowH * i + rowH / 2;
    const colour = meter.family ? FamilyColours[meter.family] : Palette.cooperation;
    const icon = scene.add.graphics();
    icon.fillStyle(colour, 1);
    icon.fillCircle(rect.x + font * 0.6 + iconR, cy, iconR);
    drawFamilySymbol(icon, meter.family ?? 'generic', rect.x + font * 0.6 + iconR, cy, iconR, Palette.white);
    const label = scene.add.text(labelX, cy, meter.label, {
      fontFamily: 'system-ui, sans-serif',
      fontSize: `${Math.round(font * 0.78)}px`,
      color: css(Palette.ink),
      resolution: window.devicePixelRatio || 1,
      fixedWidth: barX - labelX - font * 0.4,
    });
    label.setOrigin(0, 0.5);
    const track = scene.add.graphics();
    track.fillStyle(Palette.paperDeep, 1);
    track.fillRoundedRect(barX, cy - barH / 2, barW, barH, barH / 2);
    const fill = scene.add.graphics();
    const draw = (ratio: number): void => {
      fill.clear();
      fill.fillStyle(colour, 1);
      if (ratio > 0) fill.fillRoundedRect(barX, cy - barH / 2, Math.max(barH, barW * ratio), barH, barH / 2);
    };
    const value = scene.add.text(barX + barW + font * 0.5, cy, String(meter.value), {
      fontFamily: 'system-ui, sans-serif',
      fontSize: `${Math.round(font * 0.9)}px`,
      fontStyle: 'bold',
      color: css(Palette.ink),
      resolution: window.devicePixelRatio || 1,
    });
    value.setOrigin(0, 0.5);
    parent.add([icon, label, track, fill, value]);
    const before = previous.get(meter.id);
    if (animate && before !== undefined && before !== meter.value) {
      const tween = { v: before };
      draw(ratioOf(meter, before));
      scene.tweens.add({
        targets: tween,
        v: meter.value,
        duration: 700,
        ease: 'Cubic.easeOut',
        onUpdate: () => {
          draw(ratioOf(meter, tween.v));
          value.setText(String(Math.round(tween.v)));
        },
      });
    } else {
      draw(ratioOf(meter, meter.value));
    }
  });
}
