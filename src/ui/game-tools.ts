import type { Translate } from '../adapters/i18n';
import { el, listen } from './dom';

/** The top bar's tools: sound on/off and the game menu. */
export interface GameTools {
  readonly element: HTMLElement;
  update(t: Translate, soundOn: boolean): void;
}

/** Creates the tools; the shell decides what each does. */
export function createGameTools(options: { onSound: () => void; onMenu: () => void }): GameTools {
  const soundLabel = el('span', { className: 'tool-label' });
  const sound = el('button', { className: 'tool', attrs: { type: 'button' } }, [
    el('span', { className: 'tool-icon', text: '♪', attrs: { 'aria-hidden': 'true' } }),
    soundLabel,
  ]);
  const menuLabel = el('span', { className: 'tool-label' });
  const menu = el(
    'button',
    { className: 'tool tool-menu', attrs: { type: 'button', 'aria-haspopup': 'dialog' } },
    [el('span', { className: 'tool-icon', text: '☰', attrs: { 'aria-hidden': 'true' } }), menuLabel],
  );
  listen(sound, 'click', options.onSound);
  listen(menu, 'click', options.onMenu);
  return {
    element: el('div', { className: 'tools-row' }, [sound, menu]),
    update(t, soundOn) {
      sound.classList.toggle('is-muted', !soundOn);
      soundLabel.textContent = t(soundOn ? 'settings.mute' : 'settings.unmute');
      menuLabel.textContent = t('menu.open');
    },
  };
}
