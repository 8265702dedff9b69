import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openScenarioArchive } from '../../../src/engine/authoring/open-archive';
import { writeZip } from '../../../src/engine/authoring/zip-write';
import { decodeScenarioBytes, firstInvalidUtf8 } from '../../../src/scenario/validation/decode-text';
import { validateScenarioBytes } from '../../../src/scenario/validation';
import { runCli } from '../helpers/run-cli';

const text = readFileSync('scenarios/premiers-pas.json', 'utf8');
const utf8 = new TextEncoder().encode(text);
const dir = mkdtempSync(join(tmpdir(), 'tisser-encodage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text as UTF-16 with its byte-order mark, as Windows' Notepad writes "Unicode". */
function utf16le(value: string): Uint8Array {
  const out = new Uint8Array(2 + value.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < value.length; i++) {
    out[2 + i * 2] = value.charCodeAt(i) & 0xff;
    out[3 + i * 2] = value.charCodeAt(i) >> 8;
  }
  return out;
}

/** The text as Latin-1 (every character below 256 as one byte), as an old editor saves it. */
const latin1 = (value: string): Uint8Array => Uint8Array.from(value, (c) => c.charCodeAt(0) & 0xff);

/** Where the first non-ASCII character of the text is (1-based). */
function firstAccent(value: string): { line: number; column: number } {
  const at = [...value].findIndex((c) => c.charCodeAt(0) > 127 && c.charCodeAt(0) < 256);
  const before = [...value].slice(0, at).join('');
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

describe('one decoding rule for scenario files (CLI, page, archives)', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeScenarioBytes(utf8)).toEqual({ ok: true, text });
    expect(decodeScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ ok: true, text });
    expect(
      validateScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'p.json').scenario,
    ).toBeDefined();
  });

  it('refuses UTF-16 and UTF-32 (with or without a mark), naming the encoding', () => {
    const result = validateScenarioBytes(utf16le(text), 'unicode.json', { lang: 'fr' });
    expect(result.scenario).toBeUndefined();
    expect(result.problems).toMatchObject([
      { code: 'encoding-utf16', line: 1, column: 1, severity: 'error' },
    ]);
    expect(result.problems[0]?.message).toContain('UTF-16 (LE)');
    expect(decodeScenarioBytes(utf16le(text).subarray(2))).toMatchObject({
      ok: false,
      problem: { code: 'encoding-utf16' },
    });
    expect(decodeScenarioBytes(new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b]))).toMatchObject({
      ok: false,
      problem: { code: 'encoding-utf32' },
    });
  });

  it('refuses bytes that are not UTF-8 at their line and column, never turning them into "�"', () => {
    const want = firstAccent(text);
    const result = validateScenarioBytes(latin1(text), 'latin1.json', { lang: 'en' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'encoding-invalid', ...want });
    expect(result.problems[0]?.message).toMatch(/0x[0-9A-F]{2} here is not UTF-8 text/);
    // Overlong forms and surrogates are not UTF-8 either.
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(utf8)).toBe(-1);
  });

  it('names an image or an archive renamed .json', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const result = validateScenarioBytes(png, 'jeu.json', { lang: 'fr' });
    expect(result.problems[0]?.message).toContain('un fichier PNG');
  });

  it('the CLI follows the same rule: UTF-16 refused with its name, BOM accepted', () => {
    const unicode = join(dir, 'unicode.json');
    writeFileSync(unicode, utf16le(text));
    const refused = runCli('validate', unicode, '--lang', 'en');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`${unicode}:1:1  /  The file is encoded in UTF-16 (LE)`);
    const latin = join(dir, 'latin1.json');
    writeFileSync(latin, latin1(text));
    const { line, column } = firstAccent(text);
    expect(runCli('validate', latin, '--lang', 'fr').out).toContain(
      `${latin}:${line}:${column}  /  L'octet 0x`,
    );
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]));
    expect(runCli('validate', bom, '--lang', 'en').code).toBe(0);
  });

  it('inside an archive: a Latin-1 scenario and a PNG named jeu.json are refused with the place in the archive', () => {
    const latin = openScenarioArchive(
      writeZip([{ name: 'jeu.json', data: latin1(text) }]),
      'a.zip',
      'fr',
      new Map(),
    );
    expect(latin).toMatchObject({
      ok: false,
      reason: 'invalid',
      problems: [{ file: 'a.zip/jeu.json', code: 'encoding-invalid', ...firstAccent(text) }],
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const image = openScenarioArchive(writeZip([{ name: 'jeu.json', data: png }]), 'b.zip', 'en', new Map());
    expect(image).toMatchObject({
      ok: false,
      problems: [{ file: 'b.zip/jeu.json', code: 'encoding-binary' }],
    });
  });
});
