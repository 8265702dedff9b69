import type Phaser from 'phaser';
import type { MeterView } from '../engine/view-model';
import { drawFamilySymbol } from './family-symbols';
import { METER_ROW, type Rect } from './layout';
import { FamilyColours, Palette, css } from './palette';

/** Texture key of a meter icon's art. */
export const meterIconKey = (icon: string): string => `icon-${icon}`;

/** The words of a change: "+5" or "−3" (a real minus sign). */
export const deltaText = (delta: number): string => (delta > 0 ? `+${delta}` : `\u2212${Math.abs(delta)}`);

/** A change shown as an arrow shape (up or down) and a signed number: never by colour alone. */
function drawDelta(
  scene: Phaser.Scene,
  x: number,
  cy: number,
  font: number,
  delta: number,
): Phaser.GameObjects.Container {
  const up = delta > 0;
  const box = scene.add.container(x, cy);
  const arrow = scene.add.graphics();
  const s = font * 0.32;
  arrow.fillStyle(up ? Palette.cooperation : Palette.loss, 1);
  if (up) arrow.fillTriangle(0, -s, -s, s * 0.7, s, s * 0.7);
  else arrow.fillTriangle(0, s, -s, -s * 0.7, s, -s * 0.7);
  const text = scene.add.text(s * 1.4, 0, deltaText(delta), {
    fontFamily: 'system-ui, sans-serif',
    fontSize: `${Math.round(font * 0.72)}px`,
    fontStyle: 'bold',
    color: css(up ? Palette.cooperation : Palette.loss),
    resolution: 2,
  });
  text.setOrigin(0, 0.5);
  box.add([arrow, text]);
  return box;
}

const ratioOf = (m: MeterView, value: number): number =>
  m.max === m.min ? 0 : Math.max(0, Math.min(1, (value - m.min) / (m.max - m.min)));

/**
 * How changed bars show: at their value at once, growing or shrinking from their previous value, or
 * at their value with a still mark where they were (a replay under reduced motion).
 */
export type MeterMotion = 'none' | 'animate' | 'highlight';

/**
 * Draws the meters as bars with a symbol, a label and the number. Bars that changed grow or shrink
 * from their previous value (instantly when motion is reduced); a change since the last turn shows as an
 * arrow and a signed number. Returns the running tweens, to stop them when the board is redrawn.
 */
export function drawMeterBoard(
  scene: Phaser.Scene,
  parent: Phaser.GameObjects.Container,
  rect: Rect,
  font: number,
  meters: readonly MeterView[],
  previous: ReadonlyMap<string, number>,
  mode: MeterMotion,
): Phaser.Tweens.Tween[] {
  const tweens: Phaser.Tweens.Tween[] = [];
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
  const barW = rect.w * 0.4 - font * 4.6;
  const barH = font * 0.55;
  meters.forEach((meter, i) => {
    const cy = rect.y + font * 0.6 + rowH * i + rowH / 2;
    const colour = meter.family ? FamilyColours[meter.family] : Palette.cooperation;
    const icon = scene.add.graphics();
    const iconKey = meterIconKey(meter.icon);
    const objects: Phaser.GameObjects.GameObject[] = [icon];
    if (!meter.family && scene.textures.exists(iconKey)) {
      // The scenario's own icon (time, budget, cooperation…) on a paper disc.
      icon.fillStyle(Palette.white, 1);
      icon.fillCircle(rect.x + font * 0.6 + iconR, cy, iconR);
      icon.lineStyle(1.5, colour, 1);
      icon.strokeCircle(rect.x + font * 0.6 + iconR, cy, iconR);
      const image = scene.add.image(rect.x + font * 0.6 + iconR, cy, iconKey);
      image.setDisplaySize(iconR * 1.5, iconR * 1.5);
      objects.push(image);
    } else {
      icon.fillStyle(colour, 1);
      icon.fillCircle(rect.x + font * 0.6 + iconR, cy, iconR);
      drawFamilySymbol(
        icon,
        meter.family ?? 'generic',
        rect.x + font * 0.6 + iconR,
        cy,
        iconR,
        Palette.white,
      );
    }
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
    parent.add([...objects, label, track, fill, value]);
    if (meter.delta !== 0) parent.add(drawDelta(scene, barX + barW + font * 2.3, cy, font, meter.delta));
    const before = previous.get(meter.id);
    if (mode === 'highlight' && before !== undefined && before !== meter.value) {
      // Where the bar was: a mark across the track, the bar at its value.
      const mark = scene.add.graphics();
      const x = barX + barW * ratioOf(meter, before);
      mark.lineStyle(Math.max(2, font * 0.14), Palette.ink, 1);
      mark.lineBetween(x, cy - barH, x, cy + barH);
      parent.add(mark);
    }
    if (mode === 'animate' && before !== undefined && before !== meter.value) {
      const tween = { v: before };
      draw(ratioOf(meter, before));
      const running = scene.tweens.add({
        targets: tween,
        v: meter.value,
        duration: 700,
        ease: 'Cubic.easeOut',
        onUpdate: () => {
          draw(ratioOf(meter, tween.v));
          value.setText(String(Math.round(tween.v)));
        },
      });
      tweens.push(running);
    } else {
      draw(ratioOf(meter, meter.value));
    }
  });
  return tweens;
}
