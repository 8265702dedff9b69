/**
 * Renders the app icon SVG to the PNG sizes of the web app manifest with headless chromium
 * (npm run assets:art:png). Set CHROMIUM to another binary if it is not /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_ICON_PNGS } from './catalogue';
import { appIconSvg } from './app-icon';

const root = resolve(import.meta.dirname, '../../..');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'art-png-'));
try {
  writeFileSync(join(work, 'icon.svg'), appIconSvg());
  for (const { path, size } of APP_ICON_PNGS) {
    const page = join(work, `icon-${size}.html`);
    writeFileSync(
      page,
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="icon.svg" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    const shot = join(work, `icon-${size}.png`);
    execFileSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--hide-scrollbars',
        '--force-device-scale-factor=1',
        '--default-background-color=00000000',
        `--screenshot=${shot}`,
        `--window-size=${size},${size}`,
        `file://${page}`,
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    writeFileSync(resolve(root, path), readFileSync(shot));
    process.stdout.write(`assets:art:png wrote ${path}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
