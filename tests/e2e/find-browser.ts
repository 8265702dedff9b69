import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Chromium flags for this machine (no sandbox as root, no GPU, no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's packaged Chromium. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Where the browser came from. */
export interface FoundBrowser {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'debian' | 'playwright';
}

/**
 * Finds a Chromium for the end-to-end tests: an explicit path from CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own download. Throws with instructions when none is there.
 */
export function findBrowser(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightPath: () => string = () => chromium.executablePath(),
): FoundBrowser {
  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (exists(explicit)) return { executablePath: explicit, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to "${explicit}", but no file is there.`);
  }
  if (exists(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, source: 'debian' };
  let own: string;
  try {
    own = playwrightPath();
  } catch {
    own = '';
  }
  if (own && exists(own)) return { executablePath: own, source: 'playwright' };
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with `apt-get install chromium` ' +
      '(Debian) or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.',
  );
}
