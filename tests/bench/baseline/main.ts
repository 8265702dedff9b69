/**
 * The bench's baseline: an empty Phaser game (Canvas renderer, like the game's territory) that draws
 * frames continuously and marks its first drawn frame with `performance.mark('first-frame')`. It is
 * built with the game's own vite.config.ts, so it follows whatever that config does to `phaser`.
 */
import Phaser from 'phaser';

const host = document.getElementById('app');
if (!host) throw new Error('#app is missing');

new Phaser.Game({
  type: Phaser.CANVAS,
  parent: host,
  backgroundColor: '#f7f1e3',
  scale: {
    mode: Phaser.Scale.RESIZE,
    width: host.clientWidth || 1280,
    height: host.clientHeight || 720,
  },
  banner: false,
  audio: { noAudio: true },
  input: { keyboard: false },
  scene: new Phaser.Scene({ key: 'empty' }),
  callbacks: {
    postBoot: (game) => {
      game.events.once(Phaser.Core.Events.POST_RENDER, () => performance.mark('first-frame'));
    },
  },
});
