/**
 * The ZIP writer for "Export": fflate's `zipSync` with stored entries (no compression: images are
 * already compressed, and any tool reads them) and a fixed date (1980-01-01), so the same files give the
 * same bytes.
 */
import { zipSync, type Zippable } from 'fflate';
import type { ZipEntry } from './zip-read';

/** 1980-01-01T00:00:00 local time is the earliest date a ZIP can hold; as a fixed number of ms. */
const FIXED_DATE = 315_532_800_000;

/** The bytes of a ZIP archive holding these files, in order. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) files[entry.name] = [entry.data, { level: 0, mtime: FIXED_DATE }];
  return zipSync(files);
}
