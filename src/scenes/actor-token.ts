import type Phaser from 'phaser';
import type { ActorView } from '../engine/view-model';
import { drawFamilySymbol } from './family-symbols';
import { FamilyColours, Palette, css } from './palette';

/** Texture key of a portrait's art as loaded. */
export const portraitTextureKey = (portrait: string): string => `portrait-src-${portrait}`;

/** Size of the round portrait textures, in pixels (drawn smaller on screen). */
const ROUND_SIZE = 160;

/**
 * The round version of a loaded portrait (cut once with the 2D context's clip, then reused), or null
 * when the portrait's art is not loaded. Works with the Canvas renderer, where masks are costly.
 */
export function roundPortrait(scene: Phaser.Scene, portrait: string): string | null {
  const key = `portrait-round-${portrait}`;
  if (scene.textures.exists(key)) return key;
  const source = portraitTextureKey(portrait);
  if (!scene.textures.exists(source)) return null;
  const image = scene.textures.get(source).getSourceImage() as CanvasImageSource;
  const canvas = scene.textures.createCanvas(key, ROUND_SIZE, ROUND_SIZE);
  const ctx = canvas?.getContext();
  if (!canvas || !ctx) return null;
  ctx.save();
  ctx.beginPath();
  ctx.arc(ROUND_SIZE / 2, ROUND_SIZE / 2, ROUND_SIZE / 2, 0, Math.PI * 2);
  ctx.clip();
  // The art has a soft margin: zoom in a little so the face fills the disc.
  const inset = ROUND_SIZE * 0.06;
  ctx.drawImage(image, -inset, -inset, ROUND_SIZE + inset * 2, ROUND_SIZE + inset * 2);
  ctx.restore();
  canvas.refresh();
  return key;
}

/** How an actor is drawn. */
export interface TokenOptions {
  radius: number;
  nameSize: number;
  speaking: boolean;
  /** The name as written and its box's top left corner, from the disc's centre (src/scenes/name-placement.ts). */
  label: { text: string; dx: number; dy: number };
}

/** Distance from an actor's centre to its name, in disc radii (the speaker's halo is wider). */
export const nameRing = (speaking: boolean): number => (speaking ? 1.38 : 1.16);

/** The style of an actor's name (shared by the token and the measure that places it). */
export function nameStyle(
  size: number,
  speaking: boolean,
  met: boolean,
): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: 'system-ui, sans-serif',
    fontSize: `${size}px`,
    fontStyle: speaking ? 'bold' : '600',
    color: css(met || speaking ? Palette.ink : Palette.inkSoft),
    stroke: css(Palette.paper),
    strokeThickness: Math.round(size * 0.4),
    resolution: Math.min(2, window.devicePixelRatio || 1),
  };
}

/** What decides an actor's drawing: when it is unchanged, the token is kept as is. */
export function tokenSignature(actor: ActorView, x: number, y: number, options: TokenOptions): string {
  return [
    actor.id,
    actor.name,
    actor.portrait,
    actor.family,
    actor.met,
    options.speaking,
    x,
    y,
    options.radius,
    options.nameSize,
    options.label.text,
    options.label.dx,
    options.label.dy,
  ].join('|');
}

/**
 * An actor on the map: the portrait in a round frame with a ring of the family's colour, a badge
 * with the family's symbol (so the family reads without colour), the name where it was placed. An actor not met
 * yet is faded with a dashed ring; the speaker stands on a paper halo with a thick ink ring.
 */
export function createActorToken(
  scene: Phaser.Scene,
  actor: ActorView,
  x: number,
  y: number,
  options: TokenOptions,
): Phaser.GameObjects.Container {
  const r = options.radius;
  const colour = FamilyColours[actor.family];
  const token = scene.add.container(x, y);
  const back = scene.add.graphics();
  if (options.speaking) {
    back.fillStyle(Palette.paper, 1);
    back.fillCircle(0, 0, r * 1.34);
    back.lineStyle(Math.max(3, r * 0.1), Palette.ink, 1);
    back.strokeCircle(0, 0, r * 1.34);
  }
  back.fillStyle(colour, 1);
  back.fillCircle(0, 0, r + Math.max(3, r * 0.12));
  token.add(back);
  const round = roundPortrait(scene, actor.portrait);
  if (round) {
    const face = scene.add.image(0, 0, round);
    face.setDisplaySize(r * 2, r * 2);
    token.add(face);
  } else {
    const disc = scene.add.graphics();
    disc.fillStyle(colour, 1);
    disc.fillCircle(0, 0, r);
    drawFamilySymbol(disc, actor.family, 0, 0, r, Palette.white);
    token.add(disc);
  }
  const front = scene.add.graphics();
  if (!actor.met && !options.speaking) {
    // Not met yet: a veil over the face, and a dashed paper ring (shape, not only fading).
    front.fillStyle(Palette.paper, 0.45);
    front.fillCircle(0, 0, r);
    front.lineStyle(Math.max(2, r * 0.08), Palette.paper, 1);
    for (let i = 0; i < 12; i++) {
      const a0 = (i / 12) * Math.PI * 2;
      front.beginPath();
      front.arc(0, 0, r + Math.max(3, r * 0.12) * 0.5, a0, a0 + Math.PI / 12);
      front.strokePath();
    }
  }
  // The family badge, bottom right: a white disc with the family's symbol in its colour.
  const br = Math.max(9, r * 0.42);
  const bx = r * 0.74;
  const by = r * 0.74;
  front.fillStyle(Palette.white, 1);
  front.fillCircle(bx, by, br);
  front.lineStyle(Math.max(1.5, br * 0.16), colour, 1);
  front.strokeCircle(bx, by, br);
  drawFamilySymbol(front, actor.family, bx, by, br * 0.95, colour);
  token.add(front);
  const name = scene.add.text(
    options.label.dx,
    options.label.dy,
    options.label.text,
    nameStyle(options.nameSize, options.speaking, actor.met),
  );
  token.add(name);
  token.setAlpha(actor.met || options.speaking ? 1 : 0.72);
  token.setSize(r * 2, r * 2);
  return token;
}
