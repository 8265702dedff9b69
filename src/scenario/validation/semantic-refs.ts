/**
 * Semantic checks on references: unique ids, every id a scenario cites exists (actors, cards, phases,
 * meters, initiatives, concepts, assets), and flags are both set and read.
 */
import { FAMILIES, type Condition, type Effect, type Scenario } from '../format';
import { KNOWN_ASSETS, type KnownAssets } from '../assets';

/** A semantic problem before it is located and worded. */
export interface SemanticIssue {
  code: string;
  path: string;
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
}

/** What the checks may know beyond the file. */
export interface SemanticOptions {
  /** Concept ids of the shared codex. When absent, concept references are not checked. */
  knownConcepts?: ReadonlySet<string> | readonly string[];
  /** Asset ids; defaults to the bundled ones. */
  knownAssets?: KnownAssets;
}

const MAX_KNOWN = 12;
const listOf = (ids: Iterable<string>): string => {
  const all = [...ids];
  const shown = all.slice(0, MAX_KNOWN).join(', ');
  return all.length > MAX_KNOWN ? `${shown}, … (${all.length})` : shown || '—';
};

/**
 * Calls `visit` on every effect of a scenario with its JSON Pointer: a choice's, its outcomes', its
 * risks', and those inside delayed consequences.
 */
export function forEachEffect(scenario: Scenario, visit: (effect: Effect, path: string) => void): void {
  const walk = (effects: readonly Effect[] | undefined, path: string): void =>
    effects?.forEach((effect, k) => {
      visit(effect, `${path}/${k}`);
      if (effect.type === 'delayed') walk(effect.effects, `${path}/${k}/effects`);
    });
  scenario.cards.forEach((card, i) =>
    card.choices.forEach((choice, j) => {
      const at = `/cards/${i}/choices/${j}`;
      walk(choice.effects, `${at}/effects`);
      choice.outcomes?.forEach((outcome, k) => walk(outcome.effects, `${at}/outcomes/${k}/effects`));
      choice.risks?.forEach((risk, k) => walk(risk.effects, `${at}/risks/${k}/effects`));
    }),
  );
}

/** Calls `visit` on every condition of a scenario, and on every nested one, with its JSON Pointer. */
export function forEachCondition(
  scenario: Scenario,
  visit: (condition: Condition, path: string) => void,
): void {
  const walk = (condition: Condition | undefined, path: string): void => {
    if (condition === undefined) return;
    visit(condition, path);
    if ('all' in condition) condition.all.forEach((c, i) => walk(c, `${path}/all/${i}`));
    else if ('any' in condition) condition.any.forEach((c, i) => walk(c, `${path}/any/${i}`));
    else if ('not' in condition) walk(condition.not, `${path}/not`);
  };
  scenario.phases.forEach((p, i) => walk(p.exitWhen, `/phases/${i}/exitWhen`));
  scenario.cards.forEach((card, i) => {
    walk(card.when, `/cards/${i}/when`);
    card.choices.forEach((choice, j) => {
      walk(choice.when, `/cards/${i}/choices/${j}/when`);
      choice.outcomes?.forEach((o, k) => walk(o.when, `/cards/${i}/choices/${j}/outcomes/${k}/when`));
      choice.risks?.forEach((r, k) => walk(r.when, `/cards/${i}/choices/${j}/risks/${k}/when`));
    });
  });
  forEachEffect(scenario, (effect, path) => {
    if (effect.type === 'delayed') walk(effect.when, `${path}/when`);
  });
  scenario.drift?.forEach((rule, i) => walk(rule.when, `/drift/${i}/when`));
  (scenario.initiatives ?? []).forEach((it, i) => {
    walk(it.requires, `/initiatives/${i}/requires`);
    walk(it.failWhen, `/initiatives/${i}/failWhen`);
  });
  scenario.endings.forEach((e, i) => walk(e.when, `/endings/${i}/when`));
}

