import Phaser from 'phaser';
import { SceneKeys } from './scene-keys';

/** One SVG to rasterise into a texture. */
export interface BootAsset {
  url: string;
  width: number;
  height: number;
}

/** Art to preload: texture key → file (only files that exist are listed). */
export type BootAssets = ReadonlyMap<string, BootAsset>;

/** Loads the available art, then starts the territory scene. A file that fails to load is skipped. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly assets: BootAssets) {
    super({ key: SceneKeys.Boot });
  }

  preload(): void {
    for (const [key, asset] of this.assets)
      this.load.svg(key, asset.url, { width: asset.width, height: asset.height });
  }

  create(): void {
    this.scene.start(SceneKeys.Territory);
  }
}
