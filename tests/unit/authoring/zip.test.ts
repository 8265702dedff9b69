import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isUnsafePath, readZip, ZIP_LIMITS } from '../../../src/engine/authoring/zip-read';
import { writeZip } from '../../../src/engine/authoring/zip-write';

const bytes = (value: string): Uint8Array => new TextEncoder().encode(value);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);
/** An archive of deflated entries (as most tools write them). */
const deflated = (files: Record<string, Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: 9 }]])));

/** Offsets of the local headers of an archive (signature PK\3\4 at a header boundary). */
const LOCAL_SIZE = 22; // uncompressed size in a local header
const CENTRAL_SIZE = 24; // uncompressed size in a central header

/**
 * An archive whose central directory lists the same data `copies` times (the "overlapping entries" bomb):
 * readers that trust the directory unpack it again and again.
 */
function overlapping(data: Uint8Array, copies: number): Uint8Array {
  const zip = deflated({ 'a.json': data });
  const view = new DataView(zip.buffer);
  const end = zip.length - 22;
  const centralAt = view.getUint32(end + 16, true);
  const central = zip.slice(centralAt, end);
  const out = new Uint8Array(centralAt + central.length * copies + 22);
  out.set(zip.subarray(0, centralAt));
  for (let i = 0; i < copies; i++) out.set(central, centralAt + i * central.length);
  out.set(zip.subarray(end), centralAt + central.length * copies);
  const outView = new DataView(out.buffer);
  outView.setUint16(out.length - 22 + 8, copies, true);
  outView.setUint16(out.length - 22 + 10, copies, true);
  outView.setUint32(out.length - 22 + 12, central.length * copies, true);
  return out;
}

/** Repetitive but not degenerate data: compresses about 10 to 1, like a long scenario file. */
function textLike(size: number): Uint8Array {
  const out = new Uint8Array(size);
  let seed = 7;
  for (let i = 0; i < size; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out[i] = 97 + ((seed >> 16) % 4);
  }
  return out;
}

