/**
 * URLs of the generated art (assets/art/**), found at build time. A file that does not exist yet
 * simply has no URL: the UI and the scenes then draw their own placeholder.
 */

const portraits = import.meta.glob<string>('../../assets/art/portraits/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});
const maps = import.meta.glob<string>('../../assets/art/maps/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});
const icons = import.meta.glob<string>('../../assets/art/icons/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

const byName = (files: Record<string, string>): Map<string, string> =>
  new Map(Object.entries(files).map(([path, url]) => [path.replace(/^.*\//, '').replace(/\.svg$/, ''), url]));

/** Lookup of the generated art by name. */
export interface ArtAssets {
  portrait(id: string): string | null;
  map(template: string): string | null;
  icon(name: string): string | null;
}

/** The art found in the build. */
export function createArtAssets(): ArtAssets {
  const p = byName(portraits);
  const m = byName(maps);
  const i = byName(icons);
  return {
    portrait: (id) => p.get(id) ?? null,
    map: (template) => m.get(template) ?? null,
    icon: (name) => i.get(name) ?? null,
  };
}
