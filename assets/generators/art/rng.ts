/** The art generators' seeded random source (shared with the audio generators). */
export { createRng, type SeededRng as ArtRng } from '../seeded-rng';
