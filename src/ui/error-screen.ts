import type { Translate } from '../adapters/i18n';
import { el, focusableHeading, listen, type Component, textButton } from './dom';

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

/**
 * The screen shown when the game itself fails (a bug, not a bad scenario): a friendly message instead of a
 * blank canvas, "Reprendre" (show the last good state again) and "Recommencer" (a new game).
 */
export function createCrashScreen(options: {
  t: Translate;
  onResume: () => void;
  onRestart: () => void;
}): Component {
  const heading = focusableHeading('h2', options.t('crash.heading'));
  const resume = textButton(options.t('crash.resume'), 'button button-primary');
  const restart = textButton(options.t('crash.restart'));
  const offs = [listen(resume, 'click', options.onResume), listen(restart, 'click', options.onRestart)];
  const element = el('section', { className: 'panel panel-error', attrs: { role: 'alert' } }, [
    heading,
    el('p', { className: 'lead', text: options.t('crash.message') }),
    el('p', { className: 'actions' }, [resume, restart]),
  ]);
  return {
    element,
    focusTarget: heading,
    unmount() {
      for (const off of offs) off();
      element.remove();
    },
  };
}

/**
 * Calls `onCrash` for uncaught errors and rejected promises of the page. Errors without an Error object
 * (such as the benign "ResizeObserver loop" notices) are ignored. Returns the function that removes it.
 */
export function installCrashGuard(win: Window, onCrash: (error: unknown) => void): () => void {
  const onError = (event: ErrorEvent): void => {
    if (event.error instanceof Error) onCrash(event.error);
  };
  const onRejection = (event: PromiseRejectionEvent): void => onCrash(event.reason);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return () => {
    win.removeEventListener('error', onError);
    win.removeEventListener('unhandledrejection', onRejection);
  };
}
