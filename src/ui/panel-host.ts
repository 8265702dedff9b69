import type { Component } from './dom';

/** Holds the one screen component on show: unmounts the previous one and moves focus to the new one. */
export interface PanelHost {
  show(component: Component, options?: { focus?: boolean }): void;
  clear(): void;
}

/** Creates the host over a container element. */
export function createPanelHost(container: HTMLElement): PanelHost {
  let current: Component | null = null;
  return {
    show(component, options = {}) {
      current?.unmount();
      current = component;
      // Also drops the static "loading" placeholder of index.html on the first show.
      container.replaceChildren(component.element);
      if (options.focus !== false) component.focusTarget.focus({ preventScroll: false });
    },
    clear() {
      current?.unmount();
      current = null;
      container.replaceChildren();
    },
  };
}
