import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ICON_PNGS, generateArt } from '../../../assets/generators/art/catalogue';
import { PORTRAITS } from '../../../assets/generators/art/portrait-cast';
import { KNOWN_ASSETS } from '../../../src/scenario/assets';
import { allElements, parseXml } from './xml-check';

const root = resolve(import.meta.dirname, '../../..');
const files = generateArt();
const svgs = files.filter((f) => f.path.endsWith('.svg'));
const bytes = (text: string): number => Buffer.byteLength(text);

describe('art generator', () => {
  it('is deterministic', () => {
    expect(generateArt()).toEqual(files);
  });

  it('matches the committed files (run `npm run assets:art` after changing the generator)', () => {
    const stale = files.filter((f) => {
      const target = resolve(root, f.path);
      return !existsSync(target) || readFileSync(target, 'utf8') !== f.text;
    });
    expect(stale.map((f) => f.path)).toEqual([]);
  });

  it('leaves no stray committed SVG that the generator does not make', () => {
    const made = new Set(files.map((f) => f.path));
    for (const folder of ['portraits', 'maps', 'icons', 'frames']) {
      for (const name of readdirSync(resolve(root, 'assets/art', folder))) {
        expect(made.has(`assets/art/${folder}/${name}`), `${folder}/${name}`).toBe(true);
      }
    }
  });

  it('provides the whole set the game needs', () => {
    const paths = new Set(files.map((f) => f.path));
    const wanted = [
      'maps/quartier',
      'maps/vallee',
      'maps/ville-industrielle',
      'maps/banlieue-culturelle',
      'maps/vallee-pyreneenne',
      ...['elus', 'habitants', 'entreprises', 'associations'].map((f) => `icons/family-${f}`),
      ...['cooperation', 'time', 'budget', 'generic', 'energy'].map((m) => `icons/meter-${m}`),
      ...[
        'why',
        'codex',
        'sound-on',
        'sound-off',
        'settings',
        'arrow-up',
        'arrow-down',
        'link',
        'initiative',
      ].map((i) => `icons/${i}`),
      'frames/card-frame',
      'frames/panel-frame',
    ];
    for (const w of wanted) expect(paths.has(`assets/art/${w}.svg`), w).toBe(true);
    expect(paths.has('assets/public/icons/icon.svg')).toBe(true);
    expect(paths.has('assets/art/palette.json')).toBe(true);
  });
});

describe.each(svgs.map((f) => [f.path, f.text] as const))('%s', (_path, text) => {
  const doc = parseXml(text);
  const elements = allElements(doc);

  it('is a well-formed SVG with a viewBox and an accessible title', () => {
    expect(doc.name).toBe('svg');
    expect(doc.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(doc.attrs.viewBox).toMatch(/^0 0 \d+ \d+$/);
    expect(doc.children[0]?.name).toBe('title');
    expect(doc.children[0]?.text.trim().length).toBeGreaterThan(3);
  });

  it('has no script, no event handler and no external reference', () => {
    for (const e of elements) {
      expect(['script', 'foreignObject', 'image', 'a', 'iframe', 'style']).not.toContain(e.name);
      for (const [name, value] of Object.entries(e.attrs)) {
        expect(name.toLowerCase().startsWith('on'), `${e.name} ${name}`).toBe(false);
        if (name === 'href' || name === 'xlink:href') expect(value.startsWith('#')).toBe(true);
        for (const ref of value.matchAll(/url\(([^)]*)\)/g)) expect(ref[1]?.startsWith('#')).toBe(true);
        if (!(e === doc && name === 'xmlns')) expect(value).not.toMatch(/https?:|data:|javascript:/i);
      }
    }
  });

  it('only points at ids it defines', () => {
    const ids = new Set(elements.map((e) => e.attrs.id).filter((id) => id !== undefined));
    for (const e of elements) {
      for (const [name, value] of Object.entries(e.attrs)) {
        for (const ref of value.matchAll(/url\(#([^)]*)\)/g)) expect(ids.has(ref[1] ?? '')).toBe(true);
        if (name === 'href') expect(ids.has(value.slice(1)), value).toBe(true);
      }
    }
  });
});

describe('portraits', () => {
  const portraits = svgs.filter((f) => f.path.includes('/portraits/'));

  it('has at least 16 distinct characters, each 256 × 256 and under 6 KB', () => {
    expect(portraits.length).toBeGreaterThanOrEqual(16);
    expect(new Set(portraits.map((p) => p.text)).size).toBe(portraits.length);
    expect(new Set(portraits.map((p) => parseXml(p.text).children[0]?.text)).size).toBe(portraits.length);
    for (const p of portraits) {
      expect(parseXml(p.text).attrs.viewBox).toBe('0 0 256 256');
      expect(bytes(p.text), p.path).toBeLessThan(6 * 1024);
    }
  });

  it('is the set scenarios may name (PORTRAIT_COUNT follows the cast)', () => {
    expect(KNOWN_ASSETS.portraits).toEqual(
      portraits.map((p) => p.path.replace(/^.*\//, '').replace(/\.svg$/, '')).sort(),
    );
  });

  it('shows every aid at least once, named in the accessible title', () => {
    const named: Record<string, RegExp> = {
      wheelchair: /fauteuil roulant/,
      'white-cane': /canne blanche/,
      'guide-dog': /chien guide/,
      'hearing-aid': /appareil auditif/,
      'cochlear-implant': /implant auditif/,
      'prosthetic-arm': /prothèse/,
    };
    for (const [aid, words] of Object.entries(named)) {
      const shown = PORTRAITS.filter((p) => p.aid === aid);
      expect(shown.length, aid).toBeGreaterThan(0);
      for (const p of shown) expect(p.title, aid).toMatch(words);
    }
  });

  it('covers the whole range of skin tones of the palette', () => {
    const palette = JSON.parse(files.find((f) => f.path.endsWith('palette.json'))?.text ?? '{}') as {
      skin: string[];
    };
    for (const tone of palette.skin)
      expect(
        portraits.some((p) => p.text.includes(`fill="${tone}"`)),
        tone,
      ).toBe(true);
  });
});

describe('maps', () => {
  it('are 1600 × 900 landscapes under 60 KB, with no text', () => {
    const maps = svgs.filter((f) => f.path.includes('/maps/'));
    expect(maps).toHaveLength(5);
    for (const m of maps) {
      const doc = parseXml(m.text);
      expect(doc.attrs.viewBox).toBe('0 0 1600 900');
      expect(bytes(m.text), m.path).toBeLessThan(60 * 1024);
      expect(allElements(doc).some((e) => e.name === 'text' || e.name === 'tspan')).toBe(false);
    }
  });
});

describe('palette and app icon', () => {
  it('exports the palette the UI relies on', () => {
    const palette = JSON.parse(files.find((f) => f.path.endsWith('palette.json'))?.text ?? '{}') as {
      base: Record<string, string>;
      family: Record<string, { main: string }>;
      skin: string[];
    };
    expect(palette.base.paper).toBe('#f6efe3');
    expect(palette.base.ink).toBe('#1f2a30');
    expect(palette.base.teal).toBe('#1d5c63');
    expect(Object.keys(palette.family).sort()).toEqual(['associations', 'elus', 'entreprises', 'habitants']);
    expect(palette.skin.length).toBeGreaterThanOrEqual(5);
  });

  it.each(APP_ICON_PNGS)('has the $size px PNG for the manifest', ({ path, size }) => {
    const png = readFileSync(resolve(root, path));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  });
});
