/**
 * fast-check generator of VALID scenarios: random meters, phases, cards with random conditions and effects
 * that only reference existing ids, optional chains, initiatives, and endings with a fallback; and the
 * mechanics of format 2: outcomes, stated risks, delayed consequences, involvement, `leftOut`, `gap` and
 * `dominant` conditions, rise caps, ceilings, drift rules and the `balance` term. Everything not under
 * test (meta, actors, map) comes from premiers-pas.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  FAMILIES,
  INITIATIVE_STATES,
  METHOD_STEPS,
  SOUND_CUES,
  type Card,
  type Choice,
  type Condition,
  type DriftRule,
  type Effect,
  type Ending,
  type Initiative,
  type LandingEffect,
  type MeterDef,
  type Outcome,
  type Phase,
  type Risk,
  type Scenario,
} from '../../../src/scenario/format';
import { neverHolds } from '../../../src/scenario/validation/semantic-endings';

const base = JSON.parse(
  readFileSync(new URL('../../../scenarios/premiers-pas.json', import.meta.url), 'utf8'),
) as Scenario;

const text = (label: string) => ({ fr: `Texte ${label}`, en: `Text ${label}` });
const FLAGS = ['f0', 'f1', 'f2'];
/** Every scenario has one meter per family of actors (the validator requires them). */
const FAMILY_METERS = ['elus', 'habitants', 'entreprises', 'associations'];

/** Ids the conditions and effects may reference. */
interface Ids {
  meters: MeterDef[];
  actors: string[];
  phases: string[];
  cards: string[];
  initiatives: string[];
  /** What the validator reads conditions against (to keep rules' conditions possible). */
  bounds: { shape: Pick<Scenario, 'meters' | 'actors'>; longest: number };
}

const range = (min: number, max: number): fc.Arbitrary<{ atLeast?: number; atMost?: number }> =>
  fc
    .tuple(fc.option(fc.integer({ min, max }), { nil: undefined }), fc.integer({ min: 0, max: max - min }))
    .map(([low, span]) =>
      low === undefined ? { atMost: min + span } : { atLeast: low, atMost: Math.max(low, min + span) },
    );

function conditionArb(ids: Ids): fc.Arbitrary<Condition> {
  const leaf: fc.Arbitrary<Condition>[] = [
    fc.constantFrom(...ids.meters).chain((m) => range(m.min, m.max).map((r) => ({ meter: m.id, ...r }))),
    fc.record({ flag: fc.constantFrom(...FLAGS), is: fc.boolean() }),
    range(0, 8).map((r) => ({ turn: r })),
    range(0, 4).map((r) => ({ phaseTurn: r })),
    fc.constantFrom(...ids.phases).map((phase) => ({ phase })),
    fc.constantFrom(...ids.cards).map((cardPlayed) => ({ cardPlayed })),
    fc
      .tuple(fc.constantFrom(...ids.actors), fc.constantFrom(...ids.actors), range(0, 3))
      .filter(([a, b]) => a !== b)
      .map(([a, b, r]) => ({ link: [a, b] as [string, string], ...r })),
    range(0, 6).map((r) => ({ linkCount: r })),
    fc.tuple(fc.constantFrom(...FAMILIES), range(0, 8)).map(([leftOut, r]) => ({ leftOut, ...r })),
    fc
      .tuple(fc.shuffledSubarray(FAMILY_METERS, { minLength: 2, maxLength: 4 }), range(0, 60))
      .map(([gap, r]) => ({ gap, ...r })),
    fc
      .tuple(fc.constantFrom(...FAMILY_METERS), fc.integer({ min: 0, max: 40 }))
      .map(([dominant, by]) => ({ dominant, among: FAMILY_METERS, by })),
  ];
  if (ids.initiatives.length > 0)
    leaf.push(
      fc.record({
        initiative: fc.constantFrom(...ids.initiatives),
        atLeast: fc.constantFrom(...INITIATIVE_STATES.filter((s) => s !== 'failed')),
      }),
    );
  const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      ...leaf,
      fc.array(tie('tree'), { minLength: 1, maxLength: 2 }).map((all) => ({ all })),
      fc.array(tie('tree'), { minLength: 1, maxLength: 2 }).map((any) => ({ any })),
      tie('tree').map((not) => ({ not })),
    ),
  }));
  return tree;
}

