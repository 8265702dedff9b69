import type { Translate, UiLanguage } from '../adapters/i18n';
import { el, listen, type Component } from './dom';
import { createLanguageSwitch } from './language-switch';

/** What the title screen shows about the scenario. */
export interface TitleInfo {
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
}

/** The title screen: plain DOM, interactive before Phaser loads. */
export function createTitleScreen(options: {
  t: Translate;
  info: TitleInfo;
  lang: UiLanguage;
  /** Focus the language switch (after switching language) rather than "Play". */
  focusLanguage?: boolean;
  onLanguage: (lang: UiLanguage) => void;
  onPlay: () => void;
}): Component {
  const { t, info } = options;
  const play = el('button', {
    className: 'button button-primary',
    text: t('title.play'),
    attrs: { type: 'button' },
  });
  const languages = createLanguageSwitch({ t, lang: options.lang, onChange: options.onLanguage });
  const heading = el('h2', { className: 'panel-heading', text: info.title, attrs: { tabindex: '-1' } });
  const element = el(
    'section',
    { className: 'panel panel-title', attrs: { 'aria-labelledby': 'title-heading' } },
    [
      el('p', { className: 'tagline', text: t('app.tagline') }),
      el('p', { className: 'eyebrow', text: t('title.scenario') }),
      heading,
      el('p', { className: 'lead', text: info.summary }),
      el('p', { className: 'meta', text: t('title.duration', { minutes: info.minutes }) }),
      info.objectives.length > 0 ? el('h3', { text: t('title.objectives') }) : null,
      info.objectives.length > 0
        ? el(
            'ul',
            { className: 'objectives' },
            info.objectives.map((text) => el('li', { text })),
          )
        : null,
      el('div', { className: 'actions' }, [play]),
      languages.element,
      el('p', { className: 'hint', text: t('title.keysHint') }),
    ],
  );
  heading.id = 'title-heading';
  const off = listen(play, 'click', () => options.onPlay());
  return {
    element,
    focusTarget: options.focusLanguage ? languages.focusTarget : play,
    unmount() {
      off();
      languages.unmount();
      element.remove();
    },
  };
}
