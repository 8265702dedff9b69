import type { Translate } from '../adapters/i18n';
import type { EndingView } from '../engine/view-model';
import { DIMENSIONS, type Dimension, type EndingKind } from '../scenario/format';
import { el, focusableHeading, listen, type Component } from './dom';

const KIND_KEYS: Record<EndingKind, string> = {
  success: 'ending.success',
  partial: 'ending.partial',
  failure: 'ending.failure',
};

const DIMENSION_KEYS: Record<Dimension, string> = {
  cooperation: 'dimension.cooperation',
  powerToAct: 'dimension.powerToAct',
  needsMet: 'dimension.needsMet',
  durability: 'dimension.durability',
};

/** One dimension of the evaluation: a visible label, a bar and the number (0–100). */
function dimensionRow(t: Translate, dimension: Dimension, value: number): HTMLLIElement {
  const labelId = `dimension-${dimension}`;
  const fill = el('span', { className: 'bar-fill' });
  fill.style.width = `${Math.max(0, Math.min(100, value))}%`;
  return el('li', { className: 'dimension' }, [
    el('span', { className: 'dimension-label', text: t(DIMENSION_KEYS[dimension]), attrs: { id: labelId } }),
    el(
      'span',
      {
        className: 'bar',
        attrs: {
          role: 'meter',
          'aria-labelledby': labelId,
          'aria-valuemin': '0',
          'aria-valuemax': '100',
          'aria-valuenow': String(value),
          'aria-valuetext': t('ending.score', { value }),
        },
      },
      [fill],
    ),
    el('span', { className: 'dimension-value', text: String(value), attrs: { 'aria-hidden': 'true' } }),
  ]);
}

/** The ending: its kind, title and text, the evaluation on four dimensions, questions, "Play again". */
export function createEndingScreen(options: {
  t: Translate;
  ending: EndingView;
  sessionCode: string;
  onReplay: () => void;
}): Component {
  const { t, ending } = options;
  const heading = focusableHeading('h2', ending.title);
  const replay = el('button', {
    className: 'button button-primary',
    text: t('ending.replay'),
    attrs: { type: 'button' },
  });
  const element = el(
    'section',
    { className: `panel panel-ending ending-${ending.kind}`, attrs: { 'aria-label': ending.title } },
    [
      el('p', { className: 'eyebrow', text: t(KIND_KEYS[ending.kind]) }),
      heading,
      el('p', { className: 'lead', text: ending.text }),
      el('h3', { text: t('ending.evaluation'), attrs: { id: 'evaluation-heading' } }),
      el(
        'ul',
        { className: 'evaluation', attrs: { 'aria-labelledby': 'evaluation-heading' } },
        DIMENSIONS.map((dimension) => dimensionRow(t, dimension, ending.evaluation[dimension])),
      ),
      ending.questions.length > 0 ? el('h3', { text: t('ending.questions') }) : null,
      ending.questions.length > 0
        ? el(
            'ul',
            { className: 'questions' },
            ending.questions.map((text) => el('li', { text })),
          )
        : null,
      el('p', { className: 'meta', text: t('ending.code', { code: options.sessionCode }) }),
      el('div', { className: 'actions' }, [replay]),
    ],
  );
  const off = listen(replay, 'click', () => options.onReplay());
  return {
    element,
    focusTarget: heading,
    unmount() {
      off();
      element.remove();
    },
  };
}
