import type Phaser from 'phaser';
import type { MeterView } from '../engine/view-model';
import { drawFamilySymbol } from './family-symbols';
import { fitWidth, hudText, type HudTextSink } from './hud-texts';
import { METER_ROW, type Rect } from './layout';
import { FamilyColours, Palette, css } from './palette';
import { ROOM_METER_ROW } from './room-layout';

/** Texture key of a meter icon's art. */
export const meterIconKey = (icon: string): string => `icon-${icon}`;

/** The words of a change: "+5" or "−3" (a real minus sign). */
export const deltaText = (delta: number): string => (delta > 0 ? `+${delta}` : `\u2212${Math.abs(delta)}`);

/**
 * The board's type: a unit for its spacing and the size of each text, in canvas pixels. On an ordinary
 * screen everything follows the layout's font; for a room (training mode) the texts are at the room's
 * type size or larger.
 */
export interface BoardType {
  unit: number;
  label: number;
  value: number;
  change: number;
  row: number;
  /** The room's arrangement: columns sized from the right so the longest label keeps its room. */
  room: boolean;
}

/** The board on an ordinary screen, from the layout's font. */
export const screenBoard = (font: number): BoardType => ({
  unit: font,
  label: Math.round(font * 0.78),
  value: Math.round(font * 0.9),
  change: Math.round(font * 0.72),
  row: font * METER_ROW,
  room: false,
});

/** The board a room reads: every text at the room's type size at least. */
export const roomBoard = (room: number): BoardType => ({
  unit: room,
  label: room,
  value: room * 1.1,
  change: room,
  row: room * ROOM_METER_ROW,
  room: true,
});

/** A change shown as an arrow shape (up or down) and a signed number: never by colour alone. */
function drawDelta(
  scene: Phaser.Scene,
  x: number,
  cy: number,
  size: number,
  delta: number,
): { box: Phaser.GameObjects.Container; text: Phaser.GameObjects.Text } {
  const up = delta > 0;
  const box = scene.add.container(x, cy);
  const arrow = scene.add.graphics();
  const s = size * (0.32 / 0.72);
  arrow.fillStyle(up ? Palette.cooperation : Palette.loss, 1);
  if (up) arrow.fillTriangle(0, -s, -s, s * 0.7, s, s * 0.7);
  else arrow.fillTriangle(0, s, -s, -s * 0.7, s, -s * 0.7);
  const text = scene.add.text(s * 1.4, 0, deltaText(delta), {
    fontFamily: 'system-ui, sans-serif',
    fontSize: `${size}px`,
    fontStyle: 'bold',
    color: css(up ? Palette.cooperation : Palette.loss),
    resolution: 2,
  });
  text.setOrigin(0, 0.5);
  box.add([arrow, text]);
  return { box, text };
}

/** Where a row's label, bar, value and change go (x), and the label's and bar's heights from the row's middle. */
interface Columns {
  labelRoom: number;
  labelDy: number;
  barX: number;
  barW: number;
  barDy: number;
  barH: number;
  valueX: number;
  changeX: number;
}

function columns(rect: Rect, type: BoardType, labelX: number): Columns {
  const u = type.unit;
  if (!type.room) {
    const barX = rect.x + rect.w * 0.6;
    const barW = rect.w * 0.4 - u * 4.6;
    return {
      labelRoom: barX - labelX - u * 0.4,
      labelDy: 0,
      barX,
      barW,
      barDy: 0,
      barH: u * 0.55,
      valueX: barX + barW + u * 0.5,
      changeX: barX + barW + u * 2.3,
    };
  }
  // From the right: the change (arrow and "−10"), the value ("100"); the label takes the rest, with a thin
  // bar under it (ROOM_BOARD_EXTRA in room-layout.ts adds up these widths).
  const changeLeft = rect.x + rect.w - u * 0.4 - type.change * 3;
  const valueX = changeLeft - type.value * 2.1;
  const labelRoom = valueX - u * 0.4 - labelX;
  return {
    labelRoom,
    labelDy: -u * 0.17,
    barX: labelX,
    barW: labelRoom,
    barDy: u * 0.6,
    barH: u * 0.2,
    valueX,
    changeX: changeLeft + type.change * (0.32 / 0.72),
  };
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
  type: BoardType,
  meters: readonly MeterView[],
  previous: ReadonlyMap<string, number>,
  mode: MeterMotion,
  report: HudTextSink = () => undefined,
): Phaser.Tweens.Tween[] {
  const font = type.unit;
  const tweens: Phaser.Tweens.Tween[] = [];
  const box = scene.add.graphics();
  box.fillStyle(Palette.paper, 0.94);
  box.fillRoundedRect(rect.x, rect.y, rect.w, rect.h, font * 0.6);
  box.lineStyle(2, Palette.paperDeep, 1);
  box.strokeRoundedRect(rect.x, rect.y, rect.w, rect.h, font * 0.6);
  parent.add(box);
  const rowH = type.row;
  const iconR = font * 0.62;
  const labelX = rect.x + font * 0.6 + iconR * 2 + font * 0.5;
  const { labelRoom, labelDy, barX, barW, barDy, barH, valueX, changeX } = columns(rect, type, labelX);
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
    const label = scene.add.text(labelX, cy + labelDy, meter.label, {
      fontFamily: 'system-ui, sans-serif',
      fontSize: `${type.label}px`,
      color: css(Palette.ink),
      resolution: window.devicePixelRatio || 1,
    });
    label.setOrigin(0, 0.5);
    // A label longer than its column ends with an ellipsis rather than running under the bar.
    const shortened = fitWidth(label, meter.label, labelRoom);
    const track = scene.add.graphics();
    track.fillStyle(Palette.paperDeep, 1);
    const barY = cy + barDy;
    track.fillRoundedRect(barX, barY - barH / 2, barW, barH, barH / 2);
    const fill = scene.add.graphics();
    const draw = (ratio: number): void => {
      fill.clear();
      fill.fillStyle(colour, 1);
      if (ratio > 0)
        fill.fillRoundedRect(barX, barY - barH / 2, Math.max(barH, barW * ratio), barH, barH / 2);
    };
    const value = scene.add.text(valueX, cy, String(meter.value), {
      fontFamily: 'system-ui, sans-serif',
      fontSize: `${type.value}px`,
      fontStyle: 'bold',
      color: css(Palette.ink),
      resolution: window.devicePixelRatio || 1,
    });
    value.setOrigin(0, 0.5);
    parent.add([...objects, label, track, fill, value]);
    report(hudText('meter-label', label, type.label, rect, shortened));
    report(hudText('meter-value', value, type.value, rect));
    if (meter.delta !== 0) {
      const change = drawDelta(scene, changeX, cy, type.change, meter.delta);
      parent.add(change.box);
      report(hudText('meter-change', change.text, type.change, rect));
    }
    const before = previous.get(meter.id);
    if (mode === 'highlight' && before !== undefined && before !== meter.value) {
      // Where the bar was: a mark across the track, the bar at its value.
      const mark = scene.add.graphics();
      const x = barX + barW * ratioOf(meter, before);
      mark.lineStyle(Math.max(2, font * 0.14), Palette.ink, 1);
      mark.lineBetween(x, barY - Math.max(barH, font * 0.3), x, barY + Math.max(barH, font * 0.3));
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
