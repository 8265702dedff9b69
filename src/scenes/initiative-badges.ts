import type Phaser from 'phaser';
import type { InitiativeView } from '../engine/view-model';
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

/**
 * The initiatives as small badges stacked from (x, y) downwards: a seedling, the name, the state in
 * words and three growth dots (a cross when it failed), so the state reads without colour.
 * Returns the height used.
 */
export function drawInitiativeBadges(
  scene: Phaser.Scene,
  parent: Phaser.GameObjects.Container,
  x: number,
  y: number,
  width: number,
  font: number,
  initiatives: readonly InitiativeView[],
  labels: TerritoryLabels | undefined,
): number {
  const rowH = font * 2.3;
  const size = font * 0.72;
  initiatives.forEach((initiative, i) => {
    const top = y + i * (rowH + font * 0.3);
    const failed = initiative.state === 'failed';
    const g = scene.add.graphics();
    g.fillStyle(Palette.paper, 0.94);
    g.fillRoundedRect(x, top, width, rowH, font * 0.45);
    g.lineStyle(1.5, failed ? Palette.inkSoft : Palette.fieldDeep, 1);
    g.strokeRoundedRect(x, top, width, rowH, font * 0.45);
    const iconX = x + font * 0.3 + font * 0.75;
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
    const textX = iconX + font;
    const name = scene.add.text(textX, top + font * 0.22, initiative.name, {
      fontFamily: 'system-ui, sans-serif',
      fontSize: `${Math.round(font * 0.7)}px`,
      fontStyle: 'bold',
      color: css(Palette.ink),
      resolution: 2,
    });
    const room = x + width - textX - font * 0.3;
    if (name.width > room) {
      // Long names end with an ellipsis rather than being cut mid-letter.
      let text = initiative.name;
      while (text.length > 4 && name.width > room) {
        text = text.slice(0, -2);
        name.setText(`${text.trimEnd()}…`);
      }
    }
    const state = labels?.states?.[initiative.state] ?? initiative.state;
    const stateText = scene.add.text(textX + size * 3.6, top + rowH - font * 0.2, state, {
      fontFamily: 'system-ui, sans-serif',
      fontSize: `${Math.round(font * 0.66)}px`,
      fontStyle: failed ? 'italic' : 'normal',
      color: css(Palette.inkSoft),
      resolution: 2,
    });
    stateText.setOrigin(0, 1);
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
  });
  return initiatives.length * (rowH + font * 0.3);
}

/** How many growth dots a state fills. */
export const initiativeGrowth = (state: InitiativeView['state']): number => GROWTH[state];
