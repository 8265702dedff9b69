import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/engine/authoring/crc32';
import { isUnsafePath, readZip, ZIP_LIMITS, type InflateRaw } from '../../../src/engine/authoring/zip-read';
import { writeZip } from '../../../src/engine/authoring/zip-write';

const inflate: InflateRaw = async (data, maxBytes) =>
  new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) }));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

/** An archive whose entries are deflated (as most tools write them), patched from a stored one. */
function deflatedZip(entries: { name: string; data: Uint8Array }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = bytes(entry.name);
    const packed = new Uint8Array(deflateRawSync(entry.data));
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, crc32(entry.data), true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, entry.data.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, crc32(entry.data), true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, entry.data.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    parts.push(local, packed);
    centrals.push(central);
    offset += local.length + packed.length;
  }
  const size = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, size, true);
  ev.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...parts, ...centrals, end]));
}

describe('the ZIP reader and writer of scenario archives', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
  });

  it('round trip: what the writer stores, the reader gives back byte for byte', async () => {
    const entries = [
      { name: 'mon-scenario.json', data: bytes('{"é":"ü"}') },
      { name: 'images/portrait élue.png', data: new Uint8Array([137, 80, 78, 71, 0, 255]) },
    ];
    const zip = writeZip(entries);
    // Stored entries and a fixed date: the same files give the same bytes.
    expect(writeZip(entries)).toEqual(zip);
    expect(await readZip(zip, inflate)).toEqual({ ok: true, entries });
  });

  it('reads deflated entries through the inflate function given', async () => {
    const long = 'coopération '.repeat(500);
    const zip = deflatedZip([{ name: 's.json', data: bytes(long) }]);
    expect(zip.length).toBeLessThan(long.length / 5);
    const read = await readZip(zip, inflate);
    expect(read.ok && text(read.entries[0]?.data ?? new Uint8Array())).toBe(long);
  });

  it('refuses what is not an archive, and corrupt archives, without throwing', async () => {
    expect(await readZip(bytes('{"not":"a zip"}'), inflate)).toEqual({
      ok: false,
      error: { code: 'not-zip' },
    });
    expect(await readZip(new Uint8Array(0), inflate)).toEqual({ ok: false, error: { code: 'not-zip' } });
    const zip = writeZip([{ name: 'a.json', data: bytes('{"a":1}') }]);
    const flipped = zip.slice();
    flipped[30 + 'a.json'.length] = 0x5b; // '{' becomes '[': the CRC no longer matches
    expect(await readZip(flipped, inflate)).toEqual({
      ok: false,
      error: { code: 'corrupt', name: 'a.json' },
    });
    expect((await readZip(zip.slice(0, zip.length - 30), inflate)).ok).toBe(false);
    const garbage = deflatedZip([{ name: 'b.json', data: bytes('x'.repeat(100)) }]);
    garbage[30 + 'b.json'.length] = 0xff; // a broken deflate stream
    expect(await readZip(garbage, inflate)).toEqual({
      ok: false,
      error: { code: 'corrupt', name: 'b.json' },
    });
  });

  it('refuses zip-slip and absolute paths', async () => {
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
    expect(await readZip(zip, inflate)).toEqual({
      ok: false,
      error: { code: 'unsafe-path', name: '../../evil.json' },
    });
  });

  it('enforces the limits on declared sizes before inflating anything', async () => {
    const small = { ...ZIP_LIMITS, maxArchiveBytes: 100 };
    const zip = writeZip([{ name: 'a.json', data: new Uint8Array(200) }]);
    expect(await readZip(zip, inflate, small)).toEqual({
      ok: false,
      error: { code: 'archive-too-big', size: zip.length, max: 100 },
    });
    const many = writeZip(
      Array.from({ length: 4 }, (_, i) => ({ name: `${i}.png`, data: new Uint8Array(1) })),
    );
    expect(await readZip(many, inflate, { ...ZIP_LIMITS, maxEntries: 3 })).toEqual({
      ok: false,
      error: { code: 'too-many-entries', count: 4, max: 3 },
    });
    expect(await readZip(many, inflate, { ...ZIP_LIMITS, maxEntryBytes: 0 })).toEqual({
      ok: false,
      error: { code: 'entry-too-big', name: '0.png', size: 1, max: 0 },
    });
    expect(await readZip(many, inflate, { ...ZIP_LIMITS, maxTotalBytes: 3 })).toEqual({
      ok: false,
      error: { code: 'total-too-big', size: 4, max: 3 },
    });
    expect(await readZip(writeZip([{ name: 'in/inner.zip', data: bytes('PK') }]), inflate)).toEqual({
      ok: false,
      error: { code: 'nested-archive', name: 'in/inner.zip' },
    });
  });

  it('a deflate bomb that lies about its size is stopped at the declared size', async () => {
    const bomb = deflatedZip([{ name: 'bomb.json', data: new Uint8Array(3 * 1024 * 1024) }]);
    // Declare 1 000 bytes in the central directory (offset of its uncompressed size).
    const view = new DataView(bomb.buffer);
    const central = bomb.length - 22 - (46 + 'bomb.json'.length);
    view.setUint32(central + 24, 1000, true);
    // The inflate function is told to stop at 1 000 bytes: it fails fast instead of filling memory.
    const asked: number[] = [];
    const watched: InflateRaw = (data, max) => {
      asked.push(max);
      return inflate(data, max);
    };
    expect(await readZip(bomb, watched)).toEqual({
      ok: false,
      error: { code: 'corrupt', name: 'bomb.json' },
    });
  });
});
