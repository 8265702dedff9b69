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
  /** Imports a game exported to a file (its text), to resume it. */
  importGame: (text: string) => void;
}

let sections = 0;

/**
 * The settings dialog's saves section: "Import a game…" (a game exported to a .json file, read back and
 * resumed), and the list of set-aside saves, each with "Export" and "Forget" (shown when there are some),
 * so that a save set aside stays within reach after its notice is gone.
 */
export function setAsideSection(t: Translate, saves: SetAsideSaves, offs: (() => void)[]): HTMLElement {
  const file = el('input', {
    className: 'visually-hidden',
    attrs: { type: 'file', accept: '.json,application/json', tabindex: '-1', 'aria-hidden': 'true' },
  });
  const importButton = textButton(t('save.import'), 'button button-quiet');
  offs.push(
    listen(importButton, 'click', () => file.click()),
    listen(file, 'change', () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (chosen) void chosen.text().then((text) => saves.importGame(text));
    }),
  );
  const list = el('ul', { className: 'set-aside-list' });
  const titleId = `set-aside-title-${++sections}`;
  const aside = el('div', { className: 'set-aside', attrs: { role: 'group', 'aria-labelledby': titleId } }, [
    el('h3', { className: 'set-aside-title', text: t('save.asideTitle'), attrs: { id: titleId } }),
    el('p', { className: 'hint', text: t('save.asideHelp') }),
    list,
  ]);
  const section = el('fieldset', { className: 'setting setting-set-aside' }, [
    el('legend', { text: t('save.sectionTitle') }),
    el('p', { className: 'hint', text: t('save.importHelp') }),
    el('div', { className: 'setting-options' }, [importButton, file]),
    aside,
  ]);
  const draw = (): void => {
    const entries = saves.entries();
    aside.hidden = entries.length === 0;
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
  return section;
}
