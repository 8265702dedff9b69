import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../../src/core/scenario-index';
import { advance, choose } from '../../../src/core/turn';
import { phaseOfCard, scenarioFlags, stateAtCard } from '../../../src/engine/authoring/play-from-card';
import { GameSession } from '../../../src/engine/game-session';
import type { Scenario } from '../../../src/scenario/format';

const load = (file: string) =>
  indexScenario(JSON.parse(readFileSync(`scenarios/${file}.json`, 'utf8')) as Scenario);
const premiersPas = load('premiers-pas');
const monnaie = load('evenement-monnaie-locale');
const concepts = new Map();

describe('a state positioned on a chosen card (the inspector\'s "play from this card")', () => {
  it('shows a card of phase 3 with the meters set, and its choice applies to THOSE values', () => {
    const result = stateAtCard(premiersPas, {
      card: 'conseil-municipal',
      meters: { elus: 20, habitants: 95 },
      flags: ['besoins-reperes'],
      seed: 7,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.phase).toBe('coconstruction');
    const session = new GameSession(premiersPas, { seed: 7, lang: 'fr', concepts, state: result.state });
    const view = session.viewModel;
    expect(view.screen).toBe('card');
    expect(view.card?.id).toBe('conseil-municipal');
    expect(view.phase).toMatchObject({ id: 'coconstruction', number: 3 });
    // The turns of the earlier phases count as played: progress reads as in a real session.
    expect(view.progress.turn).toBe(2);
    const value = (id: string): number | undefined => view.meters.find((m) => m.id === id)?.value;
    expect([value('elus'), value('habitants'), value('cooperation')]).toEqual([20, 95, 10]);
    // The flag set in the form unlocks the choice that needs it.
    expect(view.card?.choices.map((c) => c.id)).toEqual(['collectif', 'expert']);
    session.send({ type: 'CHOOSE', choice: 'collectif' });
    expect(session.viewModel.screen).toBe('consequence');
    // elus +15 from 20; habitants +10 from 95 clamps at the meter's max (100).
    expect(session.state.meters).toMatchObject({ elus: 35, habitants: 100, cooperation: 30 });
    // The last phase's only turn is over: moving on ends the session.
    session.send({ type: 'CONTINUE' });
    expect(session.viewModel.screen).toBe('ended');
    session.stop();
  });

  it('without the flag, a choice that needs it is not offered', () => {
    const result = stateAtCard(premiersPas, { card: 'conseil-municipal', seed: 1 });
    if (!result.ok) throw new Error('expected a state');
    const session = new GameSession(premiersPas, { seed: 1, lang: 'en', concepts, state: result.state });
    expect(session.viewModel.card?.choices.map((c) => c.id)).toEqual(['expert']);
    expect(session.state.meters).toEqual(
      Object.fromEntries(premiersPas.scenario.meters.map((m) => [m.id, m.initial])),
    );
    session.stop();
  });

  it('follows a chain from the chosen card, as the engine would', () => {
    const result = stateAtCard(monnaie, { card: 'gouvernance', meters: { temps: 6 }, seed: 3 });
    if (!result.ok) throw new Error('expected a state');
    expect(result.phase).toBe('regles-communes');
    const chosen = choose(result.state, 'municipale', monnaie);
    expect(chosen.chain).toBe('club-mefiant');
    const next = advance(chosen, monnaie);
    expect([next.screen, next.card]).toEqual(['card', 'club-mefiant']);
  });

  it('places a card reached only through a chain in the phase of the card that chains to it', () => {
    expect(monnaie.scenario.phases.some((phase) => phase.cards.includes('club-mefiant'))).toBe(false);
    expect(phaseOfCard(monnaie, 'club-mefiant')).toBe(1);
    const result = stateAtCard(monnaie, { card: 'club-mefiant', seed: 0 });
    expect(result.ok && [result.state.phaseIndex, result.state.card]).toEqual([1, 'club-mefiant']);
  });

  it('the same request gives the same state, and the seed drives what is drawn next', () => {
    const request = { card: 'soiree-club', seed: 42 };
    expect(stateAtCard(monnaie, request)).toEqual(stateAtCard(monnaie, request));
    const a = stateAtCard(monnaie, { card: 'soiree-club', seed: 1 });
    const b = stateAtCard(monnaie, { card: 'soiree-club', seed: 2 });
    expect(a.ok && b.ok && a.state.rng).not.toEqual(b.ok && b.state.rng);
  });

  it('refuses unknown ids and values out of range with typed errors, never a throw', () => {
    const result = stateAtCard(premiersPas, {
      card: 'pas-de-carte',
      meters: { elus: 101, inconnu: 3, habitants: Number.NaN, cooperation: -1 },
      flags: ['drapeau-inconnu'],
      seed: -5,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { code: 'unknown-card', card: 'pas-de-carte' },
        { code: 'meter-out-of-range', meter: 'elus', value: 101, min: 0, max: 100 },
        { code: 'unknown-meter', meter: 'inconnu' },
        { code: 'meter-out-of-range', meter: 'habitants', value: Number.NaN, min: 0, max: 100 },
        { code: 'meter-out-of-range', meter: 'cooperation', value: -1, min: 0, max: 100 },
        { code: 'unknown-flag', flag: 'drapeau-inconnu' },
        { code: 'bad-seed', seed: -5 },
      ],
    });
    expect(stateAtCard(premiersPas, { card: 'halle-vide', meters: { elus: 100 }, seed: 0 }).ok).toBe(true);
  });

  it('offers the flags the scenario sets or reads', () => {
    expect(scenarioFlags(premiersPas)).toContain('besoins-reperes');
  });
});
