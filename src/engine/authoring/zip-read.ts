/**
 * A small, strict ZIP reader for scenario archives: the central directory is read first, every limit
 * is checked on the declared sizes before anything is inflated, and again on the real sizes after.
 * Stored and deflate entries only; deflate goes through the function given (the browser's
 * `DecompressionStream('deflate-raw')`, Node's zlib in tests), so this file stays pure.
 */
import { crc32 } from './crc32';

/** Inflates raw deflate data; must fail (throw or reject) past `maxBytes` of output. */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Promise<Uint8Array>;

/** The limits of an archive. */
export interface ZipLimits {
  /** The archive file itself. */
  maxArchiveBytes: number;
  maxEntries: number;
  /** One entry, uncompressed. */
  maxEntryBytes: number;
  /** Every entry together, uncompressed. */
  maxTotalBytes: number;
}

/** The limits of the game's "Open a scenario" (20 MB archive, 200 entries, 5 MB each, 50 MB in all). */
export const ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: 20 * 1024 * 1024,
  maxEntries: 200,
  maxEntryBytes: 5 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
};

/** One file of an archive. */
export interface ZipEntry {
  /** Its path inside the archive, `/`-separated, never absolute, never with `..`. */
  name: string;
  data: Uint8Array;
}

/** Why an archive was refused. */
export type ZipError =
  | { code: 'not-zip' }
  | { code: 'archive-too-big'; size: number; max: number }
  | { code: 'too-many-entries'; count: number; max: number }
  | { code: 'unsafe-path'; name: string }
  | { code: 'nested-archive'; name: string }
  | { code: 'encrypted'; name: string }
  | { code: 'unsupported-method'; name: string; method: number }
  | { code: 'entry-too-big'; name: string; size: number; max: number }
  | { code: 'total-too-big'; size: number; max: number }
  | { code: 'corrupt'; name: string };

/** The files of an archive (directories left out), or why it was refused. */
export type ZipRead = { ok: true; entries: ZipEntry[] } | { ok: false; error: ZipError };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const NESTED = /\.(zip|jar|7z|rar|tar|gz|tgz|bz2|xz|zst)$/i;

/** Whether a path could write outside the folder it is unpacked in (zip-slip) or is not a plain name. */
export function isUnsafePath(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0')) return true;
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return true;
  return name.split('/').some((part) => part === '..' || part === '.');
}

function findEnd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

interface Header {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressed: number;
  size: number;
  local: number;
}

/** The central directory's headers, or why it cannot be read. */
function readDirectory(bytes: Uint8Array, limits: ZipLimits): Header[] | ZipError {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return { code: 'not-zip' };
  const count = view.getUint16(end + 10, true);
  if (count > limits.maxEntries) return { code: 'too-many-entries', count, max: limits.maxEntries };
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const headers: Header[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL) return { code: 'not-zip' };
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.byteLength) return { code: 'not-zip' };
    headers.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return headers;
}

/** Checks one header against the limits before anything is inflated. */
function checkHeader(header: Header, limits: ZipLimits): ZipError | null {
  const { name } = header;
  if (isUnsafePath(name.replace(/\/$/, ''))) return { code: 'unsafe-path', name };
  if (name.endsWith('/')) return null;
  if (NESTED.test(name)) return { code: 'nested-archive', name };
  if (header.flags & 1) return { code: 'encrypted', name };
  if (header.method !== 0 && header.method !== 8)
    return { code: 'unsupported-method', name, method: header.method };
  if (header.size > limits.maxEntryBytes)
    return { code: 'entry-too-big', name, size: header.size, max: limits.maxEntryBytes };
  return null;
}

/** The data of one entry, checked against its declared size and CRC. */
async function readEntry(
  bytes: Uint8Array,
  header: Header,
  inflate: InflateRaw,
  limits: ZipLimits,
): Promise<Uint8Array | ZipError> {
  const corrupt: ZipError = { code: 'corrupt', name: header.name };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (header.local + 30 > bytes.byteLength || view.getUint32(header.local, true) !== LOCAL) return corrupt;
  const start =
    header.local + 30 + view.getUint16(header.local + 26, true) + view.getUint16(header.local + 28, true);
  if (start + header.compressed > bytes.byteLength) return corrupt;
  const raw = bytes.subarray(start, start + header.compressed);
  let data: Uint8Array;
  if (header.method === 0) data = raw;
  else {
    try {
      data = await inflate(raw, Math.min(header.size, limits.maxEntryBytes));
    } catch {
      return corrupt;
    }
  }
  if (data.byteLength !== header.size || crc32(data) !== header.crc) return corrupt;
  return data;
}

/**
 * Reads an archive: refuses it on the first broken limit (size, entry count, unsafe path, nested
 * archive, encryption, unknown compression, entry or total size), or on corrupt data. Never throws.
 */
export async function readZip(
  bytes: Uint8Array,
  inflate: InflateRaw,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<ZipRead> {
  if (bytes.byteLength > limits.maxArchiveBytes)
    return {
      ok: false,
      error: { code: 'archive-too-big', size: bytes.byteLength, max: limits.maxArchiveBytes },
    };
  const headers = readDirectory(bytes, limits);
  if (!Array.isArray(headers)) return { ok: false, error: headers };
  let total = 0;
  for (const header of headers) {
    const error = checkHeader(header, limits);
    if (error) return { ok: false, error };
    total += header.size;
  }
  if (total > limits.maxTotalBytes)
    return { ok: false, error: { code: 'total-too-big', size: total, max: limits.maxTotalBytes } };
  const entries: ZipEntry[] = [];
  for (const header of headers) {
    if (header.name.endsWith('/')) continue;
    const data = await readEntry(bytes, header, inflate, limits);
    if (!(data instanceof Uint8Array)) return { ok: false, error: data };
    entries.push({ name: header.name, data });
  }
  return { ok: true, entries };
}
