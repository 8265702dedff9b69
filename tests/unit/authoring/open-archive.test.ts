import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openScenarioArchive } from '../../../src/engine/authoring/open-archive';
import { writeZip } from '../../../src/engine/authoring/zip-write';
import type { Concept, Scenario } from '../../../src/scenario/format';
import { createStorage } from '../../../src/adapters/storage';
import { scenarioArchive, scenarioArchiveName } from '../../../src/ui/authoring/archive-export';
import { fromBase64, toBase64 } from '../../../src/ui/authoring/archive-images';
import { createLastOpened } from '../../../src/ui/authoring/last-opened';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const base = JSON.parse(readFileSync('scenarios/premiers-pas.json', 'utf8')) as Scenario;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const SVG = bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>');
const codex = new Map<string, Concept>();

/** premiers-pas with its first actor's portrait and the map background taken from the archive. */
function withImages(portrait: string, background?: string): string {
  const [first, ...rest] = base.actors;
  if (!first) throw new Error('no actor');
  const scenario: Scenario = {
    ...base,
    actors: [{ ...first, portrait }, ...rest],
    map: background ? { ...base.map, background } : base.map,
  };
  return JSON.stringify(scenario, null, 2);
}

const open = (entries: { name: string; data: Uint8Array }[]) =>
  openScenarioArchive(writeZip(entries), 'mon-jeu.zip', 'fr', codex);

describe('opening a scenario archive (.zip with images)', () => {
  it('plays a scenario whose portrait and map background are images of the archive', async () => {
    const opened = await open([
      { name: 'premiers-pas.json', data: bytes(withImages('images/maire.png', 'images/fond.svg')) },
      { name: 'images/maire.png', data: PNG },
      { name: 'images/fond.svg', data: SVG },
      { name: '__MACOSX/._maire.png', data: new Uint8Array([0]) },
    ]);
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    expect(opened.file).toBe('mon-jeu.zip');
    expect(opened.loaded.index.scenario.actors[0]?.portrait).toBe('images/maire.png');
    expect([...(opened.loaded.images?.values() ?? [])].map((i) => [i.name, i.type])).toEqual([
      ['images/maire.png', 'image/png'],
      ['images/fond.svg', 'image/svg+xml'],
    ]);
  });

  it("names images from the scenario's folder, so an archive of a whole folder works", async () => {
    const opened = await open([
      { name: 'mon-jeu/premiers-pas.json', data: bytes(withImages('images/maire.png')) },
      { name: 'mon-jeu/images/maire.png', data: PNG },
    ]);
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    expect([...(opened.loaded.images?.keys() ?? [])]).toEqual(['images/maire.png']);
  });

  it('a portrait naming an image missing from the archive is a located problem', async () => {
    const opened = await open([{ name: 's.json', data: bytes(withImages('images/absente.png')) }]);
    expect(opened.ok).toBe(false);
    if (opened.ok || opened.reason !== 'invalid') throw new Error('expected problems');
    expect(opened.problems.map((p) => [p.file, p.path])).toEqual([
      ['mon-jeu.zip/s.json', '/actors/0/portrait'],
    ]);
    expect(opened.problems[0]?.line).toBeGreaterThan(1);
  });

  it('refuses an archive without a scenario, with two, with another kind of file, or a renamed image', async () => {
    const scenario = { name: 's.json', data: bytes(withImages('portrait-01')) };
    expect(await open([{ name: 'a.png', data: PNG }])).toMatchObject({
      reason: 'archive',
      error: { code: 'no-scenario' },
    });
    expect(await open([scenario, { ...scenario, name: 'b.json' }])).toMatchObject({
      error: { code: 'several-scenarios', names: ['s.json', 'b.json'] },
    });
    expect(await open([scenario, { name: 'notes.txt', data: bytes('hi') }])).toMatchObject({
      error: { code: 'unsupported-file', name: 'notes.txt' },
    });
    expect(await open([scenario, { name: 'photo.jpg', data: PNG }])).toMatchObject({
      error: { code: 'bad-image', name: 'photo.jpg' },
    });
    expect(
      await open([scenario, { name: 'x.svg', data: bytes('<html><script></script></html>') }]),
    ).toMatchObject({
      error: { code: 'bad-image', name: 'x.svg' },
    });
    expect((await open([scenario])).ok).toBe(true);
  });

  it('passes the ZIP limits on as archive errors', async () => {
    const opened = await open([{ name: '../s.json', data: bytes('{}') }]);
    expect(opened).toEqual({
      ok: false,
      file: 'mon-jeu.zip',
      reason: 'archive',
      error: { code: 'unsafe-path', name: '../s.json' },
    });
  });
});

describe('exporting and keeping a scenario archive', () => {
  it('the exported archive opens back to the same scenario and the same images', async () => {
    const first = await open([
      { name: 'premiers-pas.json', data: bytes(withImages('images/maire.png')) },
      { name: 'images/maire.png', data: PNG },
    ]);
    if (!first.ok || !first.loaded.images) throw new Error('expected a playable archive');
    const { scenario } = first.loaded.index;
    expect(scenarioArchiveName(scenario)).toBe('premiers-pas.zip');
    const exported = scenarioArchive(scenario, first.loaded.images, writeZip);
    const again = await openScenarioArchive(exported, 'premiers-pas.zip', 'fr', codex);
    if (!again.ok) throw new Error(JSON.stringify(again));
    expect(again.loaded.index.scenario).toEqual(scenario);
    expect(again.loaded.images).toEqual(first.loaded.images);
  });

  it('keeps the archive as base64 after a reload, or only its image names when it does not fit', () => {
    const data = new Map<string, string>();
    const backend = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
    };
    const zip = writeZip([{ name: 'images/a.png', data: PNG }]);
    const store = createLastOpened(createStorage(() => backend));
    expect(store.write({ file: 'a.zip', text: '{}', archive: toBase64(zip) })).toBe(true);
    const read = createLastOpened(createStorage(() => backend)).read();
    expect(read?.archive && fromBase64(read.archive)).toEqual(zip);
    expect(store.write({ file: 'a.zip', text: '{}', archive: 'x'.repeat(2_000_001) })).toBe(false);
    expect(store.write({ file: 'a.zip', text: '{}', images: ['images/a.png'] })).toBe(true);
    expect(createLastOpened(createStorage(() => backend)).read()).toEqual({
      file: 'a.zip',
      text: '{}',
      images: ['images/a.png'],
    });
    expect(fromBase64('%%%')).toBeNull();
  });
});