describe('the ZIP reader (fflate, streaming) and writer of scenario archives', () => {
  it('round trip: what the writer stores, the reader gives back byte for byte', () => {
    const entries = [
      { name: 'mon-scenario.json', data: bytes('{"é":"ü"}') },
      { name: 'images/portrait élue.png', data: new Uint8Array([137, 80, 78, 71, 0, 255]) },
    ];
    const zip = writeZip(entries);
    // Stored entries and a fixed date: the same files give the same bytes.
    expect(writeZip(entries)).toEqual(zip);
    expect(readZip(zip)).toEqual({ ok: true, entries });
  });

  it('reads deflated entries', () => {
    const long = 'coopération '.repeat(500);
    const zip = deflated({ 's.json': bytes(long) });
    expect(zip.length).toBeLessThan(long.length / 5);
    const read = readZip(zip);
    expect(read.ok && text(read.entries[0]?.data ?? new Uint8Array())).toBe(long);
  });

  it('refuses what is not an archive, and corrupt archives, without throwing', () => {
    expect(readZip(bytes('{"not":"a zip"}'))).toEqual({ ok: false, error: { code: 'not-zip' } });
    expect(readZip(new Uint8Array(0))).toEqual({ ok: false, error: { code: 'not-zip' } });
    const zip = writeZip([{ name: 'a.json', data: bytes('{"a":1}') }]);
    expect(readZip(zip.slice(0, 40)).ok).toBe(false);
    const garbage = deflated({ 'b.json': bytes('x'.repeat(100)) });
    garbage[30 + 'b.json'.length] = 0xff; // a broken deflate stream
    expect(readZip(garbage)).toEqual({ ok: false, error: { code: 'corrupt', name: 'b.json' } });
  });

  it('refuses zip-slip and absolute paths', () => {
    for (const name of [
      '../evil.json',
      'a/../../evil.png',
      '/etc/passwd',
      'C:/x.png',
      'a\\..\\b.png',
      './a.json',
    ])
      expect(isUnsafePath(name)).toBe(true);
    expect(isUnsafePath('images/portrait-01.png')).toBe(false);
    const zip = writeZip([{ name: '../../evil.json', data: bytes('{}') }]);
    expect(readZip(zip)).toEqual({ ok: false, error: { code: 'unsafe-path', name: '../../evil.json' } });
  });

  it('enforces the size, count and nesting limits', () => {
    const zip = writeZip([{ name: 'a.json', data: new Uint8Array(200) }]);
    expect(readZip(zip, { ...ZIP_LIMITS, maxArchiveBytes: 100 })).toEqual({
      ok: false,
      error: { code: 'archive-too-big', size: zip.length, max: 100 },
    });
    const many = writeZip(
      Array.from({ length: 4 }, (_, i) => ({ name: `${i}.png`, data: new Uint8Array(1) })),
    );
    expect(readZip(many, { ...ZIP_LIMITS, maxEntries: 3 })).toEqual({
      ok: false,
      error: { code: 'too-many-entries', count: 4, max: 3 },
    });
    expect(readZip(many, { ...ZIP_LIMITS, maxEntryBytes: 0 })).toEqual({
      ok: false,
      error: { code: 'entry-too-big', name: '0.png', size: 1, max: 0 },
    });
    expect(readZip(many, { ...ZIP_LIMITS, maxTotalBytes: 3 })).toEqual({
      ok: false,
      error: { code: 'total-too-big', size: 4, max: 3 },
    });
    expect(readZip(writeZip([{ name: 'in/inner.zip', data: bytes('PK') }]))).toEqual({
      ok: false,
      error: { code: 'nested-archive', name: 'in/inner.zip' },
    });
  });

  it('refuses a zip bomb by its declared ratio, before inflating it', () => {
    const bomb = deflated({ 'bomb.json': new Uint8Array(4 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(10_000);
    expect(readZip(bomb)).toEqual({ ok: false, error: { code: 'too-compressed', name: 'bomb.json' } });
  });

  it('stops an entry that unpacks past what it declares at the first limit, without unpacking it all', () => {
    // 200 MB of zeros declaring 1,000 bytes (in both headers): stopped within the first slices.
    const bomb = zipSync({ 'bomb.json': [new Uint8Array(200 * 1024 * 1024), { level: 1 }] });
    const view = new DataView(bomb.buffer);
    view.setUint32(LOCAL_SIZE, 1000, true);
    const centralAt = view.getUint32(bomb.length - 22 + 16, true);
    view.setUint32(centralAt + CENTRAL_SIZE, 1000, true);
    let started = performance.now();
    expect(readZip(bomb)).toEqual({ ok: false, error: { code: 'corrupt', name: 'bomb.json' } });
    const refused = performance.now() - started;
    // Unpacking it all takes far longer than refusing it (a machine-independent comparison).
    started = performance.now();
    unzipSync(bomb);
    expect(refused).toBeLessThan((performance.now() - started) / 5);
    // Declaring the truth (above the ratio) is refused before inflating; declaring nothing (sizes in a
    // trailing descriptor) is caught by the streaming ratio guard.
    view.setUint32(LOCAL_SIZE, 0, true);
    view.setUint16(6, view.getUint16(6, true) | 8, true);
    expect(readZip(bomb).ok).toBe(false);
  });

  it('reads data listed nine times in the directory once: no 45 MB from a 10 KB archive', () => {
    const small = overlapping(new Uint8Array(5 * 1024 * 1024), 9);
    expect(small.length).toBeLessThan(12_000);
    expect(readZip(small)).toEqual({ ok: false, error: { code: 'too-compressed', name: 'a.json' } });
    const fair = overlapping(textLike(2 * 1024 * 1024), 9);
    const read = readZip(fair);
    expect(read.ok && read.entries.map((entry) => entry.data.length)).toEqual([2 * 1024 * 1024]);
  });
});
