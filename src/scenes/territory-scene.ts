import Phaser from 'phaser';
import type { ViewModel } from '../engine/view-model';
import { createActorToken, tokenSignature } from './actor-token';
import type { BootAsset } from './boot-scene';
import type { Diagnostics } from './diagnostics';
import { drawInitiativeBadges } from './initiative-badges';
import { actorPoint, layoutFor, type TerritoryLayout } from './layout';
import { drawMeterBoard } from './meter-board';
import { drawProgressStrip } from './progress-strip';
import { SceneKeys } from './scene-keys';
import { drawPlaceholderLand } from './territory-background';
import { ThreadLayer, pairKey } from './thread-layer';
import type { TerritoryFrame, ViewBridge } from './view-bridge';

/** Texture key of a map template's art. */
export const mapTextureKey = (template: string): string => `map-${template}`;

interface CachedToken {
  signature: string;
  token: Phaser.GameObjects.Container;
  label: Phaser.Geom.Rectangle;
}

/**
 * The territory: the map, the threads between actors (the ecosystem), the actors with their
 * portraits, the method's progress, the initiatives and the meters. It only renders the frames it
 * receives through the bridge and animates what changed since the frame before. Layers are kept
 * between frames and rebuilt only when their content changes: the map only on resize, an actor only
 * when its look changes, the threads into one shared Graphics (only changed threads animate).
 */
export class TerritoryScene extends Phaser.Scene {
  private land: Phaser.GameObjects.Container | null = null;
  private threads: ThreadLayer | null = null;
  private actors: Phaser.GameObjects.Container | null = null;
  private hud: Phaser.GameObjects.Container | null = null;
  private landKey = '';
  private hudKey = '';
  private hudTweens: Phaser.Tweens.Tween[] = [];
  private tokens = new Map<string, CachedToken>();
  private lastMeters = new Map<string, number>();
  private lastStrengths: Map<string, number> | null = null;
  private lastFrame: TerritoryFrame | null = null;
  private readonly requested = new Set<string>();

  constructor(
    private readonly bridge: ViewBridge,
    private readonly mapTemplate: (view: ViewModel) => string,
    private readonly extras: {
      diagnostics: Diagnostics | null;
      /** The textures a view needs (loaded on demand when missing). */
      assetsFor: (view: ViewModel) => ReadonlyMap<string, BootAsset>;
    } = { diagnostics: null, assetsFor: () => new Map() },
  ) {
    super({ key: SceneKeys.Territory });
  }

