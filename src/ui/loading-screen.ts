import type { Translate } from '../adapters/i18n';
import { el, type Component } from './dom';

/** The loading panel: a labelled progress bar the shell moves as the scenario and the map load. */
export interface LoadingScreen extends Component {
  /** Sets the progress, 0–1. */
  progress(ratio: number): void;
}

/** Creates the loading panel. */
export function createLoadingScreen(t: Translate, title: string): LoadingScreen {
  const fill = el('span', { className: 'bar-fill' });
  const bar = el(
    'span',
    {
      className: 'bar progress-bar',
      attrs: {
        role: 'progressbar',
        'aria-labelledby': 'loading-label',
        'aria-valuemin': '0',
        'aria-valuemax': '100',
        'aria-valuenow': '0',
      },
    },
    [fill],
  );
  const heading = el('h2', {
    className: 'panel-heading',
    text: title,
    attrs: { tabindex: '-1' },
  });
  const element = el('section', { className: 'panel panel-loading', attrs: { 'aria-busy': 'true' } }, [
    heading,
    el('p', { className: 'lead', text: t('app.loading'), attrs: { id: 'loading-label' } }),
    bar,
  ]);
  return {
    element,
    focusTarget: heading,
    progress(ratio) {
      const percent = Math.round(Math.max(0, Math.min(1, ratio)) * 100);
      fill.style.width = `${percent}%`;
      bar.setAttribute('aria-valuenow', String(percent));
    },
    unmount() {
      element.remove();
    },
  };
}
