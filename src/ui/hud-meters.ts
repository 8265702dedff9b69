import type { Translate } from '../adapters/i18n';
import type { MeterView } from '../engine/view-model';
import { el } from './dom';

/** The DOM meters: each a visible label and number with role="meter", the text twin of the canvas bars. */
export interface HudMeters {
  readonly element: HTMLElement;
  update(meters: readonly MeterView[], t: Translate): void;
  unmount(): void;
}

const arrowOf = (delta: number): string => (delta > 0 ? `↑ +${delta}` : delta < 0 ? `↓ ${delta}` : '');

/** Creates the meter list; `update` rebuilds it from the view model. */
export function createHudMeters(): HudMeters {
  const list = el('ul', { className: 'hud-meters' });
  const element = el('section', { className: 'hud', attrs: { 'aria-labelledby': 'hud-heading' } }, [
    el('h2', { className: 'visually-hidden', attrs: { id: 'hud-heading' } }),
    list,
  ]);
  return {
    element,
    update(meters, t) {
      const heading = element.querySelector('h2');
      if (heading) heading.textContent = t('hud.label');
      list.replaceChildren(
        ...meters.map((meter) => {
          const labelId = `meter-${meter.id}`;
          const ratio = meter.max === meter.min ? 0 : (meter.value - meter.min) / (meter.max - meter.min);
          const fill = el('span', { className: 'bar-fill' });
          fill.style.width = `${Math.round(Math.max(0, Math.min(1, ratio)) * 100)}%`;
          return el(
            'li',
            { className: `hud-meter ${meter.family ? `family-${meter.family}` : 'meter-other'}` },
            [
              el('span', { className: 'hud-label', text: meter.label, attrs: { id: labelId } }),
              el(
                'span',
                {
                  className: 'bar',
                  attrs: {
                    role: 'meter',
                    'aria-labelledby': labelId,
                    'aria-valuemin': String(meter.min),
                    'aria-valuemax': String(meter.max),
                    'aria-valuenow': String(meter.value),
                    'aria-valuetext': t('hud.value', { value: meter.value, max: meter.max }),
                  },
                },
                [fill],
              ),
              el('span', {
                className: 'hud-value',
                text: String(meter.value),
                attrs: { 'aria-hidden': 'true' },
              }),
              meter.delta !== 0
                ? el('span', {
                    className: `hud-delta ${meter.delta > 0 ? 'up' : 'down'}`,
                    text: arrowOf(meter.delta),
                    attrs: { 'aria-hidden': 'true' },
                  })
                : null,
            ],
          );
        }),
      );
    },
    unmount() {
      element.remove();
    },
  };
}
