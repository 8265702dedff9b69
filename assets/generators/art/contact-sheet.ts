/**
 * Contact sheet: an HTML page in the temp folder showing every art file, and a chromium screenshot of it
 * (npx tsx assets/generators/art/contact-sheet.ts [out.png]). Not committed; for looking at the art.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateArt } from './catalogue';

const root = resolve(import.meta.dirname, '../../..');
const dir = join(tmpdir(), 'art-sheet');
mkdirSync(dir, { recursive: true });
const files = generateArt();
const url = (path: string): string => `file://${resolve(root, path)}`;
const of = (folder: string): string[] => files.filter((f) => f.path.includes(folder)).map((f) => f.path);

const portraits = of('/portraits/')
  .map((p) => `<figure><img src="${url(p)}" width="150"><figcaption>${p.slice(-6, -4)}</figcaption></figure>`)
  .join('');
const maps = of('/maps/')
  .map((p) => `<img src="${url(p)}" width="740" style="border-radius:8px">`)
  .join('');
const icons = of('/icons/')
  .filter((p) => p.startsWith('assets/art'))
  .map(
    (p) =>
      `<figure><img src="${url(p)}" width="64"><img src="${url(p)}" width="28" style="filter:grayscale(1)">` +
      `<figcaption>${p.split('/').pop()?.replace('.svg', '')}</figcaption></figure>`,
  )
  .join('');
const frame = (p: string): string =>
  `<div style="width:300px;height:180px;border:24px solid transparent;border-image:url(${url(p)}) 24 fill / 24px round;padding:4px;font:16px sans-serif">border-image: ${p.split('/').pop()}</div>`;
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body{margin:0;padding:16px;background:#f6efe3;color:#1f2a30;font:13px sans-serif}
h2{margin:10px 0 6px;font-size:16px}.row{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start}
figure{margin:0;text-align:center}figcaption{font-size:11px}
</style></head><body>
<h2>Portraits</h2><div class="row">${portraits}</div>
<h2>Maps</h2><div class="row">${maps}</div>
<h2>Icons (colour, and grey at 28px)</h2><div class="row">${icons}</div>
<h2>Frames and app icon</h2><div class="row">${of('/frames/').map(frame).join('')}
<img src="${url('assets/public/icons/icon.svg')}" width="160"><img src="${url('assets/public/icons/icon-192.png')}">
<img src="${url('assets/public/icons/icon-512.png')}" width="96"></div>
</body></html>`;
const page = join(dir, 'sheet.html');
writeFileSync(page, html);
const shot = process.argv[2] ?? join(dir, 'sheet.png');
execFileSync(
  process.env.CHROMIUM ?? '/usr/bin/chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    '--allow-file-access-from-files',
    `--screenshot=${shot}`,
    '--window-size=1600,2400',
    `file://${page}`,
  ],
  { stdio: 'ignore', timeout: 90_000 },
);
process.stdout.write(`contact sheet: ${page}\nscreenshot: ${shot}\n`);
