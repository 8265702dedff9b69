/**
 * The game's service worker, built by vite-plugin-pwa (injectManifest, vite.config.ts) with Workbox:
 * the build writes its precache manifest (every file of the build, with a revision for those whose name
 * has no hash) in place of `self.__WB_MANIFEST`. Once installed, the game plays offline: precached files
 * are served from the cache, the page at any address (`?scenario=…&mode=…`) from its one cached file.
 *
 * One cache per release, `tisser-<12 hex of the manifest>`: a new release installs beside the old one and
 * removes it once active, and only caches named `tisser-…` are touched.
 */
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

/** The little of the service worker's global scope this file uses (the project's types are the page's). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  readonly __WB_MANIFEST: (PrecacheEntry | string)[];
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
}
declare const self: WorkerScope;

const manifest = self.__WB_MANIFEST;

/** 48 bits of FNV-1a over the manifest (two 32-bit passes, offset bases apart), as 12 hex digits. */
function version(text: string): string {
  const pass = (basis: number): string => {
    let hash = basis;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return (hash >>> 8).toString(16).padStart(6, '0');
  };
  return pass(0x811c9dc5) + pass(0x050c5d1f);
}

const CACHE = `tisser-${version(JSON.stringify(manifest))}`;
const precache = new PrecacheController({ cacheName: CACHE });
precache.precache(manifest);
// Every query is the page's own (`?scenario=…`): a precached file is the same whatever follows the `?`.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/] }));

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('tisser-') && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});
