import type { Translate } from '../../adapters/i18n';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import { listen, textButton, el } from '../dom';
import { compareSection } from './compare-section';

/** The setup's way to the comparison: its button, and what to undo when the setup goes. */
export interface SetupCompare {
  button: HTMLButtonElement;
  dispose(): void;
}

/**
 * "Comparer des séances" from the training's setup, without playing a game first: the form gives way
 * to the same comparison as the debrief's (several sessions' JSON exports side by side, a bad file
 * named with its reason), with a button back to the setup as it was left.
 */
export function setupCompare(options: {
  t: Translate;
  model: typeof FormationModel;
  /** The setup's form, hidden while the comparison shows. */
  form: HTMLElement;
  /** Where the comparison goes (the setup's panel). */
  host: HTMLElement;
}): SetupCompare {
  const { t, form, host } = options;
  const button = textButton(t('formation.setup.compare'), 'button');
  let view: HTMLElement | null = null;
  let offBack: (() => void) | null = null;
  const close = (): void => {
    offBack?.();
    offBack = null;
    view?.remove();
    view = null;
    form.hidden = false;
    button.focus();
  };
  const open = (): void => {
    const back = textButton(t('formation.setup.compareBack'), 'button');
    const section = compareSection(t, options.model);
    view = el('div', { className: 'formation-setup-compare' }, [
      section,
      el('div', { className: 'actions' }, [back]),
    ]);
    offBack = listen(back, 'click', close);
    form.hidden = true;
    host.append(view);
    const heading = section.querySelector<HTMLElement>('h3');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  };
  const offOpen = listen(button, 'click', open);
  return {
    button,
    dispose() {
      offOpen();
      offBack?.();
    },
  };
}
