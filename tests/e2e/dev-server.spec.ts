/**
 * The README's first command: `npm start` (Vite's dev server on port 5173) serves a game whose title
 * renders and whose scenario starts, with the Phaser territory drawn and no page error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

const URL = 'http://localhost:5173/';
let server: ChildProcess | null = null;
let output = '';

/** Polls the dev server until it answers (or the child exits). */
async function waitForServer(child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(URL);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm start did not answer on ${URL} within ${timeoutMs} ms:\n${output}`);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Its own process group, so the whole tree (npm → vite) is ended afterwards.
  server = spawn('npm', ['start'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitForServer(server, 90_000);
});

test.afterAll(() => {
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  server = null;
});

test('npm start: the title renders and a scenario starts with the territory drawn', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The first visit makes Vite pre-bundle dependencies (Phaser): allow it time.
  await page.goto(`${URL}?scenario=premiers-pas&seed=1&lang=fr`, { timeout: 90_000 });
  const main = page.getByRole('main');
  await expect(main).toHaveAttribute('data-screen', 'title', { timeout: 60_000 });
  const play = page.getByRole('button', { name: 'Jouer', exact: true });
  // Phaser is imported on "Jouer": on a first run Vite may then pre-bundle it and reload the page,
  // which shows the title again; a player presses "Jouer" again, and so does the test.
  await expect
    .poll(
      async () => {
        if ((await main.getAttribute('data-screen')) === 'title' && (await play.isEnabled())) {
          await play.click();
        }
        return page.locator('#territory canvas').count();
      },
      { timeout: 90_000, intervals: [2_000] },
    )
    .toBe(1);
  await expect(main).toHaveAttribute('data-screen', 'phase', { timeout: 30_000 });
  await expect(main).toHaveAttribute('data-territory', 'ready', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(main).toHaveAttribute('data-screen', 'card');
  expect(errors).toEqual([]);
});
