import Phaser from 'phaser';
import { BootScene } from './boot-scene';
import { TerritoryScene, mapTextureKey } from './territory-scene';
import type { ViewBridge } from './view-bridge';
import type { ViewModel } from '../engine/view-model';

/** A running territory: destroy it to free the canvas, scenes and listeners. */
export interface TerritoryHandle {
  destroy(): void;
}

/**
 * Starts Phaser (Canvas renderer) in `host` with the boot and territory scenes. This module is loaded
 * with a dynamic import() so Phaser never delays the first screen.
 */
export function startTerritory(options: {
  host: HTMLElement;
  bridge: ViewBridge;
  /** Map art by template id (only the files that exist). */
  maps: ReadonlyMap<string, string>;
  /** The map template of a view's scenario. */
  mapTemplate: (view: ViewModel) => string;
}): TerritoryHandle {
  const textures = new Map([...options.maps].map(([template, url]) => [mapTextureKey(template), url]));
  const game = new Phaser.Game({
    type: Phaser.CANVAS,
    parent: options.host,
    backgroundColor: '#f7f1e3',
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: options.host.clientWidth || 1280,
      height: options.host.clientHeight || 720,
    },
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false },
    scene: [new BootScene(textures), new TerritoryScene(options.bridge, options.mapTemplate)],
  });
  return {
    destroy() {
      game.destroy(true);
    },
  };
}
