import Phaser from 'phaser';
import { portraitTextureKey } from './actor-token';
import { BootScene, type BootAsset } from './boot-scene';
import type { Diagnostics } from '../adapters/diagnostics';
import { INITIATIVE_ICON } from './initiative-badges';
import { meterIconKey } from './meter-board';
import { TerritoryScene, mapTextureKey } from './territory-scene';
import type { ViewBridge } from './view-bridge';
import type { ViewModel } from '../engine/view-model';

/** A running territory: destroy it to free the canvas, scenes and listeners. */
export interface TerritoryHandle {
  destroy(): void;
}

/** Lookup of the generated art by name (null when the file does not exist). */
export interface TerritoryArt {
  portrait(id: string): string | null;
  icon(name: string): string | null;
}

/** The textures a view needs: the map, the portraits of the actors, the meter icons and the seedling. */
export function bootAssets(
  maps: ReadonlyMap<string, string>,
  art: TerritoryArt | undefined,
  view: ViewModel | undefined,
): Map<string, BootAsset> {
  const assets = new Map<string, BootAsset>();
  for (const [template, url] of maps) assets.set(mapTextureKey(template), { url, width: 1920, height: 1080 });
  if (!art) return assets;
  for (const actor of view?.actors ?? []) {
    const url = art.portrait(actor.portrait);
    if (url) assets.set(portraitTextureKey(actor.portrait), { url, width: 192, height: 192 });
  }
  for (const name of [...new Set(view?.meters.map((m) => m.icon) ?? []), 'initiative']) {
    const url = art.icon(name);
    const key = name === 'initiative' ? INITIATIVE_ICON : meterIconKey(name);
    if (url) assets.set(key, { url, width: 64, height: 64 });
  }
  return assets;
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
  /** Portraits and icons; without it, actors are drawn as family discs. */
  art?: TerritoryArt;
  /** Counts the game and the scene's listeners. */
  diagnostics?: Diagnostics;
}): TerritoryHandle {
  const textures = bootAssets(options.maps, options.art, options.bridge.current()?.view);
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
    scene: [
      new BootScene(textures),
      new TerritoryScene(options.bridge, options.mapTemplate, {
        diagnostics: options.diagnostics ?? null,
        // Another scenario chosen later brings other portraits: the scene loads them then.
        assetsFor: (view) => bootAssets(options.maps, options.art, view),
      }),
    ],
  });
  const release = options.diagnostics?.gameStarted() ?? ((): void => undefined);
  return {
    destroy() {
      game.destroy(true);
      release();
    },
  };
}
