import { el, listen, textButton } from './dom';

/** A visible notice (corrupt save or settings): a status region with a dismiss button. */
export interface Notice {
  show(message: string, closeLabel: string): void;
  hide(): void;
}

/** Creates the notice inside an existing `role="status"` container. */
export function createNotice(container: HTMLElement): Notice {
  let off: (() => void) | null = null;
  const hide = (): void => {
    off?.();
    off = null;
    container.replaceChildren();
    container.hidden = true;
  };
  return {
    show(message, closeLabel) {
      hide();
      const close = textButton(closeLabel, 'button button-quiet');
      off = listen(close, 'click', hide);
      container.hidden = false;
      container.append(el('span', { text: message }), close);
    },
    hide,
  };
}
