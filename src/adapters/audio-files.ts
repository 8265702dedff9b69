import { isSoundKey, type SoundKey } from './audio';

/** The generated sounds found at build time (assets/audio/<key>.mp3); missing files stay silent. */
const files = import.meta.glob<string>('../../assets/audio/*.mp3', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** URLs of the sound files that exist, by sound key. */
export function audioUrls(): Partial<Record<SoundKey, string>> {
  const urls: Partial<Record<SoundKey, string>> = {};
  for (const [path, url] of Object.entries(files)) {
    const key = path.replace(/^.*\//, '').replace(/\.mp3$/, '');
    if (isSoundKey(key)) urls[key] = url;
  }
  return urls;
}
