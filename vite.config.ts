/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

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
  server: { port: 5173, strictPort: true, fs: { allow: [here('.')] } },
  preview: { port: 4173, strictPort: true },
  test: {
    root: here('.'),
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
