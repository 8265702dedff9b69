import { localize } from '../../../src/engine/localize';
import { describe, expect, it } from 'vitest';
import { holds } from '../core/holds-oracle';
import { createInitialState, type GameState } from '../../../src/core/game-state';
import type { ScenarioIndex } from '../../../src/core/scenario-index';
import { availableChoices, choose, isChoiceAvailable } from '../../../src/core/turn';
import { buildViewModel } from '../../../src/engine/build-view';
import { GameSession } from '../../../src/engine/game-session';
import { bundledScenarios } from '../../content/bundled-scenarios';
import { loadIndex, toCard } from '../modes/helpers';

const concepts = new Map();
const tzcld = loadIndex('ville-industrielle-tzcld');

/** The meter every cost of the scenario is paid from (TZCLD: the facilitator's time and energy). */
const TIME = 'temps';

/** Plays `seed` with the first available choice until a card offers a choice that costs time. */
function cardWithCost(index: ScenarioIndex, seed: number): GameState {
  let state = toCard(createInitialState(index, seed), index);
  while (state.screen === 'card') {
    const card = index.cards.get(state.card ?? '')!;
    if (card.choices.some((c) => c.effects.some((e) => e.type === 'cost') && holds(c.when, state, index)))
      return state;
    state = toCard(choose(state, availableChoices(card, state, index)[0]!.id, index), index);
  }
  throw new Error('no card with a cost');
}

/** The same state with the time meter emptied. */
const exhausted = (state: GameState): GameState => ({ ...state, meters: { ...state.meters, [TIME]: 0 } });

describe('choices the player cannot afford', () => {
  const state = exhausted(cardWithCost(tzcld, 3));
  const card = tzcld.cards.get(state.card!)!;

  it('are shown in authored order, disabled, with the reason in words (fr and en)', () => {
    const fr = buildViewModel(state, { index: tzcld, lang: 'fr', concepts }).card!;
    const en = buildViewModel(state, { index: tzcld, lang: 'en', concepts }).card!;
    const shown = card.choices.filter((c) => holds(c.when, state, tzcld));
    expect(fr.choices.map((c) => c.id)).toEqual(shown.map((c) => c.id));
    expect(fr.choices.map((c) => c.number)).toEqual(shown.map((_, i) => i + 1));
    const blocked = fr.choices.filter((c) => c.unavailable !== null);
    expect(blocked.length).toBeGreaterThan(0);
    for (const view of fr.choices) {
      const choice = card.choices.find((c) => c.id === view.id)!;
      expect(view.unavailable === null).toBe(isChoiceAvailable(choice, state, tzcld));
      if (!view.unavailable) continue;
      const cost = choice.effects.find((e) => e.type === 'cost' && e.meter === TIME);
      expect(cost?.type).toBe('cost');
      const amount = cost?.type === 'cost' ? cost.amount : 0;
      expect(view.unavailable.costs).toEqual([
        { meter: TIME, label: "Temps et énergie de l'animation", amount, available: 0 },
      ]);
      expect(view.unavailable.reason).toBe(
        `Il vous faudrait ${amount} de Temps et énergie de l'animation, il vous en reste 0.`,
      );
      const english = en.choices.find((c) => c.id === view.id)!.unavailable!;
      expect(english.reason).toBe(`You would need ${amount} Facilitator's time and energy; you have 0.`);
    }
  });

  it('take no part in the discussion prompts, and are never offered to the simulation', () => {
    const view = buildViewModel(state, { index: tzcld, lang: 'fr', concepts }).card!;
    const open = availableChoices(card, state, tzcld);
    expect(open.map((c) => c.id)).toEqual(view.choices.filter((c) => !c.unavailable).map((c) => c.id));
    const prompts = [
      ...(card.discussion ? [localize(card.discussion, 'fr')] : []),
      ...open.flatMap((c) => (c.discussion ? [localize(c.discussion, 'fr')] : [])),
    ];
    expect(view.discussion).toEqual(prompts);
  });

  it('are refused by the engine: the machine guard and the fast path', () => {
    const session = new GameSession(tzcld, { seed: 3, lang: 'fr', concepts, state });
    const view = session.viewModel.card!;
    const blocked = view.choices.find((c) => c.unavailable)!;
    session.send({ type: 'CHOOSE', choice: blocked.id });
    expect(session.state.screen).toBe('card');
    expect(session.state.log).toHaveLength(state.log.length);
    expect(choose(state, blocked.id, tzcld)).toBe(state);
    const open = view.choices.find((c) => !c.unavailable)!;
    session.send({ type: 'CHOOSE', choice: open.id });
    expect(session.state.screen).toBe('consequence');
    expect(session.state.log.at(-1)?.choice).toBe(open.id);
  });

  it('stay hidden when their condition fails, affordable or not (story branches)', () => {
    let seen = 0;
    for (const { scenario } of bundledScenarios()) {
      const index = loadIndex(scenario.meta.id);
      let s = toCard(createInitialState(index, 11), index);
      for (let step = 0; s.screen === 'card' && step < 80; step++) {
        const c = index.cards.get(s.card!)!;
        const view = buildViewModel(exhausted(s), { index, lang: 'fr', concepts }).card!;
        for (const choice of c.choices) {
          const listed = view.choices.some((v) => v.id === choice.id);
          expect(listed, `${c.id}/${choice.id}`).toBe(holds(choice.when, exhausted(s), index));
          if (!listed) seen++;
        }
        const offered = availableChoices(c, s, index);
        s = toCard(choose(s, offered[step % offered.length]!.id, index), index);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});
