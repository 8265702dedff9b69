/**
 * Reading scenario archives with fflate's streaming unzip: the archive is fed in small slices and every
 * limit is checked as the data comes out, so a hostile archive is refused at the first limit it breaks,
 * before it fills memory: the archive size, the entry count, an unsafe path (zip-slip), a nested
 * archive, an unknown compression (AES-encrypted entries use one), an entry or the whole larger than
 * allowed, an entry larger than it declares, and a compression ratio no real file reaches (zip bombs),
 * declared or actual. Entries are read once, in order, from the data itself, so directory entries that
 * point several times at the same data count for nothing. Pure: runs in the file worker and in Node.
 */
import { Unzip, UnzipInflate } from 'fflate';
import { MAX_ARCHIVE_BYTES } from './open-scenario';

/** The limits of an archive. */
export interface ZipLimits {
  /** The archive file itself. */
  maxArchiveBytes: number;
  maxEntries: number;
  /** One entry, uncompressed. */
  maxEntryBytes: number;
  /** Every entry together, uncompressed. */
  maxTotalBytes: number;
  /** Uncompressed bytes per compressed byte, at most (real scenarios and images: under 40). */
  maxRatio: number;
}

/** The game's limits: 20 MB archive, 200 entries, 5 MB each, 50 MB in all, a ratio of 100 at most. */
export const ZIP_LIMITS: ZipLimits = {
  maxArchiveBytes: MAX_ARCHIVE_BYTES,
  maxEntries: 200,
  maxEntryBytes: 5 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
  maxRatio: 100,
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
  | { code: 'unsupported-method'; name: string; method: number }
  | { code: 'entry-too-big'; name: string; size: number; max: number }
  | { code: 'total-too-big'; size: number; max: number }
  | { code: 'too-compressed'; name: string }
  | { code: 'corrupt'; name: string };

/** The files of an archive (directories left out), or why it was refused. */
export type ZipRead = { ok: true; entries: ZipEntry[] } | { ok: false; error: ZipError };

const NESTED = /\.(zip|jar|7z|rar|tar|gz|tgz|bz2|xz|zst)$/i;
/** Slices fed to the unzip stream: one slice inflates to 2 MB at most, at deflate's best ratio. */
const SLICE = 2 * 1024;
/** Small entries may compress better than `maxRatio` (a short repeated text) without being bombs. */
const RATIO_ALLOWANCE = 1024 * 1024;

/** Whether a path could write outside the folder it is unpacked in (zip-slip) or is not a plain name. */
export function isUnsafePath(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0')) return true;
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return true;
  return name.split('/').some((part) => part === '..' || part === '.');
}

const concat = (chunks: readonly Uint8Array[], size: number): Uint8Array => {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
};

/**
 * Reads an archive: its files, or the first limit it breaks. Never throws; synchronous (the caller runs it
 * off the page's main thread).
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipRead {
  if (bytes.byteLength > limits.maxArchiveBytes)
    return {
      ok: false,
      error: { code: 'archive-too-big', size: bytes.byteLength, max: limits.maxArchiveBytes },
    };
  const head = Array.from(bytes.subarray(0, 4));
  const empty = head.join() === '80,75,5,6';
  if (!empty && head.join() !== '80,75,3,4') return { ok: false, error: { code: 'not-zip' } };
  const entries: ZipEntry[] = [];
  let error: ZipError | null = null;
  let count = 0;
  let total = 0;
  let fed = 0;
  let current = '';
  const unzip = new Unzip((file) => {
    const { name } = file;
    current = name;
    if (error) return;
    if (isUnsafePath(name.replace(/\/$/, ''))) error = { code: 'unsafe-path', name };
    else if (name.endsWith('/')) return;
    else if (++count > limits.maxEntries) error = { code: 'too-many-entries', count, max: limits.maxEntries };
    else if (NESTED.test(name)) error = { code: 'nested-archive', name };
    else if (file.compression !== 0 && file.compression !== 8)
      error = { code: 'unsupported-method', name, method: file.compression };
    else if (file.originalSize !== undefined && file.originalSize > limits.maxEntryBytes)
      error = { code: 'entry-too-big', name, size: file.originalSize, max: limits.maxEntryBytes };
    else if (
      file.originalSize !== undefined &&
      file.size !== undefined &&
      file.originalSize > limits.maxRatio * file.size + RATIO_ALLOWANCE
    )
      error = { code: 'too-compressed', name };
    if (error) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (problem, data, final) => {
      if (error) return;
      if (problem) error = { code: 'corrupt', name };
      else {
        size += data.byteLength;
        total += data.byteLength;
        // More than it declares: a lie (a bomb, or a broken archive).
        if (file.originalSize !== undefined && size > file.originalSize) error = { code: 'corrupt', name };
        else if (size > limits.maxEntryBytes)
          error = { code: 'entry-too-big', name, size, max: limits.maxEntryBytes };
        else if (total > limits.maxTotalBytes)
          error = { code: 'total-too-big', size: total, max: limits.maxTotalBytes };
        // The streaming guard: never more out than the ratio allows for what went in so far.
        else if (total > limits.maxRatio * fed + RATIO_ALLOWANCE) error = { code: 'too-compressed', name };
      }
      if (error) return file.terminate();
      chunks.push(data);
      if (!final) return;
      if (file.originalSize !== undefined && size !== file.originalSize) error = { code: 'corrupt', name };
      else entries.push({ name, data: concat(chunks, size) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.byteLength && !error; at += SLICE) {
      fed = Math.min(at + SLICE, bytes.byteLength);
      unzip.push(bytes.subarray(at, fed), fed === bytes.byteLength);
    }
  } catch {
    error ??= { code: 'corrupt', name: current };
  }
  if (!error && bytes.byteLength === 0) error = { code: 'not-zip' };
  return error ? { ok: false, error } : { ok: true, entries };
}