  create(): void {
    this.land = this.add.container(0, 0);
    const threadRoot = this.add.container(0, 0);
    this.threads = new ThreadLayer(this, threadRoot);
    this.actors = this.add.container(0, 0);
    this.hud = this.add.container(0, 0);
    const onResize = (): void => {
      if (this.lastFrame) this.draw(this.lastFrame, false);
    };
    const diagnostics = this.extras.diagnostics;
    const track = (add: () => () => unknown): (() => void) =>
      diagnostics ? diagnostics.track(add) : (add() as () => void);
    const offs = [
      track(() => this.bridge.subscribe((frame) => this.draw(frame, true))),
      track(() => {
        this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
        return () => this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      }),
    ];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const off of offs) off();
      this.tweens.killAll();
      this.threads?.destroy();
      this.threads = null;
      this.tokens.clear();
      this.land = this.actors = this.hud = null;
      this.landKey = this.hudKey = '';
      this.hudTweens = [];
      this.lastStrengths = null;
    });
    const frame = this.bridge.current();
    if (frame) this.draw(frame, false);
    this.bridge.emit({ type: 'scene-ready' });
  }

  /** Loads the textures a view needs that are not there yet, then draws the last frame again. */
  private loadMissing(view: ViewModel): void {
    let missing = 0;
    for (const [key, asset] of this.extras.assetsFor(view)) {
      if (this.textures.exists(key) || this.requested.has(key)) continue;
      this.requested.add(key);
      this.load.svg(key, asset.url, { width: asset.width, height: asset.height });
      missing++;
    }
    if (missing === 0) return;
    this.load.once(Phaser.Loader.Events.COMPLETE, () => {
      // New portraits replace the discs: forget the cached tokens and the map.
      for (const cached of this.tokens.values()) cached.token.destroy();
      this.tokens.clear();
      this.landKey = this.hudKey = '';
      if (this.lastFrame) this.draw(this.lastFrame, false);
    });
    this.load.start();
  }

  private draw(frame: TerritoryFrame, animate: boolean): void {
    if (!this.land || !this.actors || !this.hud || !this.threads) return;
    this.loadMissing(frame.view);
    const { width, height } = this.scale;
    const view = frame.view;
    const layout = layoutFor(width, height, frame.panel, view.meters.length, view.actors.length);
    const motion = animate && !frame.reducedMotion;
    const template = this.mapTemplate(view);
    const landKey = `${width}x${height}|${frame.panel}|${template}`;
    if (landKey !== this.landKey) {
      this.drawLand(this.land, template, width, height, layout);
      this.landKey = landKey;
    }
    const points = new Map(view.actors.map((actor) => [actor.id, actorPoint(layout, actor.x, actor.y)]));
    const strengths = new Map(view.links.map((link) => [pairKey(link.from, link.to), link.strength]));
    this.threads.render(view.links, points, this.lastStrengths, motion, layout.actorRadius / 26);
    this.lastStrengths = strengths;
    this.drawActors(this.actors, view, points, layout, motion);
    this.drawHud(this.hud, frame, layout, motion);
    this.lastMeters = new Map(view.meters.map((m) => [m.id, m.value]));
    this.lastFrame = frame;
  }

  private drawLand(
    land: Phaser.GameObjects.Container,
    template: string,
    width: number,
    height: number,
    layout: TerritoryLayout,
  ): void {
    land.removeAll(true);
    const key = mapTextureKey(template);
    if (this.textures.exists(key)) {
      const image = this.add.image(width / 2, height / 2, key);
      image.setScale(Math.max(width / image.width, height / image.height));
      land.add(image);
      return;
    }
    const g = this.add.graphics();
    drawPlaceholderLand(g, width, height, layout.map);
    land.add(g);
  }

  private drawActors(
    layer: Phaser.GameObjects.Container,
    view: ViewModel,
    points: ReadonlyMap<string, { x: number; y: number }>,
    layout: TerritoryLayout,
    motion: boolean,
  ): void {
    const speaker = view.card?.speaker.id ?? null;
    const labels: Phaser.Geom.Rectangle[] = [];
    const nameSize = Math.round(layout.font * (view.actors.length > 6 ? 0.78 : 0.95));
    const seen = new Set<string>();
    for (const actor of view.actors) {
      const point = points.get(actor.id);
      if (!point) continue;
      seen.add(actor.id);
      const options = { radius: layout.actorRadius, nameSize, speaking: actor.id === speaker, labels };
      const signature = tokenSignature(actor, point.x, point.y, options);
      const cached = this.tokens.get(actor.id);
      if (cached && cached.signature === signature) {
        labels.push(cached.label);
        continue;
      }
      if (cached) {
        this.tweens.killTweensOf(cached.token);
        cached.token.destroy();
      }
      const token = createActorToken(this, actor, point.x, point.y, options);
      const label = labels[labels.length - 1] ?? new Phaser.Geom.Rectangle();
      layer.add(token);
      this.tokens.set(actor.id, { signature, token, label });
      if (options.speaking && motion) {
        this.tweens.add({
          targets: token,
          scale: { from: 0.85, to: 1 },
          duration: 500,
          ease: 'Back.easeOut',
        });
      }
    }
    for (const [id, cached] of this.tokens) {
      if (seen.has(id)) continue;
      this.tweens.killTweensOf(cached.token);
      cached.token.destroy();
      this.tokens.delete(id);
    }
    // The speaker on top of its neighbours.
    const speaking = speaker ? this.tokens.get(speaker) : undefined;
    if (speaking) layer.bringToTop(speaking.token);
  }

  private drawHud(
    hud: Phaser.GameObjects.Container,
    frame: TerritoryFrame,
    layout: TerritoryLayout,
    motion: boolean,
  ): void {
    const view = frame.view;
    const key = JSON.stringify([
      this.landKey,
      view.meters.map((m) => [m.id, m.label, m.value, m.delta]),
      view.phase.step,
      view.phase.title,
      view.progress,
      view.initiatives,
      frame.labels ?? null,
    ]);
    if (key === this.hudKey) return;
    this.hudKey = key;
    for (const tween of this.hudTweens) tween.remove();
    this.hudTweens = [];
    hud.removeAll(true);
    drawProgressStrip(this, hud, layout.strip, layout.font, view, frame.labels);
    const font = layout.font;
    if (layout.initiatives && view.initiatives.length > 0) {
      const box = layout.initiatives;
      const size = Math.min(font * 0.9, box.h / (view.initiatives.length * 2.6));
      drawInitiativeBadges(this, hud, box.x, box.y, box.w, size, view.initiatives, frame.labels);
    }
    if (layout.meters)
      this.hudTweens = drawMeterBoard(this, hud, layout.meters, font, view.meters, this.lastMeters, motion);
  }
}
