import { UI_LANGUAGES, type Translate, type UiLanguage } from '../adapters/i18n';
import { setAsideSection, type SetAsideSaves } from './set-aside-saves';
import { createDialog, type Dialog } from './dialog';
import { el, listen } from './dom';
import { MOTION_CHOICES, TEXT_SCALES, type MotionChoice, type Settings } from '../adapters/settings';

const MOTION_KEYS: Record<MotionChoice, string> = {
  system: 'settings.motionSystem',
  reduce: 'settings.motionReduce',
  full: 'settings.motionFull',
};

let groupCount = 0;

/** A fieldset of radio buttons with a legend; `onPick` gets the picked value. */
function radioGroup<T extends string | number>(
  legend: string,
  values: readonly T[],
  current: T,
  label: (value: T) => string,
  onPick: (value: T) => void,
  offs: (() => void)[],
  lang?: (value: T) => string,
): HTMLFieldSetElement {
  const name = `setting-${++groupCount}`;
  return el('fieldset', { className: 'setting' }, [
    el('legend', { text: legend }),
    el(
      'div',
      { className: 'setting-options' },
      values.map((value) => {
        const input = el('input', { attrs: { type: 'radio', name, value: String(value) } });
        input.checked = value === current;
        offs.push(listen(input, 'change', () => input.checked && onPick(value)));
        const attrs: Record<string, string> = lang ? { lang: lang(value) } : {};
        return el('label', { className: 'option', attrs }, [input, el('span', { text: label(value) })]);
      }),
    ),
  ]);
}

function checkbox(
  text: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  offs: (() => void)[],
) {
  const input = el('input', { attrs: { type: 'checkbox' } });
  input.checked = checked;
  offs.push(listen(input, 'change', () => onChange(input.checked)));
  return el('label', { className: 'option option-check' }, [input, el('span', { text })]);
}

/**
 * The settings dialog: language, text size, high contrast, reduced motion, sound and volume. Each
 * change applies at once through `onChange` (the shell persists it).
 */
export function openSettingsDialog(options: {
  host: HTMLElement;
  t: Translate;
  settings: Settings;
  lang: UiLanguage;
  onChange: (next: Settings) => void;
  onLanguage: (lang: UiLanguage) => void;
  onClose?: () => void;
  /** Saves set aside, to export or forget (the section shows only when there are some). */
  setAside?: SetAsideSaves;
}): Dialog {
  const { t } = options;
  const langNames: Record<UiLanguage, string> = { fr: t('lang.fr'), en: t('lang.en') };
  let settings = { ...options.settings };
  const offs: (() => void)[] = [];
  const update = (patch: Partial<Settings>): void => {
    settings = { ...settings, ...patch };
    options.onChange(settings);
  };
  const dialog = createDialog({
    host: options.host,
    title: t('settings.title'),
    closeLabel: t('dialog.close'),
    className: 'dialog-settings',
    onClose: () => {
      offs.forEach((off) => off());
      options.onClose?.();
    },
  });
  const volumeId = 'setting-volume';
  const volume = el('input', {
    attrs: { type: 'range', id: volumeId, min: '0', max: '100', step: '10', value: String(settings.volume) },
  });
  offs.push(listen(volume, 'change', () => update({ volume: Number(volume.value) })));
  dialog.body.append(
    radioGroup(
      t('settings.language'),
      UI_LANGUAGES,
      options.lang,
      (lang) => langNames[lang],
      (lang) => {
        update({ lang });
        options.onLanguage(lang);
      },
      offs,
      (lang) => lang,
    ),
    radioGroup(
      t('settings.textSize'),
      TEXT_SCALES,
      settings.textScale,
      (scale) => t('settings.percent', { value: scale }),
      (textScale) => update({ textScale }),
      offs,
    ),
    el('fieldset', { className: 'setting' }, [
      el('legend', { text: t('settings.display') }),
      checkbox(
        t('settings.highContrast'),
        settings.highContrast,
        (highContrast) => update({ highContrast }),
        offs,
      ),
    ]),
    radioGroup(
      t('settings.motion'),
      MOTION_CHOICES,
      settings.motion,
      (motion) => t(MOTION_KEYS[motion]),
      (motion) => update({ motion }),
      offs,
    ),
    el('fieldset', { className: 'setting setting-sound' }, [
      el('legend', { text: t('settings.sound') }),
      checkbox(t('settings.soundOn'), settings.sound, (sound) => update({ sound }), offs),
      el('label', { className: 'option option-range', attrs: { for: volumeId } }, [
        el('span', { text: t('settings.volume') }),
      ]),
      volume,
    ]),
  );
  const saves = options.setAside;
  // An imported game is resumed on the game's screen: the dialog closes first.
  if (saves)
    dialog.body.append(
      setAsideSection(t, { ...saves, importGame: (text) => (dialog.close(), saves.importGame(text)) }, offs),
    );
  dialog.open();
  return dialog;
}
