import Phaser from 'phaser';
import type { ViewModel } from '../engine/view-model';
import { actorLabels } from './actor-labels';
import { createActorToken, tokenSignature } from './actor-token';
import type { BootAsset } from './boot-scene';
import type { Diagnostics } from '../adapters/diagnostics';
import type { HudText } from './hud-texts';
import { actorPoint, layoutFor, type TerritoryLayout } from './layout';
import { frameChange, replayTimeScale, REPLAY_NATURAL_MS } from './frame-change';
import { drawMapHud, mapHudKey, widestText } from './map-hud';
import type { MeterMotion } from './meter-board';
import { SceneKeys } from './scene-keys';
import { StillCanvas, mapTextureKey } from './still-canvas';
import { ThreadLayer, pairKey } from './thread-layer';
import type { TerritoryFrame, ViewBridge } from './view-bridge';

/** Below this canvas size the territory is not drawn. */
const MIN_CANVAS = { width: 240, height: 160 };

export { mapTextureKey };

interface CachedToken {
  signature: string;
  token: Phaser.GameObjects.Container;
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
  /** The last replay request drawn (TerritoryReplay.count). */
  private replayed = 0;
  /** Whether the meter board is on the map (told to the shell when it changes). */
  private boardShown: boolean | null = null;
  private readonly requested = new Set<string>();
  private still: StillCanvas | null = null;
  private idleFrames = 0;

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
    this.still = new StillCanvas(this, this.land);
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
    offs.push(
      track(() => {
        // The ScaleManager reads the new size on the game loop: wake it up on every resize.
        const wake = (): void => this.wake();
        window.addEventListener('resize', wake);
        return () => window.removeEventListener('resize', wake);
      }),
    );
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
      this.still?.destroy();
      this.still = null;
    });
    const frame = this.bridge.current();
    if (frame) this.draw(frame, false);
    this.bridge.emit({ type: 'scene-ready' });
  }

  /**
   * Puts the game loop to sleep once nothing moves: the canvas then stays the same image and costs
   * the browser nothing per frame. Every new frame, resize or load wakes it up.
   */
  override update(): void {
    if (this.tweens.getTweens().length > 0 || this.load.isLoading()) {
      this.idleFrames = 0;
      return;
    }
    // A few frames more so the last tween step is on screen.
    if (++this.idleFrames > 3) this.game.loop.sleep();
  }

  private wake(): void {
    this.idleFrames = 0;
    if (!this.game.loop.running) this.game.loop.wake();
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
    if (!this.land || !this.actors || !this.hud || !this.threads || !this.still) return;
    this.wake();
    this.loadMissing(frame.view);
    const { width, height } = this.scale;
    // A window dragged to a sliver: nothing useful fits (and shapes would get negative sizes); the DOM
    // panels carry the game, the canvas stays blank until there is room again.
    const drawable = width >= MIN_CANVAS.width && height >= MIN_CANVAS.height;
    this.cameras.main.setVisible(drawable);
    if (!drawable) {
      this.lastFrame = frame;
      return;
    }
    const view = frame.view;
    const layout = layoutFor(width, height, frame.panel, {
      meters: view.meters.length,
      actors: view.actors.length,
      initiatives: view.initiatives.length,
      room: frame.room ?? false,
      labelWidth: (size) =>
        widestText(
          view.meters.map((m) => m.label),
          size,
        ),
    });
    const template = this.mapTemplate(view);
    const landKey = `${width}x${height}|${frame.panel}|${frame.room ?? false}|${template}|${this.textures.exists(mapTextureKey(template))}`;
    const still = this.still.paint(template, width, height, layout, landKey !== this.landKey);
    this.landKey = landKey;
    const points = new Map(view.actors.map((actor) => [actor.id, actorPoint(layout, actor.x, actor.y)]));
    const strengths = new Map(view.links.map((link) => [pairKey(link.from, link.to), link.strength]));
    const meters = new Map(view.meters.map((m) => [m.id, m.value]));
    // A new replay request plays the last change again from its `before` values.
    const change = frameChange(
      frame,
      animate,
      this.replayed,
      { strengths, meters },
      { strengths: this.lastStrengths, meters: this.lastMeters },
    );
    if (change.replay) this.replayed = change.replay.count;
    // A replay for a room lasts as long as asked: the tweens of this frame run slower (never faster).
    this.tweens.timeScale = change.replay ? replayTimeScale(change.replay.durationMs) : 1;
    const ctx = still ?? document.createElement('canvas').getContext('2d');
    if (ctx)
      this.threads.render(
        ctx,
        view.links,
        points,
        change.threadsBefore,
        change.mode,
        layout.actorRadius / 26,
      );
    this.still.refresh();
    this.lastStrengths = strengths;
    const names = this.drawActors(
      this.actors,
      view,
      points,
      layout,
      change.mode === 'animate' && !change.replay,
    );
    this.drawHud(this.hud, frame, layout, change.mode, change.metersBefore, names);
    this.lastMeters = meters;
    this.lastFrame = frame;
    if (change.replay)
      this.bridge.emit({
        type: 'replayed',
        count: change.replay.count,
        animated: change.mode === 'animate',
        durationMs: Math.round(REPLAY_NATURAL_MS / this.tweens.timeScale),
      });
  }

  private drawActors(
    layer: Phaser.GameObjects.Container,
    view: ViewModel,
    points: ReadonlyMap<string, { x: number; y: number }>,
    layout: TerritoryLayout,
    motion: boolean,
  ): HudText[] {
    const speaker = view.card?.speaker.id ?? null;
    const { size: nameSize, names } = actorLabels(this, view, points, layout);
    const seen = new Set<string>();
    for (const actor of view.actors) {
      const point = points.get(actor.id);
      const name = names.get(actor.id);
      if (!point || !name) continue;
      seen.add(actor.id);
      const label = { text: name.text, dx: name.x - point.x, dy: name.y - point.y };
      const options = { radius: layout.actorRadius, nameSize, speaking: actor.id === speaker, label };
      const signature = tokenSignature(actor, point.x, point.y, options);
      const cached = this.tokens.get(actor.id);
      if (cached && cached.signature === signature) continue;
      if (cached) {
        this.tweens.killTweensOf(cached.token);
        cached.token.destroy();
      }
      const token = createActorToken(this, actor, point.x, point.y, options);
      layer.add(token);
      this.tokens.set(actor.id, { signature, token });
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
    // A name that found no clear place over the portraits near it, and the speaker on top of all.
    for (const [id, name] of names) {
      const cached = name.crowded ? this.tokens.get(id) : undefined;
      if (cached) layer.bringToTop(cached.token);
    }
    const speaking = speaker ? this.tokens.get(speaker) : undefined;
    if (speaking) layer.bringToTop(speaking.token);
    return view.actors.flatMap((actor): HudText[] => {
      const name = names.get(actor.id);
      return name
        ? [
            {
              kind: 'actor-name',
              text: name.text,
              size: nameSize,
              x: name.x,
              y: name.y,
              w: name.w,
              h: name.h,
              ...(name.shortened ? { shortened: true } : {}),
            },
          ]
        : [];
    });
  }

  private drawHud(
    hud: Phaser.GameObjects.Container,
    frame: TerritoryFrame,
    layout: TerritoryLayout,
    change: MeterMotion,
    previous: ReadonlyMap<string, number>,
    names: readonly HudText[],
  ): void {
    const key = mapHudKey(frame, names, [change === 'none' ? 0 : this.replayed, this.landKey]);
    if (key === this.hudKey) return;
    this.hudKey = key;
    for (const tween of this.hudTweens) tween.remove();
    this.hudTweens = [];
    hud.removeAll(true);
    const drawn = drawMapHud(this, hud, frame, layout, { change, previous }, names);
    this.hudTweens = drawn.tweens;
    const { width, height } = this.scale;
    this.bridge.emit({ type: 'map-texts', width, height, room: layout.room, texts: drawn.texts });
    const shown = layout.meters !== null && !frame.metersHidden;
    if (shown !== this.boardShown) {
      this.boardShown = shown;
      this.bridge.emit({ type: 'meter-board', shown });
    }
  }
}
