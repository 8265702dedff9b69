import type Phaser from 'phaser';
import type { HudText } from './hud-texts';
import { drawInitiativeBadges, roomBadges, screenBadges } from './initiative-badges';
import type { TerritoryLayout } from './layout';
import { drawMeterBoard, roomBoard, screenBoard, type MeterMotion } from './meter-board';
import { drawProgressStrip } from './progress-strip';
import type { TerritoryFrame } from './view-bridge';

/** What a redraw of the map's overlays left: the bars' running tweens and the texts as drawn. */
export interface MapHud {
  tweens: Phaser.Tweens.Tween[];
  texts: HudText[];
}

/**
 * Draws what is read over the map: the method's progress strip, the initiatives and the meter board,
 * at the room's type size when the layout is a room's (training mode), at the screen's otherwise.
 * `names` are the actors' names as drawn, reported with the rest.
 */
export function drawMapHud(
  scene: Phaser.Scene,
  hud: Phaser.GameObjects.Container,
  frame: TerritoryFrame,
  layout: TerritoryLayout,
  motion: { change: MeterMotion; previous: ReadonlyMap<string, number> },
  names: readonly HudText[],
): MapHud {
  const view = frame.view;
  const font = layout.font;
  const texts: HudText[] = [...names];
  const report = (text: HudText): void => void texts.push(text);
  drawProgressStrip(scene, hud, layout.strip, font, view, frame.labels, report);
  if (layout.initiatives && view.initiatives.length > 0) {
    const box = layout.initiatives;
    const type = layout.room
      ? roomBadges(layout.room)
      : screenBadges(Math.min(font * 0.9, box.h / (view.initiatives.length * 2.6)));
    drawInitiativeBadges(scene, hud, box, type, view.initiatives, frame.labels, report);
  }
  let tweens: Phaser.Tweens.Tween[] = [];
  if (layout.meters && !frame.metersHidden) {
    const type = layout.room ? roomBoard(layout.room) : screenBoard(font);
    tweens = drawMeterBoard(
      scene,
      hud,
      layout.meters,
      type,
      view.meters,
      motion.previous,
      motion.change,
      report,
    );
  }
  return { tweens, texts };
}

/** What decides the overlays' drawing: when it is unchanged, they are kept as they are. */
export function mapHudKey(
  frame: TerritoryFrame,
  names: readonly HudText[],
  extras: readonly unknown[],
): string {
  const view = frame.view;
  return JSON.stringify([
    ...extras,
    names.map((name) => [name.x, name.y]),
    frame.metersHidden ?? false,
    view.meters.map((m) => [m.id, m.label, m.value, m.delta]),
    view.phase.step,
    view.phase.title,
    view.progress,
    view.initiatives,
    frame.labels ?? null,
  ]);
}

let measurer: CanvasRenderingContext2D | null = null;

/** The width of the widest of `texts` at a font size, as the map draws them (a canvas measure). */
export function widestText(texts: readonly string[], size: number): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return size * 17;
  const ctx = measurer;
  ctx.font = `${size}px system-ui, sans-serif`;
  return Math.max(0, ...texts.map((text) => ctx.measureText(text).width));
}
