/**
 * Opening a scenario archive (.zip): exactly one scenario .json file plus the images it names (actor
 * portraits, map background) as PNG, JPEG, SVG or WebP, each checked by its first bytes. The ZIP
 * limits (src/engine/authoring/zip-read.ts) are enforced as it is unpacked; the scenario is then checked
 * as a single file would be, with the archive's images as known assets. Pure; never throws.
 */
import type { Concept, Language } from '../../scenario/format';
import { isJsonName, openScenarioText, type OpenedScenario } from './open-scenario';

export { isArchiveName } from './open-scenario';
import { decodeScenarioBytes, encodingProblem } from '../../scenario/validation';
import { readZip, ZIP_LIMITS, type ZipEntry, type ZipError, type ZipLimits } from './zip-read';

/** The image types an archive may hold. */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/svg+xml' | 'image/webp';

/** One image of an archive. */
export interface ArchiveImage {
  name: string;
  type: ImageType;
  data: Uint8Array;
}

/** Why an archive cannot be played (besides the scenario's own problems). */
export type ArchiveError =
  | ZipError
  | { code: 'no-scenario' }
  | { code: 'several-scenarios'; names: string[] }
  | { code: 'unsupported-file'; name: string }
  | { code: 'bad-image'; name: string };

const TYPES: Record<string, ImageType> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

/** The image type of a file name, by its extension. */
export function imageTypeOf(name: string): ImageType | null {
  return TYPES[/\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''] ?? null;
}

const startsWith = (data: Uint8Array, bytes: readonly number[], at = 0): boolean =>
  bytes.every((byte, i) => data[at + i] === byte);

/** Whether the bytes are what the extension says (a renamed file is refused). */
function looksLike(type: ImageType, data: Uint8Array): boolean {
  switch (type) {
    case 'image/png':
      return startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(data, [0xff, 0xd8, 0xff]);
    case 'image/webp':
      return startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x45, 0x42, 0x50], 8);
    case 'image/svg+xml': {
      const head = new TextDecoder()
        .decode(data.subarray(0, 512))
        .replace(/^\uFEFF/, '')
        .trimStart();
      return head.startsWith('<') && /<svg[\s>]/i.test(new TextDecoder().decode(data));
    }
  }
}

/** Files some archivers add that mean nothing here. */
const isNoise = (name: string): boolean => name.startsWith('__MACOSX/') || /(^|\/)\.DS_Store$/.test(name);

/** An archive's scenario file and its images, unpacked and checked. */
export interface UnpackedArchive {
  /** The scenario file's path in the archive, and its bytes. */
  json: ZipEntry;
  /** The images, by their path from the scenario's folder. */
  images: Map<string, ArchiveImage>;
}

/** Unpacks an archive: its one scenario file and its images, or the first problem found. Never throws. */
export function unpackArchive(
  bytes: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS,
): UnpackedArchive | ArchiveError {
  const read = readZip(bytes, limits);
  if (!read.ok) return read.error;
  const files = read.entries.filter((entry) => !isNoise(entry.name));
  const scenarios = files.filter((entry) => isJsonName(entry.name));
  if (scenarios.length > 1) return { code: 'several-scenarios', names: scenarios.map((e) => e.name) };
  const json = scenarios[0];
  if (!json) return { code: 'no-scenario' };
  // Images are named from the scenario's folder: an archive of a whole folder ("mon-jeu/…") works too.
  const folder = json.name.slice(0, json.name.lastIndexOf('/') + 1);
  const images = new Map<string, ArchiveImage>();
  for (const entry of files) {
    if (isJsonName(entry.name)) continue;
    const type = imageTypeOf(entry.name);
    if (!type) return { code: 'unsupported-file', name: entry.name };
    if (!looksLike(type, entry.data)) return { code: 'bad-image', name: entry.name };
    const name =
      folder !== '' && entry.name.startsWith(folder) ? entry.name.slice(folder.length) : entry.name;
    images.set(name, { name, type, data: entry.data });
  }
  return { json, images };
}

/**
 * Opens an archive's bytes: the scenario, checked, with its images; or the first problem found. The
 * scenario file's bytes follow the same decoding rule as a single file (UTF-8), located in the archive
 * (`archive.zip/file.json:line:column`).
 */
export function openScenarioArchive(
  bytes: Uint8Array,
  file: string,
  lang: Language,
  codex: ReadonlyMap<string, Concept>,
  limits: ZipLimits = ZIP_LIMITS,
): OpenedScenario {
  const unpacked = unpackArchive(bytes, limits);
  if (!('json' in unpacked)) return { ok: false, file, reason: 'archive', error: unpacked };
  const inside = `${file}/${unpacked.json.name}`;
  const decoded = decodeScenarioBytes(unpacked.json.data);
  if (!decoded.ok)
    return { ok: false, file, reason: 'invalid', problems: [encodingProblem(decoded.problem, inside, lang)] };
  const opened = openScenarioText(decoded.text, inside, lang, codex, [...unpacked.images.keys()]);
  if (!opened.ok) return opened;
  return { ...opened, file, loaded: { ...opened.loaded, images: unpacked.images } };
}
