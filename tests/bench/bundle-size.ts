import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { gzip } from './static-server';

/** The size of one file of the production bundle. */
export interface ChunkSize {
  /** Path inside dist/, e.g. `assets/index-CRsmT1Yo.js`. */
  file: string;
  kind: 'js' | 'css' | 'font' | 'html';
  raw: number;
  /** gzip level 9 (the same bytes the bench's server sends). */
  gzip: number;
  /** brotli quality 11. */
  brotli: number;
}

const KINDS: Readonly<Record<string, ChunkSize['kind']>> = {
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.woff': 'font',
  '.woff2': 'font',
  '.ttf': 'font',
  '.otf': 'font',
  '.html': 'html',
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Measures every code, style, font and HTML file of a built dist folder, largest gzip first. */
export function measureBundle(dist: string): ChunkSize[] {
  const chunks: ChunkSize[] = [];
  for (const path of walk(dist)) {
    const kind = KINDS[extname(path).toLowerCase()];
    if (!kind) continue;
    const data = readFileSync(path);
    chunks.push({
      file: relative(dist, path).split('\\').join('/'),
      kind,
      raw: data.length,
      gzip: gzip(data).length,
      brotli: brotliCompressSync(data, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
      }).length,
    });
  }
  return chunks.sort((a, b) => b.gzip - a.gzip);
}
