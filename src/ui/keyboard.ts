/**
 * Global keyboard shortcuts (digits 1–4 to pick a choice, …). Components bind keys while mounted and
 * unbind on unmount; the whole thing is removed on teardown.
 */

/** A shortcut handler; it receives the key pressed. */
export type ShortcutHandler = (key: string) => void;

/** The shortcut registry. */
export interface Shortcuts {
  /** Binds keys (KeyboardEvent.key values); returns the unbind function. */
  bind(keys: readonly string[], handler: ShortcutHandler): () => void;
  /** Removes the global listener and every binding. */
  dispose(): void;
}

const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
};

/** Listens to keydown on `target` (the document) and dispatches to the latest binding of a key. */
export function createShortcuts(target: Document): Shortcuts {
  const bindings = new Map<string, ShortcutHandler[]>();
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    // A modal dialog owns the keyboard (Escape closes it natively).
    if (target.querySelector('dialog[open]')) return;
    const handlers = bindings.get(event.key);
    const handler = handlers?.[handlers.length - 1];
    if (!handler) return;
    event.preventDefault();
    handler(event.key);
  };
  target.addEventListener('keydown', onKeyDown);
  return {
    bind(keys, handler) {
      for (const key of keys) bindings.set(key, [...(bindings.get(key) ?? []), handler]);
      return () => {
        for (const key of keys) {
          const rest = (bindings.get(key) ?? []).filter((h) => h !== handler);
          if (rest.length > 0) bindings.set(key, rest);
          else bindings.delete(key);
        }
      };
    },
    dispose() {
      target.removeEventListener('keydown', onKeyDown);
      bindings.clear();
    },
  };
}
