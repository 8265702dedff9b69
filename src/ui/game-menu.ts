import type { Translate } from '../adapters/i18n';
import { createDialog, type Dialog } from './dialog';
import { el, listen, textButton } from './dom';

/** What the game menu offers. */
export interface MenuActions {
  onSettings: () => void;
  onCodex: () => void;
  onRestart: () => void;
  onTitle: () => void;
  /** Entries a mode adds (label key and action), before "back to the title". */
  extras?: readonly { key: string; action: () => void }[];
}

/** The game menu (Escape): resume, settings, codex, restart, back to the title. */
export function openGameMenu(options: { host: HTMLElement; t: Translate } & MenuActions): Dialog {
  const { t } = options;
  const offs: (() => void)[] = [];
  const dialog = createDialog({
    host: options.host,
    title: t('menu.title'),
    closeLabel: t('dialog.close'),
    className: 'dialog-menu',
    onClose: () => offs.forEach((off) => off()),
  });
  // Each action closes the menu first, so focus returns to the game before the next dialog opens.
  const item = (key: string, action: (() => void) | null): HTMLLIElement => {
    const button = textButton(t(key), 'button menu-item');
    offs.push(
      listen(button, 'click', () => {
        dialog.close();
        action?.();
      }),
    );
    return el('li', {}, [button]);
  };
  dialog.body.append(
    el('ul', { className: 'menu-list' }, [
      item('menu.resume', null),
      item('menu.settings', options.onSettings),
      item('menu.codex', options.onCodex),
      item('menu.restart', options.onRestart),
      ...(options.extras ?? []).map((extra) => item(extra.key, extra.action)),
      item('menu.toTitle', options.onTitle),
    ]),
  );
  dialog.open();
  return dialog;
}
