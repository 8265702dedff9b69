/**
 * The browser side of scenario archives: the archive's images as object URLs (shown only through
 * <img>, so an SVG never runs as a document), and archives kept as base64. The export is archive-export.ts.
 */
import type { ArchiveImage } from '../../engine/authoring/open-archive';
import type { PlayableScenario } from '../../engine/authoring/open-scenario';

/** A playable scenario with object URLs for its archive's images, by their path in the archive. */
export type PlayableWithImages = PlayableScenario & { imageUrls?: ReadonlyMap<string, string> };

/** Object URLs for the images (revoked by `revokeImageUrls`). */
export function imageUrls(images: ReadonlyMap<string, ArchiveImage> | undefined): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [name, image] of images ?? [])
    urls.set(name, URL.createObjectURL(new Blob([image.data as BlobPart], { type: image.type })));
  return urls;
}

/** Frees object URLs made by `imageUrls`. */
export function revokeImageUrls(urls: ReadonlyMap<string, string> | undefined): void {
  for (const url of urls?.values() ?? []) URL.revokeObjectURL(url);
}

/**
 * The URL of an image an archive scenario names (an actor's portrait, the map background), or null:
 * the shell asks the bundled art first, then this (`art.portrait(id) ?? archiveImageUrl(loaded, id)`).
 */
export function archiveImageUrl(loaded: object | null | undefined, id: string): string | null {
  const urls = (loaded as PlayableWithImages | null | undefined)?.imageUrls;
  return urls?.get(id) ?? null;
}

/** Bytes as base64 (to keep an archive in the page's storage), in slices to spare the stack. */
export function toBase64(data: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000)
    binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of a base64 text, or null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
