/** The keys of the Phaser scenes. */
export const SceneKeys = {
  Boot: 'boot',
  Territory: 'territory',
} as const;

/** A scene key. */
export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];
