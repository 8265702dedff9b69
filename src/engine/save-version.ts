/**
 * The current version of a saved session (`SavedSession.saveVersion`). Its own module so the save slots
 * read on the title screen do not pull the session runtime (XState) into the first chunk.
 */
export const SAVE_VERSION = 1;
