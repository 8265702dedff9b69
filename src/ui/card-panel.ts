import type { Translate } from '../adapters/i18n';
import type { CardView, ChoiceView } from '../engine/view-model';
import { el, focusableHeading, listen, type Component } from './dom';
import type { Shortcuts } from './keyboard';

function previewText(t: Translate, choice: ChoiceView): string {
  const items = choice.preview.map((item) =>
    item.direction === 'up'
      ? t('card.up', { label: item.label })
      : item.direction === 'down'
        ? t('card.down', { label: item.label })
        : item.label,
  );
  return items.length > 0 ? t('card.moves', { list: items.join(', ') }) : '';
}

/** The current card: who speaks, the situation, and the choices as numbered buttons (keys 1–4). */
export function createCardPanel(options: {
  t: Translate;
  card: CardView;
  portraitUrl: string | null;
  shortcuts: Shortcuts;
  onChoose: (choiceId: string) => void;
}): Component {
  const { t, card } = options;
  const offs: (() => void)[] = [];
  const heading = focusableHeading('h2', card.speaker.name, 'panel-heading speaker-name');
  const buttons = card.choices.map((choice) => {
    const preview = previewText(t, choice);
    const button = el(
      'button',
      { className: 'choice', attrs: { type: 'button', 'aria-keyshortcuts': String(choice.number) } },
      [
        el('span', { className: 'choice-number', text: String(choice.number) }),
        el('span', { className: 'choice-body' }, [
          el('span', { className: 'choice-text', text: choice.text }),
          preview ? el('span', { className: 'choice-preview', text: preview }) : null,
        ]),
      ],
    );
    offs.push(listen(button, 'click', () => options.onChoose(choice.id)));
    return button;
  });
  const keys = card.choices.map((choice) => String(choice.number));
  offs.push(
    options.shortcuts.bind(keys, (key) => {
      const choice = card.choices.find((c) => String(c.number) === key);
      if (choice) options.onChoose(choice.id);
    }),
  );
  const portrait = options.portraitUrl
    ? el('img', {
        className: 'portrait',
        attrs: { src: options.portraitUrl, alt: '', width: '96', height: '96' },
      })
    : el('span', {
        className: `portrait portrait-placeholder family-${card.speaker.family}`,
        attrs: { 'aria-hidden': 'true' },
      });
  const element = el(
    'section',
    { className: 'panel panel-card', attrs: { 'aria-label': card.speaker.name } },
    [
      el('header', { className: `speaker family-${card.speaker.family}` }, [
        portrait,
        el('div', {}, [heading, el('p', { className: 'speaker-role', text: card.speaker.role })]),
      ]),
      el('p', { className: 'situation', text: card.text }),
      el('h3', { className: 'choices-heading', text: t('card.choices'), attrs: { id: 'choices-heading' } }),
      el(
        'ol',
        { className: 'choices', attrs: { 'aria-labelledby': 'choices-heading' } },
        buttons.map((button) => el('li', {}, [button])),
      ),
      el('p', { className: 'hint', text: t('card.keysHint', { count: card.choices.length }) }),
    ],
  );
  return {
    element,
    focusTarget: heading,
    unmount() {
      offs.forEach((off) => off());
      element.remove();
    },
  };
}
