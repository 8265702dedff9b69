/**
 * The inspector's "play from this card" form: one number input per meter (the scenario's initial
 * values, within min–max), the flags the scenario uses as checkboxes, a seed, and "Play this card".
 * The state itself is built by the pure `stateAtCard`; its typed errors are shown in plain words.
 */
import type { Translate } from '../../adapters/i18n';
import type { GameState } from '../../core/game-state';
import type { ScenarioIndex } from '../../core/scenario-index';
import type * as InspectorTools from '../../engine/authoring/inspector-tools';
import type { PlayFromCardError } from '../../engine/authoring/play-from-card';
import type { Language } from '../../scenario/format';
import { createDialog, type Dialog } from '../dialog';
import { el, listen } from '../dom';

/** What the form needs. */
export interface CardFormOptions {
  host: HTMLElement;
  /** The inspector's computations, handed in by the inspector's mode module. */
  tools: typeof InspectorTools;
  t: Translate;
  lang: Language;
  index: ScenarioIndex;
  card: string;
  /** Plays the card from the state built with the author's values. */
  onPlay: (state: GameState) => void;
}

/** A typed error of `stateAtCard`, in plain words. */
export function playErrorText(t: Translate, error: PlayFromCardError): string {
  switch (error.code) {
    case 'unknown-card':
      return t('inspector.errorCard', { card: error.card });
    case 'unknown-meter':
      return t('inspector.errorMeter', { meter: error.meter });
    case 'meter-out-of-range':
      return t('inspector.errorRange', {
        meter: error.meter,
        min: error.min,
        max: error.max,
        value: Number.isFinite(error.value) ? String(error.value) : '—',
      });
    case 'unknown-flag':
      return t('inspector.errorFlag', { flag: error.flag });
    case 'bad-seed':
      return t('inspector.errorSeed');
  }
}

/** Opens the form in a modal dialog (Escape closes it; focus goes back to the card). */
export function openCardForm(options: CardFormOptions): Dialog {
  const { t, index } = options;
  const { meterFields, scenarioFlags, stateAtCard } = options.tools;
  const dialog = createDialog({
    host: options.host,
    title: t('inspector.formTitle', { card: options.card }),
    closeLabel: t('dialog.close'),
    className: 'dialog-card-form',
  });
  const meterInputs = meterFields(index, options.lang).map((meter) => {
    const { min, max } = meter;
    const input = el('input', {
      attrs: {
        type: 'number',
        id: `play-meter-${meter.id}`,
        name: meter.id,
        min: String(min),
        max: String(max),
        step: '1',
        value: String(meter.initial),
      },
    });
    const label = el('label', {
      text: t('inspector.meterLabel', { label: meter.label, min, max }),
      attrs: { for: input.id },
    });
    return { id: meter.id, input, row: el('p', { className: 'field' }, [label, input]) };
  });
  const flagInputs = scenarioFlags(index).map((flag) => {
    const input = el('input', { attrs: { type: 'checkbox', id: `play-flag-${flag}`, name: flag } });
    const label = el('label', { attrs: { for: input.id } }, [input, document.createTextNode(` ${flag}`)]);
    return { flag, input, row: el('li', {}, [label]) };
  });
  const seed = el('input', {
    attrs: { type: 'number', id: 'play-seed', min: '0', step: '1', value: '1' },
  });
  const errors = el('div', { attrs: { 'aria-live': 'polite' } });
  const submit = el('button', {
    className: 'button button-primary',
    text: t('inspector.playCard'),
    attrs: { type: 'submit' },
  });
  const form = el('form', { className: 'card-form', attrs: { novalidate: '' } }, [
    el('fieldset', {}, [
      el('legend', { text: t('inspector.metersLegend') }),
      ...meterInputs.map((m) => m.row),
    ]),
    el('fieldset', {}, [
      el('legend', { text: t('inspector.flagsLegend') }),
      flagInputs.length > 0
        ? el(
            'ul',
            { className: 'card-form-flags' },
            flagInputs.map((f) => f.row),
          )
        : el('p', { text: t('inspector.noFlags') }),
    ]),
    el('p', { className: 'field' }, [
      el('label', { text: t('inspector.seed'), attrs: { for: 'play-seed' } }),
      seed,
    ]),
    errors,
    el('div', { className: 'actions' }, [submit]),
  ]);
  const off = listen(form, 'submit', (event) => {
    event.preventDefault();
    const values: Record<string, number> = {};
    for (const { id, input } of meterInputs)
      values[id] = input.value.trim() === '' ? NaN : Number(input.value);
    const result = stateAtCard(index, {
      card: options.card,
      meters: values,
      flags: flagInputs.filter((f) => f.input.checked).map((f) => f.flag),
      seed: seed.value.trim() === '' ? NaN : Number(seed.value),
    });
    if (!result.ok) {
      errors.replaceChildren(
        el('ul', { className: 'open-problems', attrs: { role: 'alert' } }, [
          ...result.errors.map((error) => el('li', { text: playErrorText(t, error) })),
        ]),
      );
      return;
    }
    off();
    dialog.close();
    options.onPlay(result.state);
  });
  dialog.body.append(form);
  dialog.open();
  return dialog;
}
