/**
 * A generator of large, valid synthetic scenarios (for benchmarks and tests; never bundled): N cards
 * spread over five phases, two to four choices each, meter and link effects, flags set and read,
 * chained follow-up cards, gated choices and cards, one initiative and three endings. Deterministic
 * for a given seed.
 */
import { nextFloat, seedRng, type RngState } from '../../core/rng';
import {
  FAMILIES,
  METHOD_STEPS,
  POSTURES,
  type Card,
  type Choice,
  type Effect,
  type Scenario,
} from '../format';
import { starterScenario } from './starter';

/** Options of the generator. */
export interface SyntheticOptions {
  cards: number;
  seed: number;
}

/** A valid scenario with `cards` cards. */
export function syntheticScenario({ cards: count, seed }: SyntheticOptions): Scenario {
  let rng: RngState = seedRng(seed);
  const random = (): number => {
    const [r, next] = nextFloat(rng);
    rng = next;
    return r;
  };
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const base = starterScenario(`synthetic-${count}`);
  const actors = FAMILIES.flatMap((family, f) =>
    [0, 1, 2].map((k) => ({
      id: `${family}-${k}`,
      family,
      name: `Personne ${f * 3 + k + 1}`,
      role: { fr: `Rôle ${k}`, en: `Role ${k}` },
      portrait: `portrait-${String(f * 3 + k + 1).padStart(2, '0')}`,
      position: { x: 10 + 25 * f, y: 20 + 30 * k },
    })),
  );
  const flags = Array.from({ length: Math.max(4, Math.floor(count / 10)) }, (_, i) => `flag-${i}`);
  const cards: Card[] = [];
  const chained: Card[] = [];
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
  const effectsFor = (): Effect[] => {
    const effects: Effect[] = [];
    for (let k = 0; k < 2 + int(3); k++)
      effects.push({ type: 'meter', meter: pick([...FAMILIES, 'cooperation']), delta: int(21) - 10 });
    if (random() < 0.3)
      effects.push({
        type: 'link',
        from: pick(actors).id,
        to: pick(actors.filter((a) => a.family === 'associations')).id,
        delta: 1,
      });
    if (random() < 0.3) effects.push({ type: 'flag', flag: pick(flags) });
    if (random() < 0.2) effects.push({ type: 'initiative', initiative: 'projet', progress: 1 });
    return effects.filter((e) => e.type !== 'link' || e.from !== e.to);
  };
  const makeCard = (id: string): Card => {
    const choices: Choice[] = Array.from({ length: 2 + int(3) }, (_, c) => ({
      id: `c${c}`,
      text: { fr: words(12), en: words(12) },
      effects: effectsFor(),
      feedback: { fr: words(20), en: words(20) },
      concepts: ['besoin-partage'],
      postures: [pick(POSTURES)],
      ...(c > 0 && random() < 0.2 ? { when: { meter: pick(FAMILIES), atLeast: int(40) } } : {}),
    }));
    return {
      id,
      speaker: pick(actors).id,
      text: { fr: words(30), en: words(30) },
      ...(random() < 0.15 ? { when: { flag: pick(flags) } } : {}),
      ...(random() < 0.1 ? { priority: 1 } : {}),
      choices,
    };
  };
  for (let i = 0; i < count; i++) {
    if (i % 10 === 9 && cards.length > 0) {
      const card = makeCard(`suite-${i}`);
      const from = cards[cards.length - 1];
      const choice = from?.choices[0];
      if (choice) choice.next = card.id;
      chained.push(card);
    } else cards.push(makeCard(`carte-${i}`));
  }
  // Every flag is read by at least one condition and set by at least one choice.
  flags.forEach((flag, i) => {
    const card = cards[i % cards.length];
    const choice = card?.choices[0];
    if (choice && !choice.effects.some((e) => e.type === 'flag' && e.flag === flag))
      choice.effects.push({ type: 'flag', flag });
    const reader = cards[(i * 7 + 3) % cards.length];
    const gated = reader?.choices[reader.choices.length - 1];
    if (gated && gated.when === undefined) gated.when = { flag };
  });
  const perPhase = Math.ceil(cards.length / METHOD_STEPS.length);
  return {
    ...base,
    meta: { ...base.meta, title: { fr: `Synthétique ${count}`, en: `Synthetic ${count}` } },
    actors,
    phases: METHOD_STEPS.map((step, p) => ({
      id: step,
      step,
      title: { fr: `Phase ${p + 1}`, en: `Phase ${p + 1}` },
      intro: { fr: words(25), en: words(25) },
      cards: cards.slice(p * perPhase, (p + 1) * perPhase).map((c) => c.id),
      maxTurns: 6,
      ...(p === 2 ? { exitWhen: { meter: 'cooperation', atLeast: 60 }, minTurns: 3 } : {}),
    })),
    cards: [...cards, ...chained],
    links: [],
    initiatives: [
      {
        id: 'projet',
        name: { fr: 'Projet', en: 'Project' },
        description: { fr: words(10), en: words(10) },
        thresholds: { emerging: 2, running: 4, consolidated: 6 },
        failWhen: { meter: 'elus', atMost: 5 },
      },
    ],
    endings: [
      {
        id: 'rupture',
        kind: 'failure',
        at: 'anytime',
        when: { meter: 'habitants', atMost: 0 },
        title: { fr: 'Rupture', en: 'Break' },
        text: { fr: words(20), en: words(20) },
      },
      {
        id: 'reussite',
        kind: 'success',
        at: 'end',
        priority: 1,
        when: { meter: 'cooperation', atLeast: 50 },
        title: { fr: 'Réussite', en: 'Success' },
        text: { fr: words(20), en: words(20) },
      },
      {
        id: 'mitige',
        kind: 'partial',
        at: 'end',
        title: { fr: 'Mitigé', en: 'Mixed' },
        text: { fr: words(20), en: words(20) },
      },
    ],
    evaluation: {
      cooperation: [{ meter: 'cooperation' }, { linkStrength: 10 }],
      powerToAct: [{ meter: 'habitants' }, { flag: flags[0] ?? 'flag-0' }],
      needsMet: [{ initiativesAtLeast: 'running' }],
      durability: [{ meter: 'elus' }, { meter: 'entreprises' }],
    },
    concepts: base.concepts?.slice(0, 1) ?? [],
  };
}
