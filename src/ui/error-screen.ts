import type { Translate } from '../adapters/i18n';
import { el, focusableHeading, type Component } from './dom';

/** A friendly error in place of a blank screen: what went wrong, the problems, and a way out. */
export function createErrorScreen(options: {
  t: Translate;
  message: string;
  problems: readonly string[];
  fallbackHref: string;
}): Component {
  const heading = focusableHeading('h2', options.t('error.heading'));
  const element = el('section', { className: 'panel panel-error', attrs: { role: 'alert' } }, [
    heading,
    el('p', { className: 'lead', text: options.message }),
    options.problems.length > 0
      ? el(
          'ul',
          { className: 'problems' },
          options.problems.map((text) => el('li', { text })),
        )
      : null,
    el('p', { className: 'actions' }, [
      el('a', {
        className: 'button button-primary',
        text: options.t('error.playDefault'),
        attrs: { href: options.fallbackHref },
      }),
    ]),
  ]);
  return {
    element,
    focusTarget: heading,
    unmount() {
      element.remove();
    },
  };
}
