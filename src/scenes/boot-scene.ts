import Phaser from 'phaser';
import { SceneKeys } from './scene-keys';

/** Art to preload: texture key → URL (only files that exist are listed). */
export type BootAssets = ReadonlyMap<string, string>;

/** Loads the available art, then starts the territory scene. A file that fails to load is skipped. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly assets: BootAssets) {
    super({ key: SceneKeys.Boot });
  }

  preload(): void {
    for (const [key, url] of this.assets) this.load.svg(key, url, { width: 1600, height: 900 });
  }

  create(): void {
    this.scene.start(SceneKeys.Territory);
  }
}
