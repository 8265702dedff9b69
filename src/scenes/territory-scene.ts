import Phaser from 'phaser';
import type { ActorView, LinkView, ViewModel } from '../engine/view-model';
import { drawFamilySymbol } from './family-symbols';
import { actorPoint, layoutFor, type TerritoryLayout } from './layout';
import { drawMeterBoard } from './meter-board';
import { FamilyColours, Palette, css } from './palette';
import { SceneKeys } from './scene-keys';
import { drawPlaceholderLand } from './territory-background';
import type { TerritoryFrame, ViewBridge } from './view-bridge';

/** Texture key of a map template's art. */
export const mapTextureKey = (template: string): string => `map-${template}`;

/**
 * The territory: the map, the actors as family-coloured discs with their family's symbol and name,
 * the threads between linked actors (thicker when stronger), and the meters. It only renders the
 * frames it receives through the bridge, and animates what changed since the previous one.
 */
export class TerritoryScene extends Phaser.Scene {
  private root: Phaser.GameObjects.Container | null = null;
  private lastMeters = new Map<string, number>();
  private lastFrame: TerritoryFrame | null = null;

  constructor(
    private readonly bridge: ViewBridge,
    private readonly mapTemplate: (view: ViewModel) => string,
  ) {
    super({ key: SceneKeys.Territory });
  }

  create(): void {
    this.root = this.add.container(0, 0);
    const off = this.bridge.subscribe((frame) => this.draw(frame, true));
    const onResize = (): void => {
      if (this.lastFrame) this.draw(this.lastFrame, false);
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      off();
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.tweens.killAll();
      this.root = null;
    });
    const frame = this.bridge.current();
    if (frame) this.draw(frame, false);
    this.bridge.emit({ type: 'scene-ready' });
  }

  private draw(frame: TerritoryFrame, animate: boolean): void {
    const root = this.root;
    if (!root) return;
    this.tweens.killAll();
    root.removeAll(true);
    const { width, height } = this.scale;
    const view = frame.view;
    const layout = layoutFor(width, height, frame.panel, view.meters.length, view.actors.length);
    const motion = animate && !frame.reducedMotion;
    this.drawLand(root, view, width, height, layout);
    const points = new Map(view.actors.map((actor) => [actor.id, actorPoint(layout, actor.x, actor.y)]));
    const threads = this.add.graphics();
    root.add(threads);
    for (const link of view.links) this.drawThread(threads, root, link, points, motion);
    const speaker = view.card?.speaker.id ?? null;
    const labels: Phaser.Geom.Rectangle[] = [];
    const nameSize = Math.round(layout.font * (view.actors.length > 6 ? 0.8 : 1));
    for (const actor of view.actors) {
      const options = { speaking: actor.id === speaker, motion, nameSize, labels };
      this.drawActor(root, actor, points.get(actor.id), layout, options);
    }
    if (layout.meters)
      drawMeterBoard(this, root, layout.meters, layout.font, view.meters, this.lastMeters, motion);
    this.lastMeters = new Map(view.meters.map((m) => [m.id, m.value]));
    this.lastFrame = frame;
  }

  private drawLand(
    root: Phaser.GameObjects.Container,
    view: ViewModel,
    width: number,
    height: number,
    layout: TerritoryLayout,
  ): void {
    const key = mapTextureKey(this.mapTemplate(view));
    if (this.textures.exists(key)) {
      const image = this.add.image(width / 2, height / 2, key);
      image.setScale(Math.max(width / image.width, height / image.height));
      root.add(image);
      return;
    }
    const land = this.add.graphics();
    drawPlaceholderLand(land, width, height, layout.map);
    root.add(land);
  }

  private drawThread(
    g: Phaser.GameObjects.Graphics,
    root: Phaser.GameObjects.Container,
    link: LinkView,
    points: ReadonlyMap<string, { x: number; y: number }>,
    motion: boolean,
  ): void {
    const a = points.get(link.from);
    const b = points.get(link.to);
    if (!a || !b) return;
    if (link.change === 'new' || link.change === 'stronger' || link.change === 'broken') {
      // Changed threads get their own object so they can fade in (or out).
      const own = this.add.graphics();
      own.lineStyle(link.change === 'broken' ? 3 : 2 + link.strength * 2.5, Palette.thread, 0.85);
      own.lineBetween(a.x, a.y, b.x, b.y);
      root.add(own);
      const target = link.change === 'broken' ? 0 : 1;
      own.setAlpha(motion ? 1 - target : target);
      if (motion) this.tweens.add({ targets: own, alpha: target, duration: 900, ease: 'Sine.easeInOut' });
      return;
    }
    g.lineStyle(2 + link.strength * 2.5, Palette.thread, 0.85);
    g.lineBetween(a.x, a.y, b.x, b.y);
  }

  private drawActor(
    root: Phaser.GameObjects.Container,
    actor: ActorView,
    point: { x: number; y: number } | undefined,
    layout: TerritoryLayout,
    options: { speaking: boolean; motion: boolean; nameSize: number; labels: Phaser.Geom.Rectangle[] },
  ): void {
    if (!point) return;
    const { speaking, motion } = options;
    const r = layout.actorRadius;
    const disc = this.add.graphics({ x: point.x, y: point.y });
    if (speaking) {
      disc.fillStyle(Palette.paper, 1);
      disc.fillCircle(0, 0, r * 1.32);
      disc.lineStyle(4, Palette.ink, 1);
      disc.strokeCircle(0, 0, r * 1.32);
    }
    disc.fillStyle(FamilyColours[actor.family], 1);
    disc.fillCircle(0, 0, r);
    disc.lineStyle(3, Palette.white, 1);
    disc.strokeCircle(0, 0, r);
    drawFamilySymbol(disc, actor.family, 0, 0, r, Palette.white);
    disc.setAlpha(actor.met || speaking ? 1 : 0.7);
    const ring = speaking ? 1.42 : 1.12;
    const name = this.add.text(point.x, point.y + r * ring, actor.name, {
      fontFamily: 'system-ui, sans-serif',
      fontSize: `${options.nameSize}px`,
      fontStyle: 'bold',
      color: css(Palette.ink),
      stroke: css(Palette.paper),
      strokeThickness: Math.round(options.nameSize * 0.35),
      resolution: window.devicePixelRatio || 1,
    });
    name.setOrigin(0.5, 0);
    // Names that would overlap an earlier one go above the disc instead.
    const below = name.getBounds();
    if (options.labels.some((other) => Phaser.Geom.Intersects.RectangleToRectangle(other, below))) {
      name.setOrigin(0.5, 1);
      name.setY(point.y - r * ring);
    }
    options.labels.push(name.getBounds());
    root.add([disc, name]);
    if (speaking && motion) {
      this.tweens.add({ targets: disc, scale: { from: 0.85, to: 1 }, duration: 500, ease: 'Back.easeOut' });
    }
  }
}
