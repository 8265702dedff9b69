/**
 * Semantic checks on the flow of play: every card can be reached, phases have cards, chains can end,
 * every game has an ending, bounds are consistent, and cards are not dead ends.
 */
import type { Scenario } from '../format';
import { endingsNeverReached } from './semantic-endings';
import type { SemanticIssue } from './semantic-refs';

/**
 * The cards that can never leave a chain: every choice chains to another card of the same set. Linear in
 * the number of choices: the cards that can get out (a choice with no `next`, or to a card that can) are
 * found from the exits backwards; the others are trapped.
 */
export function closedChains(scenario: Scenario): Set<string> {
  const ids = new Set(scenario.cards.map((card) => card.id));
  const from = new Map<string, string[]>();
  const free = new Set<string>();
  for (const card of scenario.cards)
    for (const choice of card.choices) {
      if (choice.next === undefined || !ids.has(choice.next)) free.add(card.id);
      else {
        const list = from.get(choice.next);
        if (list) list.push(card.id);
        else from.set(choice.next, [card.id]);
      }
    }
  const queue = [...free];
  for (let at = 0; at < queue.length; at++)
    for (const before of from.get(queue[at] ?? '') ?? [])
      if (!free.has(before)) {
        free.add(before);
        queue.push(before);
      }
  return new Set([...ids].filter((id) => !free.has(id)));
}

/** Checks reachability, chains, endings and bounds. */
export function checkFlow(scenario: Scenario): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const error = (code: string, path: string, params: SemanticIssue['params']): void => {
    issues.push({ code, path, params, severity: 'error' });
  };
  if (!scenario.meta.languages.includes('fr')) error('languages-no-fr', '/meta/languages', {});
  scenario.meters.forEach((m, i) => {
    if (!(m.min <= m.initial && m.initial <= m.max)) {
      error('meter-bounds', `/meters/${i}`, { id: m.id, min: m.min, initial: m.initial, max: m.max });
    }
  });
  (scenario.initiatives ?? []).forEach((it, i) => {
    const t = it.thresholds;
    if (!(t.emerging <= t.running && t.running <= t.consolidated))
      error('thresholds-order', `/initiatives/${i}/thresholds`, { id: it.id });
  });
  scenario.phases.forEach((phase, i) => {
    if (phase.cards.length === 0) error('phase-empty', `/phases/${i}/cards`, { id: phase.id });
  });
  const reachable = new Set<string>();
  for (const phase of scenario.phases) for (const id of phase.cards) reachable.add(id);
  for (const card of scenario.cards)
    for (const choice of card.choices) if (choice.next !== undefined) reachable.add(choice.next);
  scenario.cards.forEach((card, i) => {
    if (!reachable.has(card.id)) error('card-unreachable', `/cards/${i}/id`, { id: card.id });
    if (card.choices.length > 0 && card.choices.every((choice) => choice.when !== undefined)) {
      issues.push({
        code: 'card-all-gated',
        path: `/cards/${i}/choices`,
        params: { id: card.id },
        severity: 'warning',
      });
    }
  });
  scenario.cards.forEach((card, i) =>
    card.choices.forEach((choice, j) => {
      if (choice.next === card.id)
        error('chain-self', `/cards/${i}/choices/${j}/next`, { id: card.id, choice: choice.id });
    }),
  );
  const trapped = closedChains(scenario);
  if (trapped.size > 0) {
    const first = scenario.cards.findIndex((card) => trapped.has(card.id));
    error('chain-loop', `/cards/${first}`, { cards: [...trapped].map((id) => `"${id}"`).join(', ') });
  }
  const hasFallback = scenario.endings.some((e) => e.at === 'end' && e.when === undefined);
  if (!hasFallback) error('fallback-missing', '/endings', {});
  issues.push(...endingsNeverReached(scenario));
  return issues;
}
