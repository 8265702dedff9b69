/**
 * Writes every generated art file (npm run assets:art). Run from the repository root.
 * The PNG icons need chromium and are rendered separately (npm run assets:art:png).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generateArt } from './catalogue';

const root = resolve(import.meta.dirname, '../../..');
let bytes = 0;
const files = generateArt();
for (const file of files) {
  const target = resolve(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
  bytes += Buffer.byteLength(file.text);
}
process.stdout.write(`assets:art wrote ${files.length} files (${bytes} bytes)\n`);
