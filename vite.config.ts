/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin, headersPlugin, HEADERS_FILE, SECURITY_HEADERS } from './src/build/security-plugin';
import { scenarioLivePlugin } from './src/build/scenario-live-plugin';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Phaser's build flags: Canvas renderer only (the game's choice, see docs/ARCHITECTURE.md), no Phaser sound
 * (Howler plays the sounds), no plugins.
 */
const PHASER_FLAGS: Record<string, string> = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
  'typeof PLUGIN_SPINE': 'false',
  global: 'globalThis',
};

// The page lives in src/ (src/index.html) so the top level of the repo stays small.
export default defineConfig({
  root: here('./src'),
  base: './',
  publicDir: here('./assets/public'),
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
  },
  resolve: {
    // Phaser from its sources, trimmed to what the scenes use (src/scenes/phaser-build.js).
    alias: [
      { find: /^phaser$/, replacement: here('./src/scenes/phaser-build.js') },
      { find: /^phaser-src\//, replacement: here('./node_modules/phaser/src/') },
    ],
  },
  define: PHASER_FLAGS,
  // The file worker (src/ui/authoring/file-check-worker.ts) is an ES module, like the page.
  worker: { format: 'es' },
  // Build only: strict CSP meta in the page and the hosts' `_headers`; sw.js, built by vite-plugin-pwa from
  // src/sw.ts (Workbox) with the manifest of every built file, precaches the whole game (offline play).
  // Serve only: live preview of scenarios/*.json and scenarios/drafts/*.json (src/build/scenario-live-plugin.ts).
  plugins: [
    cspPlugin(),
    headersPlugin(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      // The page registers sw.js itself (src/adapters/service-worker.ts); the web app manifest is in public/.
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*'],
        globIgnores: [HEADERS_FILE],
        // Built files carry their content hash in their name: their URL is their revision.
        dontCacheBustURLsMatching: /^assets\//,
        // The territory chunk and the ambiences are the largest files (well under this).
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
    scenarioLivePlugin(here('./scenarios')),
  ],
  // The development server pre-bundles Phaser's sources: it needs the same flags, or Phaser's WebGL debug code
  // asks for a module that is not there.
  optimizeDeps: { rolldownOptions: { transform: { define: PHASER_FLAGS } } },
  server: { port: 5173, strictPort: true, fs: { allow: [here('.')] } },
  // The built game is served with the headers a host must send (docs/security.md): the CSP as a header,
  // with frame-ancestors 'none', which a <meta> cannot carry.
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  test: {
    root: here('.'),
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/dom/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
