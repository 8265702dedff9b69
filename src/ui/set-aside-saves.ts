import type { Translate } from '../adapters/i18n';
import { el, listen, textButton } from './dom';

/** A save set aside (unreadable, or of a scenario that changed): its storage key and what it is called. */
export interface SetAsideEntry {
  key: string;
  name: string;
}

/** What the settings dialog offers for set-aside saves. */
export interface SetAsideSaves {
  entries: () => SetAsideEntry[];
  export: (entry: SetAsideEntry) => void;
  forget: (entry: SetAsideEntry) => void;
}

/**
 * The settings dialog's list of set-aside saves, each with "Export" and "Forget" (none: no section), so
 * that a save set aside stays within reach after its notice is gone.
 */
export function setAsideSection(
  t: Translate,
  saves: SetAsideSaves,
  offs: (() => void)[],
): HTMLElement | null {
  const list = el('ul', { className: 'set-aside-list' });
  const section = el('fieldset', { className: 'setting setting-set-aside' }, [
    el('legend', { text: t('save.asideTitle') }),
    el('p', { className: 'hint', text: t('save.asideHelp') }),
    list,
  ]);
  const draw = (): void => {
    const entries = saves.entries();
    section.hidden = entries.length === 0;
    list.replaceChildren(
      ...entries.map((entry) => {
        const exportButton = textButton(t('save.asideExport'), 'button button-quiet');
        const forget = textButton(t('save.asideForget'), 'button button-quiet');
        offs.push(
          listen(exportButton, 'click', () => saves.export(entry)),
          listen(forget, 'click', () => {
            saves.forget(entry);
            draw();
          }),
        );
        return el('li', {}, [el('span', { text: entry.name }), exportButton, forget]);
      }),
    );
  };
  draw();
  return section.hidden ? null : section;
}
