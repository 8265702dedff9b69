// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PresenterSnapshot } from '../../src/engine/modes/formation/presenter-protocol';
import { createPresenterPanel } from '../../src/ui/presentateur/presenter-panel';
import { mount, seriousViolations } from './axe-check';
import { t } from './translate';

const snapshot = (over: Partial<PresenterSnapshot> = {}): PresenterSnapshot => ({
  screen: 'card',
  turn: 4,
  card: {
    speaker: 'Hélène Marchal',
    text: 'La friche se libère.',
    key: true,
    note: 'Carte pivot : laisser la salle se diviser.',
    discussion: ['Qui doit décider ?'],
    choices: [
      { number: 1, text: 'Concerter', open: true },
      { number: 2, text: 'Vendre', open: true },
      { number: 3, text: 'Attendre', open: true },
    ],
  },
  status: 'closed',
  phase: 'pick',
  teams: [
    { id: 1, name: 'Mairie', observer: false, vote: 1, prediction: {} },
    { id: 2, name: 'Quartier', observer: false, vote: 3, prediction: {} },
  ],
  tally: [
    { number: 1, votes: 1, chosen: false },
    { number: 2, votes: 0, chosen: false },
    { number: 3, votes: 1, chosen: false },
  ],
  decided: null,
  outcome: 'Égalité entre les choix 1, 3 : tapez 1 ou 3 pour trancher.',
  timer: { text: '0:42', status: 'paused' },
  predict: true,
  pending: { team: null, family: null },
  ...over,
});

describe('presenter panel', () => {
  it('shows the note, the discussion, the key card, the votes and the tally; its controls send keys', async () => {
    const sent: string[][] = [];
    const panel = createPresenterPanel(t, (keys) => sent.push(keys));
    mount(panel.element);
    panel.update(null, 'waiting');
    expect(panel.element.textContent).toContain("En attente de l'écran projeté");
    panel.update(snapshot(), 'live');
    const text = panel.element.textContent ?? '';
    expect(text).toContain('Carte pivot : laisser la salle se diviser.');
    expect(text).toContain('Qui doit décider ?');
    expect(text).toContain('★ Carte clé');
    expect(text).toContain('Égalité entre les choix 1, 3');
    expect(text).toContain('0:42');
    const buttons = [...panel.element.querySelectorAll('button')];
    const named = (name: string) => buttons.find((b) => b.textContent === name);
    named('Trancher\u202f: choix 3')?.click();
    named('Suivant (Page suivante)')?.click();
    named('Rouvrir le vote (C)')?.click();
    expect(sent).toEqual([['3'], ['PageDown'], ['c']]);
    expect(await seriousViolations()).toEqual([]);
    panel.unmount();
  });

  it('enters a prediction with one click, whatever was typed before', () => {
    const sent: string[][] = [];
    const panel = createPresenterPanel(t, (keys) => sent.push(keys));
    mount(panel.element);
    panel.update(snapshot({ status: 'predicting', phase: 'predict', decided: 1, tally: [] }), 'live');
    const group = panel.element.querySelector('[aria-label="Quartier — habitant·es"]');
    group?.querySelector<HTMLButtonElement>('[aria-label="hausse"]')?.click();
    expect(sent).toEqual([['Escape', '2', '2', 'ArrowUp']]);
    expect(panel.element.textContent).toContain('1. Concerter — ✓ retenu');
    panel.update(null, 'lost');
    expect(panel.element.textContent).toContain("L'écran projeté ne répond plus.");
    panel.unmount();
  });

  it('redraws only when something changed: the running timer is written in place, the focus kept', () => {
    const panel = createPresenterPanel(t, () => undefined);
    mount(panel.element);
    const running = (text: string) =>
      snapshot({ status: 'voting', phase: 'vote', tally: [], timer: { text, status: 'running' } });
    panel.update(running('1:59'), 'live');
    const before = panel.element.querySelector('.presenter-card');
    const close = [...panel.element.querySelectorAll('button')].find(
      (b) => b.textContent === 'Clore le vote (C)',
    );
    close?.focus();
    panel.update(running('1:58'), 'live');
    // The same nodes: nothing was redrawn but the timer's text.
    expect(panel.element.querySelector('.presenter-card')).toBe(before);
    expect(panel.element.querySelector('.presenter-timer')?.textContent).toContain('1:58');
    expect(document.activeElement).toBe(close);
    // A vote comes in: redrawn, and the focus found again on the same control.
    panel.update(
      { ...running('1:57'), teams: [{ id: 1, name: 'Mairie', observer: false, vote: 2, prediction: {} }] },
      'live',
    );
    expect(panel.element.querySelector('.presenter-card')).not.toBe(before);
    expect(document.activeElement?.textContent).toBe('Clore le vote (C)');
    expect(document.activeElement).not.toBe(close);
    panel.unmount();
  });
});
