import type Phaser from 'phaser';
import type { ViewModel } from '../engine/view-model';
import { METHOD_STEPS } from '../core/vocabulary';
import { hudText, type HudTextSink } from './hud-texts';
import type { Rect } from './layout';
import { Palette, css } from './palette';
import type { TerritoryLabels } from './territory-labels';

/** Height of the strip for a font size. */
export const stripHeight = (font: number): number => font * 3.3;

/**
 * The method's five steps as a row of numbered stations, the current one larger with a thick ring
 * and its name written out in full (on two lines when the strip is too narrow for one: never cut), the
 * finished ones ticked (shape and text, not colour alone); below, how far the game has come: "turn n
 * of m" and a thin bar. The step's name is reported to `report` (kind `step-name`).
 */
export function drawProgressStrip(
  scene: Phaser.Scene,
  parent: Phaser.GameObjects.Container,
  area: Rect,
  font: number,
  view: ViewModel,
  labels: TerritoryLabels | undefined,
  report?: HudTextSink,
): void {
  const current = METHOD_STEPS.indexOf(view.phase.step);
  const r = font * 0.62;
  const gap = font * 2.1;
  const x0 = area.x + font * 0.6 + r;
  const cy = area.y + font * 0.5 + r;
  const name = labels?.steps?.[view.phase.step] ?? view.phase.title;
  const progress = labels?.progress ?? `${view.progress.turn} / ${view.progress.expectedTurns}`;
  // The strip grows with the step's name (and the progress line), up to the map's width.
  const textX = x0 + gap * (METHOD_STEPS.length - 1) + r * 1.6 + font * 0.4;
  const stepName = scene.add.text(textX, cy, name, {
    fontFamily: 'system-ui, sans-serif',
    fontSize: `${Math.round(font * 0.8)}px`,
    fontStyle: 'bold',
    color: css(Palette.ink),
    resolution: 2,
  });
  stepName.setOrigin(0, 0.5);
  const barW = font * 6;
  const turns = scene.add.text(area.x + font * 0.6 + barW + font * 0.5, 0, progress, {
    fontFamily: 'system-ui, sans-serif',
    fontSize: `${Math.round(font * 0.72)}px`,
    color: css(Palette.ink),
    resolution: 2,
  });
  turns.setOrigin(0, 0.5);
  const wanted = Math.max(
    textX - area.x + stepName.width + font * 0.8,
    font * 7.1 + turns.width + font * 0.8,
    gap * (METHOD_STEPS.length - 1) + r * 2 + font * 12,
  );
  const stripW = Math.min(area.w - font, wanted);
  // No room for the whole name on one line (narrow screens): it wraps onto a second line, from the
  // strip's top, above the progress line; a name still too long takes a smaller size, never a cut.
  const room = Math.max(font * 3, area.x + stripW - textX - font * 0.4);
  let nameSize = Math.round(font * 0.8);
  if (stepName.width > room) {
    stepName.setWordWrapWidth(room, true);
    stepName.setOrigin(0, 0);
    // Above the progress line (its "turn n of m" may reach under the name).
    const fits = (): boolean => stepName.height <= stripHeight(font) - font * 1.5;
    while (!fits() && nameSize > font * 0.55) {
      nameSize -= 1;
      stepName.setFontSize(nameSize);
    }
    stepName.setY(area.y + font * 0.15);
  }
  const g = scene.add.graphics();
  g.fillStyle(Palette.paper, 0.92);
  g.fillRoundedRect(area.x, area.y, stripW, stripHeight(font), font * 0.5);
  g.lineStyle(1.5, Palette.paperDeep, 1);
  g.strokeRoundedRect(area.x, area.y, stripW, stripHeight(font), font * 0.5);
  g.lineStyle(Math.max(2, font * 0.14), Palette.inkSoft, 0.6);
  g.lineBetween(x0, cy, x0 + gap * (METHOD_STEPS.length - 1), cy);
  const texts: Phaser.GameObjects.Text[] = [];
  METHOD_STEPS.forEach((_step, i) => {
    const x = x0 + gap * i;
    if (i === current) {
      g.fillStyle(Palette.ink, 1);
      g.fillCircle(x, cy, r * 1.25);
      g.lineStyle(Math.max(2, font * 0.15), Palette.cooperation, 1);
      g.strokeCircle(x, cy, r * 1.25 + font * 0.16);
    } else if (i < current) {
      g.fillStyle(Palette.cooperation, 1);
      g.fillCircle(x, cy, r);
      // A tick: this step is done.
      g.lineStyle(Math.max(2, font * 0.14), Palette.white, 1);
      g.beginPath();
      g.moveTo(x - r * 0.45, cy);
      g.lineTo(x - r * 0.1, cy + r * 0.38);
      g.lineTo(x + r * 0.5, cy - r * 0.35);
      g.strokePath();
    } else {
      g.fillStyle(Palette.paper, 1);
      g.fillCircle(x, cy, r);
      g.lineStyle(Math.max(1.5, font * 0.1), Palette.inkSoft, 1);
      g.strokeCircle(x, cy, r);
    }
    if (i >= current) {
      const number = scene.add.text(x, cy, String(i + 1), {
        fontFamily: 'system-ui, sans-serif',
        fontSize: `${Math.round(font * (i === current ? 0.85 : 0.7))}px`,
        fontStyle: 'bold',
        color: css(i === current ? Palette.white : Palette.inkSoft),
        resolution: 2,
      });
      number.setOrigin(0.5, 0.5);
      texts.push(number);
    }
  });
  const barY = area.y + stripHeight(font) - font * 0.95;
  const barX = area.x + font * 0.6;
  g.fillStyle(Palette.paperDeep, 1);
  g.fillRoundedRect(barX, barY - font * 0.15, barW, font * 0.3, font * 0.15);
  g.fillStyle(Palette.ink, 1);
  g.fillRoundedRect(
    barX,
    barY - font * 0.15,
    Math.max(font * 0.3, barW * view.progress.ratio),
    font * 0.3,
    font * 0.15,
  );
  turns.setY(barY);
  parent.add([g, ...texts, stepName, turns]);
  report?.(
    hudText('step-name', stepName, nameSize, { x: area.x, y: area.y, w: stripW, h: stripHeight(font) }),
  );
}
