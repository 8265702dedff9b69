import { describe, expect, it } from 'vitest';
import type { CardView, ChoiceView } from '../../../src/engine/view-model';
import { voteKey } from '../../../src/ui/formation/formation-play';

const choice = (number: number, unavailable: ChoiceView['unavailable'] = null): ChoiceView => ({
  id: `c${number}`,
  number,
  text: `Choice ${number}`,
  preview: [],
  stakes: [],
  costs: [],
  risk: null,
  unavailable,
});
const tooCostly = {
  costs: [{ meter: 'temps', label: 'Temps et énergie', amount: 3, available: 1 }],
  reason: 'Il vous faudrait 3 de Temps et énergie, il vous en reste 1.',
};
const card = (choices: ChoiceView[]): CardView => ({
  id: 'card',
  speaker: { id: 'a', family: 'elus', name: 'A', role: '', portrait: '', x: 0, y: 0, met: true },
  text: '',
  choices,
  budget: [],
  facilitatorNote: null,
  key: false,
  discussion: [],
});

describe('formation: a choice digit typed after a team', () => {
  it('names the choice by its number on screen, translated to the available choices', () => {
    const shown = card([choice(1), choice(2, tooCostly), choice(3)]);
    // The facilitation model counts the available choices only: 1 → c1, 3 → c3 (its 2nd).
    expect(voteKey(shown, '1')).toEqual({ key: '1' });
    expect(voteKey(shown, '3')).toEqual({ key: '2' });
  });

  it('gives the reason instead of a vote for a choice the meters cannot pay', () => {
    expect(voteKey(card([choice(1, tooCostly), choice(2)]), '1')).toEqual({ reason: tooCostly.reason });
  });

  it('leaves other keys, and digits with no choice, as they are', () => {
    const shown = card([choice(1), choice(2)]);
    expect(voteKey(shown, 'r')).toEqual({ key: 'r' });
    expect(voteKey(shown, '5')).toEqual({ key: '5' });
    expect(voteKey(null, '2')).toEqual({ key: '2' });
  });
});
