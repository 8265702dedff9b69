import type Phaser from 'phaser';
import type { ViewModel } from '../engine/view-model';
import { nameRing, nameStyle } from './actor-token';
import type { TerritoryLayout } from './layout';
import { placeNames, roomNames, type PlacedName } from './name-placement';

/** The actors' names of a redraw: their size, and each actor's name as placed (canvas pixels). */
export interface ActorLabels {
  size: number;
  names: Map<string, PlacedName>;
}

/**
 * Sizes and places the actors' names. For a room (training mode) they are at the room's type size, the
 * first name only (the full name and role are on the card when the actor speaks, and in the codex), placed
 * around the portrait where they cover nothing (src/scenes/name-placement.ts); elsewhere (solo, kiosk) the
 * full name at the screen's size, below the disc or above it, as before.
 */
export function actorLabels(
  scene: Phaser.Scene,
  view: ViewModel,
  points: ReadonlyMap<string, { x: number; y: number }>,
  layout: TerritoryLayout,
): ActorLabels {
  const speaker = view.card?.speaker.id ?? null;
  const room = layout.room;
  const size = room ?? Math.round(layout.font * (view.actors.length > 6 ? 0.78 : 0.95));
  const shown = room ? roomNames(view.actors.map((a) => a.name)) : view.actors.map((a) => [a.name]);
  // For a room, the speaker first, so it keeps its best place; then the map's order.
  const order = view.actors.map((actor, i) => ({ actor, texts: shown[i] ?? [actor.name] }));
  if (room) order.sort((a, b) => Number(b.actor.id === speaker) - Number(a.actor.id === speaker));
  const scratch = scene.add.text(0, 0, '').setVisible(false);
  const styles = new Map(view.actors.map((a) => [a.id, nameStyle(size, a.id === speaker, a.met)]));
  let measuring = '';
  const items = order.flatMap(({ actor, texts }) => {
    const point = points.get(actor.id);
    return point
      ? [
          {
            id: actor.id,
            x: point.x,
            y: point.y,
            r: layout.actorRadius * nameRing(actor.id === speaker),
            texts,
          },
        ]
      : [];
  });
  const names = placeNames(items, {
    mode: room ? 'room' : 'screen',
    bounds: layout.map,
    measure: (text, id) => {
      if (measuring !== id) {
        scratch.setStyle(styles.get(id) ?? {});
        measuring = id;
      }
      scratch.setText(text);
      return { w: scratch.width, h: scratch.height };
    },
  });
  scratch.destroy();
  return { size, names };
}
