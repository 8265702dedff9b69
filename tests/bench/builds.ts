import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

/** Paths the bench works with, from the repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const GAME_DIST = resolve(ROOT, 'dist');
export const RESULTS_DIR = resolve(ROOT, 'bench-results');
export const BASELINE_DIST = resolve(RESULTS_DIR, 'baseline');

/** Runs the game's production build (`npm run build` → dist/). Throws when it fails. */
export function buildGame(): void {
  const run = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0 || !existsSync(resolve(GAME_DIST, 'index.html'))) {
    throw new Error(`npm run build failed:\n${String(run.stdout)}\n${String(run.stderr)}`);
  }
}

/**
 * Builds the empty Phaser page (tests/bench/baseline) with the game's own vite.config.ts, only the
 * root and output folder changed, so any alias or define the game gets, the baseline gets too.
 */
export async function buildBaseline(): Promise<void> {
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    root: resolve(ROOT, 'tests/bench/baseline'),
    logLevel: 'warn',
    build: { outDir: BASELINE_DIST, emptyOutDir: true },
  });
}
