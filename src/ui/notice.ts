import { el, listen, textButton } from './dom';

/** A button a notice offers besides "close" (export a save, choose a game); it closes the notice. */
export interface NoticeAction {
  label: string;
  action: () => void;
}

/** A visible notice (corrupt save or settings, storage full): a status region with buttons. */
export interface Notice {
  show(message: string, closeLabel: string, actions?: readonly NoticeAction[]): void;
  hide(): void;
}

/** Creates the notice inside an existing `role="status"` container. */
export function createNotice(container: HTMLElement): Notice {
  let offs: (() => void)[] = [];
  const hide = (): void => {
    offs.forEach((off) => off());
    offs = [];
    container.replaceChildren();
    container.hidden = true;
  };
  return {
    show(message, closeLabel, actions = []) {
      hide();
      const buttons = actions.map(({ label, action }) => {
        const button = textButton(label, 'button');
        offs.push(
          listen(button, 'click', () => {
            hide();
            action();
          }),
        );
        return button;
      });
      const close = textButton(closeLabel, 'button button-quiet');
      offs.push(listen(close, 'click', hide));
      container.hidden = false;
      container.append(el('span', { text: message }), ...buttons, close);
    },
    hide,
  };
}
