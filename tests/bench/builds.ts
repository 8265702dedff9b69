import { resolve } from 'node:path';
import { build } from 'vite';

/** Paths the bench works with, from the repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const RESULTS_DIR = resolve(ROOT, 'bench-results');
/**
 * The game's production build for the bench. Not dist/: other work (end-to-end tests, previews)
 * rebuilds dist/ at any time, and a build emptied mid-measure spoils the figures.
 */
export const GAME_DIST = resolve(RESULTS_DIR, 'game');
export const BASELINE_DIST = resolve(RESULTS_DIR, 'baseline');

/**
 * The game's production build (`vite build` with vite.config.ts, what `npm run build` runs after
 * type-checking), written to bench-results/game.
 */
export async function buildGame(): Promise<void> {
  await build({
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: GAME_DIST, emptyOutDir: true },
  });
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
