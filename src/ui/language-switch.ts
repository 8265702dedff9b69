import { UI_LANGUAGES, type Translate, type UiLanguage } from '../adapters/i18n';
import { el, listen, type Component } from './dom';

/** A group of buttons, one per language, the current one pressed. */
export function createLanguageSwitch(options: {
  t: Translate;
  lang: UiLanguage;
  onChange: (lang: UiLanguage) => void;
}): Component {
  const offs: (() => void)[] = [];
  const labels: Record<UiLanguage, string> = { fr: options.t('lang.fr'), en: options.t('lang.en') };
  const buttons = UI_LANGUAGES.map((lang) => {
    const button = el('button', {
      className: 'chip',
      text: labels[lang],
      attrs: { type: 'button', lang, 'aria-pressed': String(lang === options.lang) },
    });
    offs.push(listen(button, 'click', () => lang !== options.lang && options.onChange(lang)));
    return button;
  });
  const label = el('span', {
    className: 'switch-label',
    text: options.t('settings.language'),
    attrs: { id: 'lang-label' },
  });
  const element = el(
    'div',
    { className: 'language-switch', attrs: { role: 'group', 'aria-labelledby': 'lang-label' } },
    [label, ...buttons],
  );
  return {
    element,
    focusTarget: buttons[UI_LANGUAGES.indexOf(options.lang)] ?? element,
    unmount() {
      offs.forEach((off) => off());
      element.remove();
    },
  };
}