/** A condition for a rule (drift, delayed consequence): one that can hold, as the validator requires. */
const possible = (ids: Ids): fc.Arbitrary<Condition> =>
  conditionArb(ids).filter((c) => !neverHolds(c, ids.bounds.shape as Scenario));

/** An effect that may land later (no cost, no delayed). */
function landingArb(ids: Ids): fc.Arbitrary<LandingEffect> {
  const options: fc.Arbitrary<LandingEffect>[] = [
    fc.record({
      type: fc.constant('meter' as const),
      meter: fc.constantFrom(...ids.meters.map((m) => m.id)),
      delta: fc.integer({ min: -60, max: 60 }).filter((d) => d !== 0),
    }),
    fc
      .tuple(fc.constantFrom(...ids.actors), fc.constantFrom(...ids.actors), fc.constantFrom(-2, -1, 1, 2))
      .filter(([a, b]) => a !== b)
      .map(([from, to, delta]) => ({ type: 'link' as const, from, to, delta })),
    fc.record({ type: fc.constant('flag' as const), flag: fc.constantFrom(...FLAGS), value: fc.boolean() }),
    fc.record({
      type: fc.constant('sound' as const),
      cue: fc.constantFrom(...SOUND_CUES.filter((c) => c !== 'ending')),
    }),
  ];
  if (ids.initiatives.length > 0)
    options.push(
      fc.oneof(
        fc.record({
          type: fc.constant('initiative' as const),
          initiative: fc.constantFrom(...ids.initiatives),
          progress: fc.integer({ min: 1, max: 5 }),
        }),
        fc.record({
          type: fc.constant('initiative' as const),
          initiative: fc.constantFrom(...ids.initiatives),
          fail: fc.constant(true),
        }),
      ),
    );
  return fc.oneof(...options);
}

function effectArb(ids: Ids): fc.Arbitrary<Effect> {
  const latest = Math.max(1, Math.min(4, ids.bounds.longest - 1));
  return fc.oneof(
    { weight: 5, arbitrary: landingArb(ids) as fc.Arbitrary<Effect> },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('cost' as const),
        meter: fc.constantFrom(...ids.meters.map((m) => m.id)),
        amount: fc.integer({ min: 1, max: 40 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({
          afterTurns: maybe(fc.integer({ min: 1, max: latest })),
          when: maybe(possible(ids)),
          within: maybe(fc.integer({ min: latest, max: latest + 4 })),
          effects: fc.array(landingArb(ids), { minLength: 1, maxLength: 2 }),
        })
        .map(({ afterTurns, when, within, effects }) =>
          clean({
            type: 'delayed' as const,
            afterTurns: afterTurns ?? (when === undefined ? 1 : undefined),
            when,
            within,
            text: text('plus tard'),
            effects,
          }),
        ),
    },
  );
}

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 3 });

