/**
 * Semantic checks on the flow of play: every card can be reached, phases have cards, chains can end,
 * every game has an ending, bounds are consistent, and cards are not dead ends.
 */
import type { Scenario } from '../format';
import type { SemanticIssue } from './semantic-refs';

/** The cards that can never leave a chain: every choice chains to another card of the same set. */
export function closedChains(scenario: Scenario): Set<string> {
  const byId = new Map(scenario.cards.map((card) => [card.id, card]));
  const trapped = new Set(
    scenario.cards.filter((c) => c.choices.every((ch) => ch.next !== undefined)).map((c) => c.id),
  );
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of trapped) {
      const card = byId.get(id);
      if (!card || !card.choices.every((ch) => ch.next !== undefined && trapped.has(ch.next))) {
        trapped.delete(id);
        changed = true;
      }
    }
  }
  return trapped;
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
  const trapped = closedChains(scenario);
  if (trapped.size > 0) {
    const first = scenario.cards.findIndex((card) => trapped.has(card.id));
    error('chain-loop', `/cards/${first}`, { cards: [...trapped].map((id) => `"${id}"`).join(', ') });
  }
  const hasFallback = scenario.endings.some((e) => e.at === 'end' && e.when === undefined);
  if (!hasFallback) error('fallback-missing', '/endings', {});
  return issues;
}
