// @vitest-environment happy-dom
/**
 * What is left of the «Temps et énergie» budget, on the card beside the choices' costs: in words, once,
 * as the description of the list of choices, and only on cards whose choices cost something.
 */
import { describe, expect, it } from 'vitest';
import { createCardPanel } from '../../src/ui/card-panel';
import { createShortcuts } from '../../src/ui/keyboard';
import type { CardView, ChoiceView } from '../../src/engine/view-model';
import { mount, seriousViolations } from './axe-check';
import { t } from './translate';

const choice = (number: number, cost: number | null, blocked = false): ChoiceView => ({
  id: `c${number}`,
  number,
  text: `Choix ${number}`,
  preview: [],
  stakes: [],
  costs: cost === null ? [] : [{ meter: 'temps', label: 'Temps et énergie', amount: cost }],
  risk: null,
  unavailable: blocked
    ? {
        costs: [{ meter: 'temps', label: 'Temps et énergie', amount: cost ?? 0, available: 1 }],
        reason: `Il vous faudrait ${cost} de Temps et énergie, il vous en reste 1.`,
      }
    : null,
});

const card = (choices: ChoiceView[], left: number | null): CardView => ({
  id: 'carte',
  speaker: { id: 'a', family: 'elus', name: 'Odile', role: 'Maire', portrait: '', x: 0, y: 0, met: true },
  text: 'Une situation.',
  choices,
  budget: left === null ? [] : [{ meter: 'temps', label: 'Temps et énergie', left }],
  discussion: [],
  facilitatorNote: null,
  key: false,
});

const panel = (view: CardView): HTMLElement =>
  createCardPanel({
    t,
    card: view,
    portraitUrl: null,
    shortcuts: createShortcuts(document),
    onChoose: () => undefined,
  }).element;

describe('the card shows what is left of the budget its choices cost', () => {
  it('in words, once, describing the list of choices', async () => {
    const element = panel(card([choice(1, 2), choice(2, 3, true), choice(3, null)], 1));
    mount(element);
    const budget = element.querySelector('.card-budget');
    expect(budget?.textContent).toBe('Reste\u202f: 1 Temps et énergie');
    expect(element.querySelectorAll('.card-budget')).toHaveLength(1);
    const list = element.querySelector('ol.choices');
    expect(list?.getAttribute('aria-describedby')).toBe(budget?.id);
    expect(await seriousViolations()).toEqual([]);
  });

  it('not on a card whose choices cost nothing', () => {
    const element = panel(card([choice(1, null), choice(2, null)], null));
    expect(element.querySelector('.card-budget')).toBeNull();
    expect(element.querySelector('ol.choices')?.hasAttribute('aria-describedby')).toBe(false);
  });
});