/** Drops the keys whose value is undefined (the schema forbids explicit nulls and unknown values). */
const clean = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** A valid scenario with its shape drawn at random. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    meters: fc.array(
      fc.tuple(
        fc.integer({ min: -20, max: 10 }),
        fc.integer({ min: 5, max: 100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      { minLength: 4, maxLength: 5 },
    ),
    phases: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.nat(4)), {
      minLength: 1,
      maxLength: 3,
    }),
    initiatives: fc.nat(2),
    gated: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  })
  .chain(({ meters: shapes, phases: phaseShapes, initiatives: initiativeCount, gated }) => {
    const meters: MeterDef[] = shapes.map(([min, span, at], i) =>
      clean({
        id: FAMILY_METERS[i] ?? `m${i}`,
        label: text(`jauge ${i}`),
        min,
        max: min + span,
        initial: min + Math.round(span * at),
        // Trust takes time on some family meters; an extra meter may follow the least-trusting family.
        maxRisePerTurn: i < 4 && (min + span) % 3 === 0 ? 5 : undefined,
        ceiling: i === 4 && span % 2 === 0 ? { lowestOf: FAMILY_METERS, plus: span % 30 } : undefined,
      }),
    );
    const cardIds = phaseShapes.flatMap(([, count], p) =>
      Array.from({ length: count }, (_, k) => `c${p}-${k}`),
    );
    const ids: Ids = {
      meters,
      actors: base.actors.map((a) => a.id),
      phases: phaseShapes.map((_, p) => `p${p}`),
      cards: cardIds,
      initiatives: Array.from({ length: initiativeCount }, (_, i) => `i${i}`),
      bounds: {
        shape: { meters, actors: base.actors },
        longest: phaseShapes.reduce((sum, [maxTurns]) => sum + maxTurns, 0) + cardIds.length,
      },
    };
    const driftArb: fc.Arbitrary<DriftRule> = fc
      .record({
        meter: fc.constantFrom(...meters.map((m) => m.id)),
        delta: fc.integer({ min: -5, max: 5 }).filter((d) => d !== 0),
        when: maybe(possible(ids)),
        told: fc.boolean(),
      })
      .map(({ meter, delta, when, told }) =>
        clean({ meter, delta, when, text: told ? text('dérive') : undefined }),
      );
    const condition = conditionArb(ids);
    // The last outcome and the last risk may go without a condition; the others have one.
    const outcomeArb: fc.Arbitrary<Outcome> = fc
      .record({ when: condition, effects: fc.array(effectArb(ids), { maxLength: 2 }) })
      .map(({ when, effects }) => ({ when, effects, feedback: text('issue') }));
    const riskArb: fc.Arbitrary<Risk> = fc
      .record({
        when: condition,
        chance: fc.integer({ min: 1, max: 19 }).map((n) => n / 20),
        effects: fc.array(effectArb(ids), { minLength: 1, maxLength: 2 }),
      })
      .map(({ when, chance, effects }) => ({ when, chance, label: text('risque'), effects }));
    const isGated = (card: string): boolean => gated[cardIds.indexOf(card)] ?? false;
    // Chains only go to later cards (no chain loop: the validator refuses loops no choice can leave), gated
    // ones included: a chain to a card that cannot be played now is dropped and its phase still ends (a bug
    // this test found once, fixed in src/core/turn.ts).
    const later = (card: string): string[] => cardIds.slice(cardIds.indexOf(card) + 1);
    const choiceArb = (card: string, k: number): fc.Arbitrary<Choice> =>
      fc
        .record({
          when: maybe(condition),
          effects: fc.array(effectArb(ids), { maxLength: 3 }),
          next: later(card).length > 0 ? maybe(fc.constantFrom(...later(card))) : fc.constant(undefined),
          outcomes: maybe(
            fc
              .tuple(fc.array(outcomeArb, { minLength: 1, maxLength: 2 }), fc.boolean())
              .map(([list, otherwise]) =>
                otherwise
                  ? list.map((o, i) => (i === list.length - 1 ? clean({ ...o, when: undefined }) : o))
                  : list,
              ),
          ),
          risks: maybe(fc.array(riskArb, { minLength: 1, maxLength: 2 })),
          involves: maybe(fc.shuffledSubarray([...FAMILIES], { maxLength: 2 })),
        })
        .map(({ when, effects, next, outcomes, risks, involves }) =>
          clean({
            id: `${card}-x${k}`,
            text: text('choix'),
            when,
            effects,
            feedback: text('retour'),
            outcomes,
            risks,
            involves,
            concepts: [],
            postures: [],
            next,
          }),
        );
    const cardArb = (id: string): fc.Arbitrary<Card> =>
      fc
        .record({
          speaker: fc.constantFrom(...ids.actors),
          when: isGated(id) ? condition : fc.constant(undefined),
          weight: maybe(fc.integer({ min: 1, max: 5 })),
          repeatable: maybe(fc.boolean()),
          // The first choice is always open, so no card is gated shut (the validator refuses those).
          choices: fc
            .integer({ min: 2, max: 4 })
            .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => choiceArb(id, k)))),
        })
        .map(({ speaker, when, weight, repeatable, choices }) => {
          const [first, ...rest] = choices;
          const open: Choice = clean({ ...first!, when: undefined });
          return clean({
            id,
            speaker,
            text: text('carte'),
            when,
            weight,
            repeatable,
            choices: [open, ...rest],
          });
        });
    const phases: Phase[] = phaseShapes.map(([maxTurns, count, minTurns], p) =>
      clean({
        id: `p${p}`,
        step: METHOD_STEPS[p % METHOD_STEPS.length]!,
        title: text('phase'),
        intro: text('intro'),
        cards: Array.from({ length: count }, (_, k) => `c${p}-${k}`),
        minTurns: minTurns > 0 ? Math.min(minTurns, maxTurns) : undefined,
        maxTurns,
      }),
    );
    const initiativeArb = (id: string): fc.Arbitrary<Initiative> =>
      fc
        .record({
          a: fc.integer({ min: 1, max: 3 }),
          b: fc.integer({ min: 1, max: 3 }),
          c: fc.integer({ min: 1, max: 3 }),
          failWhen: maybe(condition),
        })
        .map(({ a, b, c, failWhen }) =>
          clean({
            id,
            name: text('initiative'),
            description: text('desc'),
            thresholds: { emerging: a, running: a + b, consolidated: a + b + c },
            failWhen,
          }),
        );
    const endingArb = (id: string, at: 'anytime' | 'end'): fc.Arbitrary<Ending> =>
      fc
        .record({ when: condition, priority: maybe(fc.integer({ min: 0, max: 5 })) })
        .map(({ when, priority }) =>
          clean({
            id,
            kind: 'partial' as const,
            title: text('fin'),
            text: text('texte'),
            at,
            when,
            priority,
          }),
        );
    return fc
      .record({
        cards: fc.tuple(...cardIds.map(cardArb)),
        initiatives: fc.tuple(...ids.initiatives.map(initiativeArb)),
        anytime: fc
          .array(fc.nat(), { maxLength: 2 })
          .chain((list) => fc.tuple(...list.map((_, i) => endingArb(`a${i}`, 'anytime')))),
        end: fc
          .array(fc.nat(), { maxLength: 2 })
          .chain((list) => fc.tuple(...list.map((_, i) => endingArb(`e${i}`, 'end')))),
        drift: fc.array(driftArb, { maxLength: 2 }),
      })
      .map(({ cards, initiatives, anytime, end, drift }): Scenario => {
        const fallback: Ending = {
          id: 'fallback',
          kind: 'failure',
          title: text('fin'),
          text: text('texte'),
          at: 'end',
        };
        const { concepts: _concepts, ...rest } = base;
        const { choicePreview: _preview, ...meta } = base.meta as typeof base.meta & {
          choicePreview?: unknown;
        };
        return clean({
          ...rest,
          formatVersion: 2,
          meta: { ...meta, id: 'genere', preview: 'stakes' },
          meters,
          phases,
          cards: [...cards],
          initiatives: initiatives.length > 0 ? [...initiatives] : undefined,
          endings: [...anytime, ...end, fallback],
          drift: drift.length > 0 ? drift : undefined,
          evaluation: {
            cooperation: [{ meter: 'elus' }, { linkStrength: 8 }, { balance: FAMILY_METERS }],
            powerToAct: [{ meter: 'elus' }],
            needsMet: [{ flag: 'f0' }],
            durability: [{ meter: meters[meters.length - 1]!.id }],
          },
        });
      });
  });
