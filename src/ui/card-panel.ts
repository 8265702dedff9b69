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

/**
 * What a player may know before choosing, as text inside the choice's button (so its accessible name
 * carries it too): the families it concerns (`stakes` preview), its costs, its stated risk. Never a
 * colour alone: every item is in words, the family marks and the risk sign are decoration.
 */
function beforeChoosing(t: Translate, choice: ChoiceView): (HTMLElement | null)[] {
  const stakes =
    choice.stakes.length > 0
      ? el('span', { className: 'choice-stakes' }, [
          el('span', { text: `${t('card.stakes')} ` }),
          ...choice.stakes.map((family, i) =>
            el('span', {
              className: `stake family-${family}`,
              text: `${t(`family.${family}`)}${i < choice.stakes.length - 1 ? ', ' : ''}`,
            }),
          ),
        ])
      : null;
  const costs =
    choice.costs.length > 0
      ? el('span', {
          className: 'choice-costs',
          text: t('card.cost', { list: choice.costs.map((c) => `${c.amount} ${c.label}`).join(', ') }),
        })
      : null;
  const risk = choice.risk
    ? el('span', { className: 'choice-risk' }, [
        el('span', { className: 'choice-risk-icon', text: '⚠', attrs: { 'aria-hidden': 'true' } }),
        el('span', { text: t('card.risk', { label: choice.risk.label, chance: choice.risk.words }) }),
      ])
    : null;
  return [stakes, costs, risk];
}

/**
 * The current card: who speaks, the situation, what is left of the budget the choices cost (the list's
 * description), and the choices as numbered buttons (keys 1–4). A choice
 * the player cannot afford stays on show in its place, focusable but `aria-disabled`, marked in words
 * ("Trop coûteux") with its reason as its description; choosing it (click or digit) announces the
 * reason instead.
 */
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
  const refused = el('p', { className: 'choice-refused', attrs: { role: 'status' } });
  const refuse = (choice: ChoiceView, button: HTMLElement): void => {
    button.focus();
    // A new node, so the same reason is announced again.
    refused.replaceChildren(el('span', { text: choice.unavailable?.reason ?? '' }));
  };
  const items = card.choices.map((choice) => {
    const preview = previewText(t, choice);
    const reasonId = `choice-reason-${choice.number}`;
    const blocked = choice.unavailable !== null;
    const button = el(
      'button',
      {
        className: blocked ? 'choice choice-unavailable' : 'choice',
        attrs: {
          type: 'button',
          'aria-keyshortcuts': String(choice.number),
          ...(blocked ? { 'aria-disabled': 'true', 'aria-describedby': reasonId } : {}),
        },
      },
      [
        el('span', { className: 'choice-number', text: String(choice.number) }),
        el('span', { className: 'choice-body' }, [
          el('span', { className: 'choice-text', text: choice.text }),
          preview ? el('span', { className: 'choice-preview', text: preview }) : null,
          ...beforeChoosing(t, choice),
          blocked
            ? el('span', { className: 'choice-unavailable-tag' }, [
                el('span', {
                  className: 'choice-unavailable-icon',
                  text: '⊘',
                  attrs: { 'aria-hidden': 'true' },
                }),
                el('span', { text: t('card.unavailable') }),
              ])
            : null,
        ]),
      ],
    );
    offs.push(
      listen(button, 'click', () => (blocked ? refuse(choice, button) : options.onChoose(choice.id))),
    );
    const reason = blocked
      ? el('p', {
          className: 'choice-reason',
          text: choice.unavailable?.reason ?? '',
          attrs: { id: reasonId },
        })
      : null;
    return { choice, button, li: el('li', {}, [button, reason]) };
  });
  const keys = card.choices.map((choice) => String(choice.number));
  offs.push(
    options.shortcuts.bind(keys, (key) => {
      const item = items.find((i) => String(i.choice.number) === key);
      if (!item) return;
      if (item.choice.unavailable) refuse(item.choice, item.button);
      else options.onChoose(item.choice.id);
    }),
  );
  // What is left to pay the costs with, once for the card, in words: "Reste : 3 Temps et énergie".
  const budget =
    card.budget.length > 0
      ? el('p', {
          className: 'card-budget',
          text: t('card.budget', { list: card.budget.map((b) => `${b.left} ${b.label}`).join(', ') }),
          attrs: { id: 'card-budget' },
        })
      : null;
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
    { className: 'panel panel-card', attrs: { 'aria-label': card.speaker.name, 'data-card': card.id } },
    [
      el('header', { className: `speaker family-${card.speaker.family}` }, [
        portrait,
        el('div', {}, [heading, el('p', { className: 'speaker-role', text: card.speaker.role })]),
      ]),
      el('p', { className: 'situation', text: card.text }),
      el('h3', { className: 'choices-heading', text: t('card.choices'), attrs: { id: 'choices-heading' } }),
      budget,
      el(
        'ol',
        {
          className: 'choices',
          attrs: {
            'aria-labelledby': 'choices-heading',
            ...(budget ? { 'aria-describedby': 'card-budget' } : {}),
          },
        },
        items.map((item) => item.li),
      ),
      refused,
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
