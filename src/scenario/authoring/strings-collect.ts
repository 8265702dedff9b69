/**
 * The translatable strings of a scenario, each with a stable id derived from entity ids
 * (`card.halle-vide.choice.ecouter.feedback`, `phase.diagnostic.intro`, `meta.title`,
 * `ending.x.debrief.0`), in story order: metadata, actors, meters, then each phase followed by its
 * cards (and the cards they chain to), then the remaining cards, initiatives, endings and concepts.
 */
import { stableHash } from '../../core/hash';
import type { Scenario } from '../format';
import { SchemaChecker } from '../validation/schema-check';
import { SCENARIO_SCHEMA } from '../validation/validate';

/** One translatable string. */
export interface StringEntry {
  /** Stable id, e.g. `card.halle-vide.text`. */
  id: string;
  /** JSON Pointer of the localized text object in the scenario. */
  path: string;
  /** The French source. */
  source: string;
  /** The text in the target language, or `''`. */
  translation: string;
  /** A short hash of the French source, to detect stale translations. */
  sourceHash: string;
}

const SINGULAR: Record<string, string> = {
  actors: 'actor',
  meters: 'meter',
  phases: 'phase',
  cards: 'card',
  choices: 'choice',
  initiatives: 'initiative',
  endings: 'ending',
  concepts: 'concept',
};

/** The short hash of a French source text. */
export const sourceHashOf = (text: string): string => stableHash(text);

/** The stable id of the localized text at a JSON Pointer. */
export function stringIdOf(scenario: Scenario, path: string): string {
  const parts = path.split('/').slice(1);
  const out: string[] = [];
  let node: unknown = scenario;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const child: unknown = (node as Record<string, unknown> | null)?.[part];
    const next = parts[i + 1];
    const singular = SINGULAR[part];
    if (singular !== undefined && Array.isArray(child) && next !== undefined) {
      const item = child[Number(next)] as { id?: unknown } | undefined;
      out.push(singular, typeof item?.id === 'string' ? item.id : next);
      node = item;
      i++;
      continue;
    }
    out.push(part);
    node = child;
  }
  return out.join('.');
}

/** The entity groups in story order: `meta`, `actor.x`, `phase.y`, `card.z` … */
function storyOrder(scenario: Scenario): Map<string, number> {
  const order = new Map<string, number>();
  const add = (key: string): void => {
    if (!order.has(key)) order.set(key, order.size);
  };
  const cards = new Map(scenario.cards.map((c) => [c.id, c]));
  const addCard = (id: string): void => {
    if (order.has(`card.${id}`)) return;
    add(`card.${id}`);
    for (const choice of cards.get(id)?.choices ?? []) if (choice.next !== undefined) addCard(choice.next);
  };
  add('meta');
  scenario.actors.forEach((a) => add(`actor.${a.id}`));
  scenario.meters.forEach((m) => add(`meter.${m.id}`));
  for (const phase of scenario.phases) {
    add(`phase.${phase.id}`);
    phase.cards.forEach(addCard);
  }
  scenario.cards.forEach((c) => addCard(c.id));
  (scenario.initiatives ?? []).forEach((it) => add(`initiative.${it.id}`));
  scenario.endings.forEach((e) => add(`ending.${e.id}`));
  (scenario.concepts ?? []).forEach((c) => add(`concept.${c.id}`));
  return order;
}

const groupOf = (id: string): string =>
  id.startsWith('meta.') ? 'meta' : id.split('.').slice(0, 2).join('.');

/** Every translatable string of a valid scenario, in story order, with its text in `lang`. */
export function collectStrings(scenario: Scenario, lang: string): StringEntry[] {
  const checker = new SchemaChecker([SCENARIO_SCHEMA]);
  const paths = checker.check('scenario.schema.json', scenario).refs.get('localizedText') ?? [];
  const order = storyOrder(scenario);
  const entries = paths.map((path, position) => {
    let node: unknown = scenario;
    for (const part of path.split('/').slice(1)) node = (node as Record<string, unknown>)[part];
    const text = node as Record<string, string | undefined>;
    const source = text.fr ?? '';
    const id = stringIdOf(scenario, path);
    return {
      entry: { id, path, source, translation: text[lang] ?? '', sourceHash: sourceHashOf(source) },
      position,
    };
  });
  const rank = (id: string): number => order.get(groupOf(id)) ?? order.size;
  entries.sort((a, b) => rank(a.entry.id) - rank(b.entry.id) || a.position - b.position);
  return entries.map((e) => e.entry);
}
