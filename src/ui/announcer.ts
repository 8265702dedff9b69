/** The polite live region: short messages for screen readers when the screen changes. */
export interface Announcer {
  say(message: string): void;
}

/** Writes into an existing `aria-live="polite"` element (cleared first so repeats are read). */
export function createAnnouncer(region: HTMLElement): Announcer {
  return {
    say(message) {
      region.textContent = '';
      // A new text node after clearing makes screen readers announce repeated messages too.
      region.append(document.createTextNode(message));
    },
  };
}
