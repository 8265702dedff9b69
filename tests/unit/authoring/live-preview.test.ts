import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openScenarioText, type PlayableScenario } from '../../../src/engine/authoring/open-scenario';
import { GameSession } from '../../../src/engine/game-session';
import { createSessionFactory } from '../../../src/engine/session-factory';
import { localize } from '../../../src/engine/localize';
import type { Scenario } from '../../../src/scenario/format';
import { relaunch } from '../../../src/ui/authoring/live-preview';

const text = readFileSync('scenarios/premiers-pas.json', 'utf8');

function playable(source: string): PlayableScenario {
  const opened = openScenarioText(source, 'premiers-pas.json', 'fr', new Map());
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  return opened.loaded;
}

/** A session of premiers-pas moved to its second card: choice 2, then on through the next phase. */
function onSecondCard(loaded: PlayableScenario): GameSession {
  const session = new GameSession(loaded.index, { seed: 7, lang: 'fr', concepts: loaded.concepts });
  session.send({ type: 'CONTINUE' });
  session.send({ type: 'CHOOSE', choice: session.viewModel.card!.choices[1]!.id });
  while (session.viewModel.screen !== 'card') session.send({ type: 'CONTINUE' });
  return session;
}

describe('live preview: relaunching a new version of the scenario', () => {
  it('puts the player back on the same decision, with the new text and the same meters', () => {
    const session = onSecondCard(playable(text));
    const card = session.viewModel.card!;
    // The card's text as written (the view shows it with French typography set).
    const written = (JSON.parse(text) as Scenario).cards.find((c) => c.id === card.id)!.text.fr;
    const edited = text.split(JSON.stringify(written)).join(JSON.stringify(`${written} Texte revu.`));
    expect(edited).not.toBe(text);
    const next = relaunch(createSessionFactory(), playable(edited), session, 'fr');
    expect(next.viewModel.screen).toBe('card');
    expect(next.viewModel.card?.id).toBe(card.id);
    expect(next.viewModel.card?.text).toBe(`${card.text} Texte revu.`);
    expect(card.text).toBe(localize({ fr: written }, 'fr'));
    expect(next.viewModel.meters).toEqual(session.viewModel.meters);
    expect(next.save().choices).toEqual(session.save().choices);
  });

  it('stops where the new version differs: a renamed choice leaves the player on that card', () => {
    const loaded = playable(text);
    const session = onSecondCard(loaded);
    const first = loaded.index.scenario.cards[0]!;
    const changed = JSON.parse(text) as { cards: { id: string; choices: { id: string }[] }[] };
    changed.cards.find((c) => c.id === first.id)!.choices[1]!.id = 'choix-renomme';
    const next = relaunch(createSessionFactory(), playable(JSON.stringify(changed)), session, 'fr');
    expect(next.save().choices).toEqual([]);
    expect(next.viewModel.card?.id).toBe(first.id);
    expect(next.viewModel.card?.id).not.toBe(session.viewModel.card?.id);
  });
});
