import type { Translate } from '../adapters/i18n';
import type { ViewModel } from '../engine/view-model';
import { continueFromHeading, el, focusableHeading, listen, type Component, textButton } from './dom';

/** The introduction of a phase: its number, title and text, and "Continue". */
export function createPhasePanel(options: {
  t: Translate;
  view: ViewModel;
  onContinue: () => void;
}): Component {
  const { t, view } = options;
  const heading = focusableHeading('h2', view.phase.title);
  const next = textButton(t('phase.continue'), 'button button-primary');
  const element = el(
    'section',
    { className: 'panel panel-phase', attrs: { 'aria-label': view.phase.title } },
    [
      el('p', {
        className: 'eyebrow',
        text: t('phase.step', { number: view.phase.number, count: view.phase.count }),
      }),
      heading,
      el('p', { className: 'lead', text: view.phase.intro }),
      el('div', { className: 'actions' }, [next]),
    ],
  );
  const offs = [
    listen(next, 'click', () => options.onContinue()),
    continueFromHeading(heading, () => options.onContinue()),
  ];
  return {
    element,
    focusTarget: heading,
    unmount() {
      offs.forEach((off) => off());
      element.remove();
    },
  };
}
