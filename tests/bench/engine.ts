import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Figures from tests/bench/engine-bench.ts (written by the engine work), keyed as it names them. */
export type EngineFigures = Record<string, number>;

/** Where the engine bench lives. */
export const ENGINE_BENCH = resolve(import.meta.dirname, 'engine-bench.ts');

/**
 * Runs `runEngineBench()` from tests/bench/engine-bench.ts when that file exists; null when it does
 * not (yet). Imported by path so the bench compiles without it.
 */
export async function runEngine(): Promise<EngineFigures | null> {
  if (!existsSync(ENGINE_BENCH)) return null;
  const module = (await import(pathToFileURL(ENGINE_BENCH).href)) as {
    runEngineBench?: () => Promise<EngineFigures>;
  };
  if (typeof module.runEngineBench !== 'function')
    throw new Error('engine-bench.ts exports no runEngineBench()');
  return module.runEngineBench();
}

/** The first figure whose key matches every pattern (the engine bench names its own keys). */
export function pickFigure(
  figures: EngineFigures | null,
  patterns: readonly RegExp[],
): { key: string; value: number } | null {
  if (!figures) return null;
  for (const [key, value] of Object.entries(figures)) {
    if (patterns.every((p) => p.test(key)) && typeof value === 'number') return { key, value };
  }
  return null;
}
