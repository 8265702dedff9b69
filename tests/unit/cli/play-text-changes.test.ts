/**
 * `scenario play` lists what a choice changed without no-op lines: a reader of the text play found
 * "émergente → émergente" and "3 → 3 (0)" among the changes.
 */
import { describe, expect, it } from 'vitest';
import { consequenceText } from '../../../src/cli/play-text';
import type { GameState } from '../../../src/core/game-state';
import type { ChangeView, ConsequenceView, ViewModel } from '../../../src/engine/view-model';

const cause = { kind: 'choice' } as unknown as ChangeView['cause'];
const view = (changes: ChangeView[]): ConsequenceView => ({
  card: 'c',
  choiceText: 'Réunir le quartier',
  feedback: '',
  outcomeFeedback: null,
  risk: null,
  concepts: [],
  changes,
  landed: [],
  drifts: [],
});
const state = { log: [] } as unknown as GameState;
const fr = { lang: 'fr' } as ViewModel;
const en = { lang: 'en' } as ViewModel;

describe('the changes line of the text play', () => {
  it('leaves out a meter that did not move and keeps one that did', () => {
    const lines = consequenceText(
      view([
        { kind: 'meter', target: 'Temps', from: 3, to: 3, direction: 'same', cause },
        { kind: 'meter', target: 'Habitant·es', from: 40, to: 46, direction: 'up', cause },
      ]),
      state,
      fr,
    );
    const text = lines.join('\n');
    expect(text).not.toContain('3 → 3');
    expect(text).toContain('Habitant·es 40 → 46 (+6)');
  });

  it('says which way an initiative moved within its state', () => {
    const change: ChangeView = {
      kind: 'initiative',
      target: 'La légumerie',
      from: 'emerging',
      to: 'emerging',
      direction: 'up',
      cause,
    };
    expect(consequenceText(view([change]), state, fr).join('\n')).toContain(
      'La légumerie émergente (avance)',
    );
    expect(consequenceText(view([change]), state, en).join('\n')).toContain(
      'La légumerie emerging (moves forward)',
    );
    expect(consequenceText(view([change]), state, fr).join('\n')).not.toContain('→');
  });

  it('still tells a change of state', () => {
    const change: ChangeView = {
      kind: 'initiative',
      target: 'La légumerie',
      from: 'emerging',
      to: 'running',
      direction: 'up',
      cause,
    };
    expect(consequenceText(view([change]), state, fr).join('\n')).toContain(
      'La légumerie émergente → en marche',
    );
  });
});
