/** How a localized text is read: in src/core/vocabulary.ts, which the shell may import too. */
export { localize } from '../core/vocabulary';
