import type { Translate } from '../adapters/i18n';
import { el, listen } from './dom';

/** The sound on/off button of the top bar. */
export interface MuteToggle {
  readonly element: HTMLButtonElement;
  update(t: Translate, muted: boolean): void;
  unmount(): void;
}

/** Creates the toggle; `onToggle` receives the new muted state. */
export function createMuteToggle(onToggle: (muted: boolean) => void): MuteToggle {
  let muted = false;
  const icon = el('span', { className: 'tool-icon', attrs: { 'aria-hidden': 'true' } });
  const label = el('span', { className: 'tool-label' });
  const element = el('button', { className: 'tool', attrs: { type: 'button' } }, [icon, label]);
  const off = listen(element, 'click', () => onToggle(!muted));
  return {
    element,
    update(t, next) {
      muted = next;
      icon.textContent = '♪';
      element.classList.toggle('is-muted', next);
      label.textContent = t(next ? 'settings.unmute' : 'settings.mute');
    },
    unmount() {
      off();
      element.remove();
    },
  };
}