/** Checks ids, references and flags. */
export function checkReferences(scenario: Scenario, options: SemanticOptions): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const error = (code: string, path: string, params: SemanticIssue['params']): void => {
    issues.push({ code, path, params, severity: 'error' });
  };
  const idSet = (kind: string, key: string, items: readonly { id: string }[] | undefined): Set<string> => {
    const seen = new Set<string>();
    (items ?? []).forEach((item, i) => {
      if (seen.has(item.id)) error('duplicate-id', `/${key}/${i}/id`, { kind, id: item.id });
      seen.add(item.id);
    });
    return seen;
  };
  const actors = idSet('actor', 'actors', scenario.actors);
  const meters = idSet('meter', 'meters', scenario.meters);
  const phases = idSet('phase', 'phases', scenario.phases);
  const cards = idSet('card', 'cards', scenario.cards);
  const initiatives = idSet('initiative', 'initiatives', scenario.initiatives);
  idSet('ending', 'endings', scenario.endings);
  const ownConcepts = idSet('concept', 'concepts', scenario.concepts);
  scenario.cards.forEach((card, i) => idSet('choice', `cards/${i}/choices`, card.choices));

  const ref = (kind: string, known: ReadonlySet<string>, id: string, path: string): void => {
    if (typeof id === 'string' && !known.has(id))
      error('unknown-ref', path, { kind, id, known: listOf(known) });
  };

  for (const family of FAMILIES)
    if (!meters.has(family)) error('family-meter-missing', '/meters', { id: family });
  const assets = options.knownAssets ?? KNOWN_ASSETS;
  scenario.actors.forEach((actor, i) => {
    if (!assets.portraits.includes(actor.portrait)) {
      error('unknown-asset', `/actors/${i}/portrait`, {
        kind: 'portrait',
        value: actor.portrait,
        known: `${assets.portraits[0] ?? ''} … ${assets.portraits[assets.portraits.length - 1] ?? ''}`,
      });
    }
  });
  if (scenario.map.background !== undefined && !assets.backgrounds.includes(scenario.map.background)) {
    error('unknown-asset', '/map/background', {
      kind: 'background',
      value: scenario.map.background,
      known: listOf(assets.backgrounds),
    });
  }
  (scenario.links ?? []).forEach((link, i) => {
    ref('actor', actors, link.from, `/links/${i}/from`);
    ref('actor', actors, link.to, `/links/${i}/to`);
    if (link.from === link.to) error('link-self', `/links/${i}`, { id: link.from });
  });
  scenario.phases.forEach((phase, i) =>
    phase.cards.forEach((id, j) => ref('card', cards, id, `/phases/${i}/cards/${j}`)),
  );

  const flagsSet = new Map<string, string>();
  const flagsRead = new Map<string, string>();
  const concepts =
    options.knownConcepts === undefined ? null : new Set([...options.knownConcepts, ...ownConcepts]);
  scenario.cards.forEach((card, i) => {
    ref('actor', actors, card.speaker, `/cards/${i}/speaker`);
    card.choices.forEach((choice, j) => {
      const at = `/cards/${i}/choices/${j}`;
      if (choice.next !== undefined) ref('card', cards, choice.next, `${at}/next`);
      if (concepts) choice.concepts.forEach((c, k) => ref('concept', concepts, c, `${at}/concepts/${k}`));
    });
  });
  scenario.endings.forEach((ending, i) =>
    ending.voices?.forEach((voice, k) =>
      ref('actor', actors, voice.speaker, `/endings/${i}/voices/${k}/speaker`),
    ),
  );
  forEachEffect(scenario, (effect, e) => {
    if (effect.type === 'meter' || effect.type === 'cost') ref('meter', meters, effect.meter, `${e}/meter`);
    else if (effect.type === 'link') {
      ref('actor', actors, effect.from, `${e}/from`);
      ref('actor', actors, effect.to, `${e}/to`);
      if (effect.from === effect.to) error('link-self', e, { id: effect.from });
    } else if (effect.type === 'initiative')
      ref('initiative', initiatives, effect.initiative, `${e}/initiative`);
    else if (effect.type === 'flag' && !flagsSet.has(effect.flag)) flagsSet.set(effect.flag, `${e}/flag`);
  });
  scenario.drift?.forEach((rule, i) => ref('meter', meters, rule.meter, `/drift/${i}/meter`));
  scenario.meters.forEach((meter, i) =>
    meter.ceiling?.lowestOf.forEach((id, k) =>
      ref('meter', meters, id, `/meters/${i}/ceiling/lowestOf/${k}`),
    ),
  );
  forEachCondition(scenario, (c, path) => {
    if ('gap' in c) c.gap.forEach((id, k) => ref('meter', meters, id, `${path}/gap/${k}`));
    else if ('dominant' in c) {
      ref('meter', meters, c.dominant, `${path}/dominant`);
      c.among.forEach((id, k) => ref('meter', meters, id, `${path}/among/${k}`));
    } else if ('meter' in c) ref('meter', meters, c.meter, `${path}/meter`);
    else if ('phase' in c) ref('phase', phases, c.phase, `${path}/phase`);
    else if ('initiative' in c) ref('initiative', initiatives, c.initiative, `${path}/initiative`);
    else if ('cardPlayed' in c) ref('card', cards, c.cardPlayed, `${path}/cardPlayed`);
    else if ('link' in c) c.link.forEach((a, k) => ref('actor', actors, a, `${path}/link/${k}`));
    else if ('flag' in c && !flagsRead.has(c.flag)) flagsRead.set(c.flag, `${path}/flag`);
  });
  for (const [dimension, terms] of Object.entries(scenario.evaluation)) {
    terms.forEach((term, i) => {
      const path = `/evaluation/${dimension}/${i}`;
      if ('meter' in term) ref('meter', meters, term.meter, `${path}/meter`);
      else if ('balance' in term)
        term.balance.forEach((id, k) => ref('meter', meters, id, `${path}/balance/${k}`));
      else if ('flag' in term && !flagsRead.has(term.flag)) flagsRead.set(term.flag, `${path}/flag`);
    });
  }
  for (const [flag, path] of flagsRead) {
    if (!flagsSet.has(flag))
      issues.push({ code: 'flag-never-set', path, params: { flag }, severity: 'warning' });
  }
  for (const [flag, path] of flagsSet) {
    if (!flagsRead.has(flag))
      issues.push({ code: 'flag-never-read', path, params: { flag }, severity: 'warning' });
  }
  return issues;
}
