/**
 * What a player reads of format 2's mechanics, on the fixture that uses all of them
 * (tests/fixtures/v2/dilemmes.json): stakes, costs and the stated risk before choosing; the outcome, the
 * risk drawn, the consequences that land with their origin, the drifts and the rise cap after; the
 * debrief's plain mention of what came back; the machine's announcements; the text-mode play.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openScenario, Session, type LoadedScenario } from '../../../src/engine/api';
import { chanceWords } from '../../../src/engine/chance-words';
import { GameSession, type SessionOutput } from '../../../src/engine/game-session';
import { runCli } from '../helpers/run-cli';

const FILE = 'tests/fixtures/v2/dilemmes.json';

function loaded(): LoadedScenario {
  const result = openScenario(readFileSync(FILE, 'utf8'), { file: FILE });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  expect(result.problems).toEqual([]);
  return result.loaded;
}

/** Plays `choices` (ids, in order), moving on between them; stops on the last consequence. */
function play(session: Session, choices: readonly string[]): void {
  for (const choice of choices) {
    while (session.screen !== 'card') session.continue();
    while (session.card()?.choices.every((c) => c.id !== choice)) {
      // A card of the same phase drawn first: take its first choice.
      session.choose(1);
      while (session.screen !== 'card') session.continue();
    }
    expect(session.choose(choice)).toBe(true);
  }
}

describe('format 2 as the player reads it', () => {
  it('says the chance of a risk in words and figures', () => {
    expect(chanceWords(0.5, 'fr')).toBe('1 sur 2 (50\u202f%)');
    expect(chanceWords(0.25, 'en')).toBe('1 in 4 (25%)');
    expect(chanceWords(0.3, 'fr')).toBe('3 sur 10 (30\u202f%)');
    expect(chanceWords(0.37, 'en')).toBe('37%');
  });

  it('shows before choosing the families at stake, the costs and the stated risk, never the gain', () => {
    const session = Session.start(loaded(), { seed: 5, lang: 'fr' });
    session.continue();
    const card = session.view().card!;
    expect(card.id).toBe('reunion');
    const [meeting, doors] = card.choices;
    expect(meeting?.stakes).toEqual(['elus', 'habitants']);
    expect(meeting?.risk).toEqual({
      label: 'la réunion peut tourner au règlement de comptes',
      chance: 0.25,
      words: '1 sur 4 (25\u202f%)',
    });
    expect(meeting?.preview).toEqual([]);
    expect(doors?.costs).toEqual([{ meter: 'temps', label: 'Temps et énergie', amount: 2 }]);
    expect(doors?.risk).toBeNull();
    expect(card.discussion[0]).toBe('Quand une réunion publique aide-t-elle, et quand dessert-elle\u202f?');
    expect(card.facilitatorNote).toContain('se retourne');
  });

  it('tells the outcome and the risk drawn, then what lands later with its origin, capped', () => {
    const session = Session.start(loaded(), { seed: 3, lang: 'fr' });
    play(session, ['mairie-tranche', 'porte-a-porte']);
    let view = session.view();
    expect(view.consequence?.landed).toEqual([]);
    play(session, ['vitrine', 'benevoles']);
    view = session.view();
    const landed = view.consequence!.landed;
    expect(landed.map((l) => [l.turn, l.text])).toEqual([
      [1, 'Le garagiste n’a pas oublié qu’on a décidé sans lui.'.replace(/’/g, "'")],
      [2, 'Les habitant·es du porte-à-porte reviennent avec leurs voisines.'],
    ]);
    expect(landed[1]?.choiceText).toBe(
      'Proposer d’abord un porte-à-porte dans les hameaux.'.replace(/’/g, "'"),
    );
    expect(landed[1]?.changes.map((c) => c.cause)).toContainEqual(
      expect.objectContaining({ card: 'reunion', choice: 'porte-a-porte', via: 'delayed', turn: 2 }),
    );
    const capped = view.consequence!.changes.find((c) => c.lost !== undefined);
    expect(capped).toMatchObject({
      target: 'Confiance des habitant·es',
      lost: 6,
      cause: { rule: 'rise-cap' },
    });
    const debrief = session.clone();
    while (debrief.screen !== 'ended') {
      if (debrief.screen === 'card') debrief.choose(1);
      else debrief.continue();
    }
    expect(debrief.debrief().chains.map((c) => [c.turn, c.originTurn])).toEqual([
      [4, 1],
      [4, 2],
    ]);
  });

  it('records the risk drawn in the consequence and the debrief, and the machine announces it', () => {
    const data = loaded();
    const game = new GameSession(data.index, { seed: 5, lang: 'en', concepts: data.concepts });
    const heard: SessionOutput[] = [];
    game.subscribe((_, outputs) => heard.push(...outputs));
    game.send({ type: 'CONTINUE' });
    game.send({ type: 'CHOOSE', choice: 'reunion' });
    const consequence = game.viewModel.consequence!;
    expect(consequence.outcomeFeedback).toBe(
      'The hall half empties: people come to settle scores, not to build.',
    );
    expect(consequence.risk).toMatchObject({ words: '1 in 4 (25%)', happened: false, feedback: null });
    expect(heard).toContainEqual({ type: 'announce', what: 'risk', happened: false });
    game.send({ type: 'CONTINUE' });
    game.send({ type: 'CHOOSE', choice: 'vitrine' });
    expect(game.viewModel.consequence?.drifts).toEqual([
      'One family weighs far more than the others: the common table empties.',
    ]);
    expect(heard).toContainEqual({ type: 'announce', what: 'drift', count: 1 });
    game.stop();
  });

  it('plays in text mode with the risk, the outcome and the past choice that comes back', () => {
    const { code, out } = runCli('play', FILE, '--lang', 'fr', '--seed', '3', '--choices', '2,2,1,1,1');
    expect(code).toBe(0);
    expect(out).toContain('risque, 1 sur 4 (25\u202f%) : la réunion peut tourner au règlement de comptes');
    expect(out).toContain('concerne : élu·es, entreprises');
    expect(out).toContain(
      "Suite d'un choix passé (tour 2 : « Proposer d'abord un porte-à-porte dans les hameaux. »)",
    );
    expect(out).toContain('6 perdus : la confiance ne se gagne pas d’un coup'.replace(/’/g, "'"));
    expect(out).toContain('Ce qui est revenu plus tard :');
  });
});
