import type Phaser from 'phaser';
import type { InitiativeView } from '../engine/view-model';
import { fitWidth, hudText, type HudTextSink } from './hud-texts';
import { Palette, css } from './palette';
import type { TerritoryLabels } from './territory-labels';

/** Texture key of the seedling icon. */
export const INITIATIVE_ICON = 'icon-initiative';

/** How many of the three growth dots a state fills (failed: none, drawn crossed). */
const GROWTH: Record<InitiativeView['state'], number> = {
  idea: 0,
  emerging: 1,
  running: 2,
  consolidated: 3,
  failed: 0,
};

/** How the badges are drawn: one unit for their spacing, and their texts' sizes. */
export interface BadgeType {
  unit: number;
  name: number;
  state: number;
  /**
   * Long names wrap onto more lines and each badge is as tall as its text (the room's column); otherwise
   * every badge is one row tall and a long name ends with an ellipsis.
   */
  wrap: boolean;
}

/** The badges on an ordinary screen, from their unit. */
export const screenBadges = (unit: number): BadgeType => ({
  unit,
  name: Math.round(unit * 0.7),
  state: Math.round(unit * 0.66),
  wrap: false,
});

/** The badges a room reads: names and states at the room's type size. */
export const roomBadges = (room: number): BadgeType => ({
  unit: room * 0.9,
  name: room,
  state: room,
  wrap: true,
});

/**
 * The initiatives as badges stacked from (x, y) downwards: a seedling, the name, the state in words and
 * three growth dots (a cross when it failed), so the state reads without colour. Returns the height used.
 */
export function drawInitiativeBadges(
  scene: Phaser.Scene,
  parent: Phaser.GameObjects.Container,
  area: { x: number; y: number; w: number },
  type: BadgeType,
  initiatives: readonly InitiativeView[],
  labels: TerritoryLabels | undefined,
  report: HudTextSink = () => undefined,
): number {
  const { x, w: width } = area;
  const font = type.unit;
  const size = font * 0.72;
  const gap = font * 0.3;
  let top = area.y;
  for (const initiative of initiatives) {
    const failed = initiative.state === 'failed';
    const g = scene.add.graphics();
    const iconX = x + font * 0.3 + font * 0.75;
    const textX = iconX + font;
    const room = x + width - textX - font * 0.3;
    const name = scene.add.text(textX, top + font * 0.22, initiative.name, {
      fontFamily: 'system-ui, sans-serif',
      fontSize: `${type.name}px`,
      fontStyle: 'bold',
      color: css(Palette.ink),
      resolution: 2,
      ...(type.wrap ? { wordWrap: { width: room } } : {}),
    });
    // Long names end with an ellipsis rather than being cut mid-letter (a word too long for a line, too).
    const shortened = fitWidth(name, initiative.name, room);
    const state = labels?.states?.[initiative.state] ?? initiative.state;
    const stateText = scene.add.text(textX + size * 3.6, 0, state, {
      fontFamily: 'system-ui, sans-serif',
      fontSize: `${type.state}px`,
      fontStyle: failed ? 'italic' : 'normal',
      color: css(Palette.inkSoft),
      resolution: 2,
    });
    stateText.setOrigin(0, 1);
    const rowH = type.wrap ? font * 0.22 + name.height + stateText.height + font * 0.25 : font * 2.3;
    const box = { x, y: top, w: width, h: rowH };
    g.fillStyle(Palette.paper, 0.94);
    g.fillRoundedRect(x, top, width, rowH, font * 0.45);
    g.lineStyle(1.5, failed ? Palette.inkSoft : Palette.fieldDeep, 1);
    g.strokeRoundedRect(x, top, width, rowH, font * 0.45);
    const cy = top + rowH / 2;
    const objects: Phaser.GameObjects.GameObject[] = [g];
    if (scene.textures.exists(INITIATIVE_ICON)) {
      const icon = scene.add.image(iconX, cy, INITIATIVE_ICON);
      icon.setDisplaySize(font * 1.5, font * 1.5);
      icon.setAlpha(failed ? 0.45 : 1);
      objects.push(icon);
    } else {
      g.fillStyle(Palette.cooperation, 1);
      g.fillCircle(iconX, cy, font * 0.55);
    }
    stateText.setY(top + rowH - font * 0.2);
    const dotY = top + rowH - font * 0.2 - stateText.height / 2;
    const filled = GROWTH[initiative.state];
    for (let d = 0; d < 3; d++) {
      const dx = textX + size * 0.5 + d * size * 1.05;
      if (d < filled) {
        g.fillStyle(Palette.cooperation, 1);
        g.fillCircle(dx, dotY, size * 0.4);
      } else {
        g.lineStyle(1.5, Palette.inkSoft, 1);
        g.strokeCircle(dx, dotY, size * 0.36);
      }
    }
    if (failed) {
      g.lineStyle(2, Palette.ink, 1);
      g.lineBetween(textX, dotY - size * 0.5, textX + size * 3, dotY + size * 0.5);
    }
    objects.push(name, stateText);
    parent.add(objects);
    report(hudText('initiative-name', name, type.name, box, shortened));
    report(hudText('initiative-state', stateText, type.state, box));
    top += rowH + gap;
  }
  return top - area.y;
}

/** How many growth dots a state fills. */
export const initiativeGrowth = (state: InitiativeView['state']): number => GROWTH[state];
