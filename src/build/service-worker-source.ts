/**
 * The text of the game's service worker (plain ES2020, no import): precache on install, cache-first for
 * same-origin GETs, old caches removed on activate. Only caches whose name starts with `tisser-` are touched.
 */

/** The service worker for `cacheName`, precaching `urls` (relative to the worker's scope). */
export function serviceWorkerSource(cacheName: string, urls: readonly string[]): string {
  return `// Generated at build time by src/build/precache-plugin.ts. Do not edit.
const CACHE = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(urls, null, 1)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('tisser-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const navigate = request.mode === 'navigate';
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      // Pages are opened with a query (?scenario=…&mode=…): the page itself is the same file. Module scripts
      // are CORS requests (with Origin) while the precache fetched without: Vary must not split them.
      cache.match(request, { ignoreSearch: navigate, ignoreVary: true }).then(
        (hit) =>
          hit ||
          fetch(request).catch((error) =>
            navigate
              ? cache.match('./').then((page) => page || Promise.reject(error))
              : Promise.reject(error),
          ),
      ),
    ),
  );
});
`;
}
