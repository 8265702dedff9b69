import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PAYLOADS, payloadScenario } from '../unit/property/payload-scenario';
import { expectScreen } from './helpers';

/** Records every request of the context (pages and service worker) and the page's CSP violations. */
function record(context: BrowserContext, page: Page): { urls: string[]; errors: string[] } {
  const urls: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { urls, errors };
}

/** Starts collecting `securitypolicyviolation` events before the page's scripts run. */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = store;
    document.addEventListener('securitypolicyviolation', (event) =>
      store.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** Requests that leave the page's origin (data: and blob: stay in the page). */
function foreign(urls: readonly string[], origin: string): string[] {
  return urls.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
}

/** Plays up to `steps` screens: a numbered choice on cards, else the panel's primary button. */
async function playSome(page: Page, steps: number): Promise<number> {
  let changes = 0;
  for (let step = 0; step < steps; step++) {
    const main = page.getByRole('main');
    const screen = (await main.getAttribute('data-screen')) ?? '';
    if (screen === 'debrief') break;
    if (screen === 'card') await page.keyboard.press('1');
    else {
      const primary = page.locator('#panel-host button.button-primary:visible').first();
      if ((await primary.count()) === 0) break;
      await primary.click();
    }
    try {
      await expect(main).not.toHaveAttribute('data-screen', screen, { timeout: 5_000 });
      changes++;
    } catch {
      break;
    }
  }
  return changes;
}

for (const mode of ['solo', 'formation', 'evenement'] as const) {
  test(`mode ${mode}: no request leaves the origin and the CSP blocks nothing`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const seen = record(context, page);
    await watchCsp(page);
    await page.goto(`./?scenario=premiers-pas&lang=fr&seed=4&mode=${mode}`);
    // The event kiosk opens on an attract screen (the title is hidden under it): touching it starts the game.
    if (mode === 'evenement') await page.getByRole('button', { name: 'Touchez pour commencer' }).click();
    else {
      await expect(page.getByRole('heading', { name: 'Choisissez un territoire' })).toBeAttached();
      await page.getByRole('button', { name: 'Jouer', exact: true }).click();
    }
    const changes = await playSome(page, mode === 'solo' ? 40 : 8);
    expect(changes).toBeGreaterThanOrEqual(mode === 'solo' ? 6 : 1);
    if (mode === 'solo') await expectScreen(page, 'debrief');
    // Let the lazily loaded territory and sounds arrive.
    await page.waitForTimeout(500);
    expect(seen.urls.length).toBeGreaterThan(5);
    expect(foreign(seen.urls, new URL(baseURL ?? '').origin)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
}

test('the built page carries a strict CSP (no unsafe-eval, no unsafe-inline) that blocks inline scripts', async ({
  page,
}) => {
  await watchCsp(page);
  await page.goto('./?lang=fr');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  // An inline script added at run time must not run (eval is refused by the same script-src, which has no
  // 'unsafe-eval'; page.evaluate itself runs through the debugger protocol, outside the policy).
  const inline = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    return (window as unknown as { __inline?: number }).__inline ?? null;
  });
  expect(inline).toBeNull();
  // The listener sees violations, so the "zero violations" checks above mean something.
  await expect.poll(async () => (await violations(page)).length).toBeGreaterThanOrEqual(1);
});

test('a scenario full of HTML and script payloads, opened from a file, shows them as text', async ({
  page,
  context,
  baseURL,
}) => {
  const seen = record(context, page);
  await watchCsp(page);
  await page.goto('./?lang=fr');
  await page.getByRole('button', { name: 'Ouvrir un scénario…' }).click();
  await page.locator('#open-scenario-file').setInputFiles({
    name: 'charge-utile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(payloadScenario(), null, 2)),
  });
  await page.getByRole('button', { name: 'Jouer ce scénario' }).click();
  const panel = page.locator('#panel-host');
  const shown = new Set<string>();
  for (let step = 0; step < 30; step++) {
    const text = (await panel.textContent()) ?? '';
    for (const payload of PAYLOADS) if (text.includes(payload)) shown.add(payload);
    const screen = await page.getByRole('main').getAttribute('data-screen');
    if (screen === 'debrief') break;
    if ((await playSome(page, 1)) === 0) break;
  }
  await expectScreen(page, 'debrief');
  // Every payload appeared, literally, as text.
  expect([...shown].sort()).toEqual([...PAYLOADS].sort());
  const dom = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    scripts: [...document.scripts].filter((s) => !s.src).length,
    injected: document.querySelectorAll(
      '#game img[src="x"], #game svg[onload], #game iframe, #game a[href^="javascript:"]',
    ).length,
  }));
  expect(dom).toEqual({ pwned: null, scripts: 0, injected: 0 });
  expect(foreign(seen.urls, new URL(baseURL ?? '').origin)).toEqual([]);
  expect(await violations(page)).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('the server sends the CSP as a header, with frame-ancestors, and no site can frame the game', async ({
  page,
  request,
  baseURL,
}) => {
  const response = await request.get('./');
  const policy = response.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  // A page of another origin that frames the game: the browser refuses to show it inside.
  const game = new URL('./?scenario=premiers-pas', baseURL).href;
  await page.route('http://framing.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe src="${game}"></iframe>` }),
  );
  await page.goto('http://framing.test/');
  // Refused by frame-ancestors, the frame holds the browser's error page, not the game.
  await expect
    .poll(
      () =>
        page
          .frames()
          .find((f) => f !== page.mainFrame())
          ?.url() ?? '',
      { timeout: 15_000 },
    )
    .toMatch(/^chrome-error:/);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(await frame?.locator('#game').count()).toBe(0);
});

test('the production build carries no test hook (faults are injected by the tests themselves)', () => {
  const dir = join(process.env.E2E_DIST ?? 'dist', 'assets');
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const text = readFileSync(join(dir, name), 'utf8');
    expect(text.includes('tisser:test-fault'), name).toBe(false);
    expect(text.includes('Injected fault'), name).toBe(false);
  }
});
