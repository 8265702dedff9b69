import type { Translate } from '../../adapters/i18n';
import { createDialog } from '../dialog';
import { el, listen, textButton } from '../dom';

/**
 * Asks before anything erases a training session ("Rejouer", "Recommencer"): a modal dialog whose
 * first button keeps the session (Escape keeps it too). Resolves true to erase.
 */
export function confirmErase(host: HTMLElement, t: Translate, turns: number): Promise<boolean> {
  return new Promise((resolve) => {
    let erase = false;
    const dialog = createDialog({
      host,
      title: t('formation.confirm.title'),
      closeLabel: t('dialog.close'),
      className: 'formation-confirm-dialog',
      onClose: () => {
        offs.forEach((off) => off());
        resolve(erase);
      },
    });
    const keep = textButton(t('formation.confirm.cancel'), 'button button-primary');
    const yes = textButton(t('formation.confirm.confirm'), 'button');
    const offs = [
      listen(keep, 'click', () => dialog.close()),
      listen(yes, 'click', () => {
        erase = true;
        dialog.close();
      }),
    ];
    dialog.body.append(
      el('p', { text: t('formation.confirm.erase', { turns }) }),
      el('div', { className: 'actions' }, [keep, yes]),
    );
    dialog.open();
    keep.focus();
  });
}
