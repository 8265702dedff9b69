import { el, listen, textButton } from './dom';

/** A modal dialog: focus trapped inside, Escape closes it, focus goes back where it was. */
export interface Dialog {
  readonly element: HTMLDialogElement;
  /** The body where the content goes. */
  readonly body: HTMLElement;
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

/**
 * Creates a native `<dialog>` opened with `showModal()` (the rest of the page becomes inert, so focus
 * stays inside; Escape fires `cancel`). It is appended to `host` and removed when closed.
 */
export function createDialog(options: {
  host: HTMLElement;
  title: string;
  closeLabel: string;
  className?: string;
  onClose?: () => void;
}): Dialog {
  const titleId = `dialog-title-${Math.floor(performance.now() * 1000).toString(36)}`;
  const heading = el('h2', { className: 'dialog-title', text: options.title, attrs: { id: titleId } });
  const close = textButton(options.closeLabel, 'button button-quiet dialog-close');
  const body = el('div', { className: 'dialog-body' });
  const element = el(
    'dialog',
    { className: `dialog ${options.className ?? ''}`.trim(), attrs: { 'aria-labelledby': titleId } },
    [el('header', { className: 'dialog-header' }, [heading, close]), body],
  );
  let opener: Element | null = null;
  let open = false;
  const offs = [
    listen(close, 'click', () => dialog.close()),
    listen(element, 'cancel', (event) => {
      event.preventDefault();
      dialog.close();
    }),
  ];
  const dialog: Dialog = {
    element,
    body,
    get isOpen() {
      return open;
    },
    open() {
      if (open) return;
      open = true;
      opener = document.activeElement;
      options.host.append(element);
      element.showModal();
      const first = body.querySelector<HTMLElement>('button, input, select, a[href], [tabindex="0"]');
      (first ?? close).focus();
    },
    close() {
      if (!open) return;
      open = false;
      element.close();
      offs.forEach((off) => off());
      element.remove();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      options.onClose?.();
    },
  };
  return dialog;
}
