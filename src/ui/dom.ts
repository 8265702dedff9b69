/** Small helpers to build DOM nodes from data, never from markup strings. */

/** Attributes and text of a new element. */
export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

/** Creates an element with a class, text content and attributes, and appends the children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly (Node | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A component the shell mounts into a host and unmounts later; it removes its own listeners. */
export interface Component {
  /** The root node. */
  readonly element: HTMLElement;
  /** Where focus goes when the component appears (its heading or first control). */
  readonly focusTarget: HTMLElement;
  /** Removes listeners and the node. */
  unmount(): void;
}

/** Adds a listener and returns the function that removes it. */
export function listen<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  handler: (event: HTMLElementEventMap[K]) => void,
): () => void {
  target.addEventListener(type, handler);
  return () => target.removeEventListener(type, handler);
}

/** A heading that can receive focus programmatically (not in the tab order). */
export function focusableHeading(level: 'h2' | 'h3', text: string, className?: string): HTMLHeadingElement {
  return el(level, { text, className: className ?? 'panel-heading', attrs: { tabindex: '-1' } });
}

/**
 * Enter or Space on a screen's focused heading acts as its main button ("Continue"): focus lands on the
 * heading so screen readers announce the screen, and a player pressing Enter must not be stuck there. A
 * held key (auto-repeat) acts once. Returns the function that removes the listener.
 */
export function continueFromHeading(heading: HTMLElement, action: () => void): () => void {
  return listen(heading, 'keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (!event.repeat) action();
  });
}

/** A plain `type="button"` button with visible text (its accessible name). */
export function textButton(text: string, className = 'button'): HTMLButtonElement {
  return el('button', { className, text, attrs: { type: 'button' } });
}
