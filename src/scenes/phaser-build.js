// The Phaser build the game ships: Phaser 4's core, plus the few modules the scenes use, with the Canvas renderer
// only (see vite.config.ts: `phaser` resolves here in the bundle; TypeScript still reads Phaser's own types).
// It weighs about 150 KB gzip instead of 355 KB for the full npm build.
import Phaser from 'phaser-src/phaser-core.js';
import Container from 'phaser-src/gameobjects/container/Container.js';
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/container/ContainerCreator.js';
import 'phaser-src/loader/filetypes/SVGFile.js';
import Geom from 'phaser-src/geom/index.js';
import LoaderEvents from 'phaser-src/loader/events/index.js';

Phaser.GameObjects.Container = Container;
Phaser.Geom = Geom;
// The core build has no Loader.Events: the scene waits for late portraits with Loader.Events.COMPLETE.
Phaser.Loader.Events = LoaderEvents;

export default Phaser;
