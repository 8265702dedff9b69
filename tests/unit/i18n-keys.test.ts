import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/locales/en.json';
import fr from '../../src/locales/fr.json';

/** Every leaf key of a catalog, dotted ("title.play"). */
function keysOf(catalog: unknown, prefix = ''): string[] {
  if (typeof catalog !== 'object' || catalog === null) return [prefix];
  return Object.entries(catalog).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

/** The text of every TypeScript file under a path. */
function sourceText(path: string): string {
  if (!statSync(path).isDirectory()) return path.endsWith('.ts') ? readFileSync(path, 'utf8') : '';
  return readdirSync(path)
    .map((name) => sourceText(join(path, name)))
    .join('\n');
}

const frKeys = keysOf(fr).sort();
const enKeys = keysOf(en).sort();
// The shell is where the interface catalogs are used (the pure layers and the CLI have their own texts).
const SHELL = ['main.ts', 'ui', 'scenes', 'adapters'];
const source = SHELL.map((part) => sourceText(join(import.meta.dirname, '../../src', part))).join('\n');

describe('interface catalogs (src/locales)', () => {
  it('have the same keys in French and English', () => {
    expect(frKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !frKeys.includes(key))).toEqual([]);
  });

  it('have no empty string', () => {
    const empty = (catalog: unknown): string[] =>
      keysOf(catalog).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(fr)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('only hold keys that the shell in src/ uses (written out as literals)', () => {
    const unused = frKeys.filter((key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it('hold every key that src/ passes to t()', () => {
    const called = [...source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((match) => match[1] ?? '');
    expect(called.length).toBeGreaterThan(10);
    expect([...new Set(called)].filter((key) => !frKeys.includes(key))).toEqual([]);
  });

  it('keep the same interpolation variables in both languages', () => {
    const vars = (text: string): string[] => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1] ?? '').sort();
    const value = (catalog: unknown, key: string): string =>
      String(
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog),
      );
    const mismatched = frKeys.filter((key) => vars(value(fr, key)).join() !== vars(value(en, key)).join());
    expect(mismatched).toEqual([]);
  });
});
