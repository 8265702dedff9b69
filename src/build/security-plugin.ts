/**
 * Build-only Vite plugins (Node side, never bundled into the page):
 * - `cspPlugin` puts the strict Content-Security-Policy in the built page only (the dev server's HMR client
 *   needs looser rules); `SECURITY_HEADERS` are the headers a host sends (the preview server does), also
 *   written to `_headers` by `headersPlugin` for static hosts.
 * The service worker is built by vite-plugin-pwa from src/sw.ts (vite.config.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The service worker's file name, at the root of the build (its scope is the whole game). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The policy of the built page. `style-src 'self'` suffices: the game sets styles through the CSSOM
 * (`element.style.x = …`), which CSP does not restrict; no `style=` attribute or `<style>` is used.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self' blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The headers a host must send with every file of the game (docs/security.md): the same policy as the
 * page's meta, plus `frame-ancestors 'none'`, which only a header can carry (no site may frame the game).
 * The preview server sends them (vite.config.ts) and the build writes them to `_headers` for static hosts
 * that read that file (Netlify, Cloudflare Pages).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The static-host headers file (`_headers`): security headers everywhere, `sw.js` never cached. */
export const HEADERS_FILE = '_headers';

/** The text of `_headers`. */
export function headersFileText(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  lines.push(`/${SERVICE_WORKER_FILE}`, '  Cache-Control: no-cache');
  return `${lines.join('\n')}\n`;
}

/** Writes `_headers` next to the built page (static hosts read it). */
export function headersPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'tisser:headers',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle: () => writeFileSync(join(outDir, HEADERS_FILE), headersFileText()),
  };
}

/** Adds the Content-Security-Policy meta to the built page (first thing in <head>). */
export function cspPlugin(): Plugin {
  return {
    name: 'tisser:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
