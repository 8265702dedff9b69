import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tests/e2e/find-browser';

const browser = findBrowser();
// E2E_PORT / E2E_DIST: run against another build on another port (several checkouts or helpers at once).
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST;

// End-to-end tests play the production build (`npm run build` first), served by `vite preview`.
export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  // 2 minutes: with two workers on 2 cores a long axe-checked walk-through can take over 60 s.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two workers: endings.spec.ts (every ending of every scenario, parallel within the file) runs ≈ 2× faster.
  workers: 2,
  // One retry in CI, where a slow machine can time a step out; a retried test is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort${dist ? ` --outDir ${dist}` : ''}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
