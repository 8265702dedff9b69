import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../../src/core/scenario-index';
import { buildDebrief } from '../../../src/engine/debrief/build-debrief';
import { resourceMeters } from '../../../src/engine/debrief/story';
import { localize } from '../../../src/engine/localize';
import { defaultTurnLimit, playSession } from '../../../src/scenario/play/simulate';
import type { Codex, Concept, Language } from '../../../src/scenario/format';
import { bundledScenarios } from '../../content/bundled-scenarios';

const codex = JSON.parse(readFileSync('scenarios/codex.json', 'utf8')) as Codex;
const concepts = new Map<string, Concept>(codex.concepts.map((c) => [c.id, c]));
const LANGS: readonly Language[] = ['fr', 'en'];
const SEEDS = [1, 2, 3, 4, 5];

/** Whatever a template slip leaves behind. */
const LEFTOVERS: readonly [string, RegExp][] = [
  ['placeholder', /\{\{|\}\}|\$\{/],
  ['undefined', /undefined/],
  ['NaN', /NaN/],
  ['null', /\bnull\b/],
  ['[object', /\[object/],
  ['double space', / {2}/],
  ['empty quotes', /« *»|"\s*"/],
  ['space before a full stop or comma', / [.,]/],
  ['double full stop', /\.\s*\./],
  ['colon then colon in one clause', /: [^.«"]*\) : /],
];

describe('story of the territory (mise en récit)', () => {
  for (const { scenario } of bundledScenarios()) {
    const index = indexScenario(scenario);
    const limit = defaultTurnLimit(index);
    it(`${scenario.meta.id}: reads clean in fr and en, and opens with the arrival`, () => {
      const title = { fr: localize(scenario.meta.title, 'fr'), en: localize(scenario.meta.title, 'en') };
      for (const policy of ['random', 'principled'] as const)
        for (const seed of SEEDS) {
          const { state } = playSession(index, seed, policy, limit);
          for (const lang of LANGS) {
            const ctx = { index, lang, concepts };
            const story = buildDebrief(state, ctx).story;
            const where = `${policy} seed ${seed} ${lang}`;
            expect(story.length, where).toBeGreaterThanOrEqual(3);
            for (const paragraph of story) {
              for (const [name, pattern] of LEFTOVERS)
                expect(pattern.test(paragraph), `${name} in ${where}: ${paragraph}`).toBe(false);
              expect(paragraph, where).toMatch(/[.!?…»"]$/);
              expect(paragraph.charAt(0), where).toBe(paragraph.charAt(0).toLocaleUpperCase(lang));
            }
            // The opening paragraph: the territory and the scenario's title, before any turning point.
            const opening = story[0] ?? '';
            expect(opening, where).toContain(title[lang]);
            expect(opening, where).toMatch(
              lang === 'fr' ? /^(Tout commence|Vous voici)/ : /^(It all|Here you)/,
            );
            // The facilitator's resources are told apart, never as the territory's strength or weakness.
            for (const id of resourceMeters(ctx)) {
              const label = localize(index.meters.get(id)?.label, lang);
              expect(opening.split(label).length - 1, `${label} in ${where}`).toBe(1);
              expect(opening, where).toMatch(
                lang === 'fr' ? /Côté moyens, vous partez avec/ : /As for resources, you start with/,
              );
            }
            if (lang === 'fr') expect(story.join(' '), where).not.toMatch(/\bde [AEIOUÉÈÀ]/);
          }
        }
    });
  }

  it('tells each evaluation dimension with its own agreed phrase (no "les besoins couverts a")', () => {
    const index = indexScenario(
      bundledScenarios().find((b) => b.scenario.meta.id === 'vallee-alimentaire')!.scenario,
    );
    const endings: string[] = [];
    for (let seed = 1; seed <= 30; seed++) {
      const { state } = playSession(index, seed, 'random', defaultTurnLimit(index));
      endings.push(buildDebrief(state, { index, lang: 'fr', concepts }).story.at(-1) ?? '');
    }
    expect(endings.join(' ')).not.toMatch(/besoins couverts (a|est)\b/);
    expect(new Set(endings).size).toBeGreaterThan(3);
  });
});
