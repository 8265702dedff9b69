import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODE_IDS, modeEntry, parseAddress, playingMode, titleModes } from '../../../src/ui/mode-registry';
import en from '../../../src/locales/en.json';
import fr from '../../../src/locales/fr.json';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

/** Where a mode's name may be written: the table, the mode's own folders, and the scenario vocabulary. */
const mayName = (path: string): boolean =>
  path === join('src', 'ui', 'mode-registry.ts') ||
  MODE_IDS.some(
    (id) =>
      path.startsWith(join('src', 'ui', id) + '/') ||
      path.startsWith(join('src', 'engine', 'modes', id) + '/'),
  ) ||
  path.startsWith(join('src', 'scenario') + '/') ||
  path.startsWith(join('src', 'cli') + '/');

const lookup = (key: string, catalog: unknown): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);

describe('the mode table', () => {
  it('loads, for every mode, a module that creates it', async () => {
    for (const id of MODE_IDS) {
      const module = await modeEntry(id).load();
      expect(typeof module.createMode, id).toBe('function');
    }
  });

  it('names each mode once: its address, its folder, its title label', () => {
    for (const id of MODE_IDS) {
      const entry = modeEntry(id);
      const parsed = parseAddress(`?${entry.param}=${id}`);
      expect(entry.param === 'page' ? parsed.page : parsed.mode, id).toBe(id);
      expect(statSync(join('src', 'ui', id)).isDirectory(), `src/ui/${id}`).toBe(true);
    }
    for (const { label } of titleModes()) {
      expect(typeof lookup(label, fr), label).toBe('string');
      expect(typeof lookup(label, en), label).toBe('string');
    }
    // The public address keeps its values.
    expect(titleModes().map((mode) => mode.id)).toEqual(['solo', 'formation', 'evenement']);
    expect(parseAddress('?page=inspecteur').page).toBe('inspecteur');
  });

  it('plays a page mode for the whole page, a title mode as picked, an address mode picked on the title as the ordinary game', () => {
    expect(playingMode('evenement', 'solo')).toBe('evenement');
    expect(playingMode('inspecteur', 'formation')).toBe('inspecteur');
    expect(playingMode('solo', 'formation')).toBe('formation');
    expect(playingMode('formation', 'solo')).toBe('solo');
    expect(playingMode('solo', 'evenement')).toBeNull();
  });

  it('is the only place outside the modes that tests a mode name', () => {
    const test =
      /(===|!==)\s*'(solo|formation|evenement|inspecteur)'|'(solo|formation|evenement|inspecteur)'\s*(===|!==)|case '(solo|formation|evenement|inspecteur)'/;
    const offenders = files('src')
      .filter((path) => !mayName(path))
      .filter((path) => test.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
