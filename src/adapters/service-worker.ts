/**
 * Registers the service worker the build writes (src/sw.ts, built by vite-plugin-pwa) so the game plays
 * offline once loaded. Production builds only; it runs after the title is shown and never throws.
 */

/** Registers `sw.js` (next to the page) when the browser supports it. */
export function registerServiceWorker(nav: Navigator, production: boolean): void {
  if (!production || !('serviceWorker' in nav)) return;
  const register = (): void => {
    nav.serviceWorker.register('./sw.js').catch(() => {
      // Offline play is a bonus: the game works without it.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
