import type Phaser from 'phaser';
import type { TerritoryLayout } from './layout';
import { drawPlaceholderLand } from './territory-background';

/** Texture key of the still canvas (map and unchanged threads). */
const STILL_KEY = 'territory-still';

/** Texture key of a map template's art. */
export const mapTextureKey = (template: string): string => `map-${template}`;

/**
 * The still canvas: the map and the threads that do not move, painted with the 2D context into one
 * texture, so a frame draws them as a single image (the Canvas renderer would otherwise replay every
 * stroke on every frame). It is repainted only when a frame brings a change, never per animation frame.
 */
export class StillCanvas {
  private still: Phaser.Textures.CanvasTexture | null = null;
  /** The map rasterised at the canvas size, cached until the size or the map changes. */
  private bitmap: { id: string; canvas: HTMLCanvasElement } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly land: Phaser.GameObjects.Container,
  ) {}

  /**
   * Clears the canvas and paints the map (or, before its art is loaded, a drawn placeholder under
   * it); `resized` rebuilds the texture. Returns the 2D context to paint the still threads on.
   */
  paint(
    template: string,
    width: number,
    height: number,
    layout: TerritoryLayout,
    resized: boolean,
  ): CanvasRenderingContext2D | null {
    const { scene, land } = this;
    const key = mapTextureKey(template);
    const hasMap = scene.textures.exists(key);
    if (resized || !this.still) {
      land.removeAll(true);
      if (scene.textures.exists(STILL_KEY)) scene.textures.remove(STILL_KEY);
      this.still = null;
      if (!hasMap) {
        const g = scene.add.graphics();
        drawPlaceholderLand(g, width, height, layout.map);
        land.add(g);
      }
      const canvas = scene.textures.createCanvas(STILL_KEY, Math.max(1, width), Math.max(1, height));
      if (!canvas) return null;
      this.still = canvas;
      land.add(scene.add.image(0, 0, STILL_KEY).setOrigin(0, 0));
    }
    const ctx = this.still.getContext();
    ctx.clearRect(0, 0, this.still.width, this.still.height);
    if (hasMap) ctx.drawImage(this.mapBitmap(key, width, height), 0, 0);
    return ctx;
  }

  /** Sends what was painted to the screen. */
  refresh(): void {
    this.still?.refresh();
  }

  /** Frees the texture (the scene shuts down). */
  destroy(): void {
    if (this.scene.textures.exists(STILL_KEY)) this.scene.textures.remove(STILL_KEY);
    this.still = null;
    this.bitmap = null;
  }

  /** Drawing the SVG image itself can re-rasterise it each time: it is rasterised once per size. */
  private mapBitmap(key: string, width: number, height: number): HTMLCanvasElement {
    const id = `${key}|${width}x${height}`;
    if (this.bitmap && this.bitmap.id === id) return this.bitmap.canvas;
    const canvas = this.bitmap?.canvas ?? document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const source = this.scene.textures.get(key).getSourceImage() as HTMLImageElement | HTMLCanvasElement;
    const scale = Math.max(width / source.width, height / source.height);
    const w = source.width * scale;
    const h = source.height * scale;
    canvas.getContext('2d')?.drawImage(source, (width - w) / 2, (height - h) / 2, w, h);
    this.bitmap = { id, canvas };
    return canvas;
  }
}
