/**
 * The story of the territory, told on sessions reaching every ending of every bundled scenario and of
 * the debrief fixtures, over many seeds, in French and English: no template leftovers, grammar that
 * holds, turning points spread over the phases, delayed consequences told when they came back, the
 * ending's voices quoted, and nothing that contradicts the evaluation, the families' figures or the
 * ending's kind.
 */
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../../src/engine/debrief/build-debrief';
import type { Debrief } from '../../../../src/engine/debrief/debrief-types';
import { effectAt } from '../../../../src/core/effect-at';
import { localize } from '../../../../src/engine/localize';
import {
  DIMENSIONS,
  FAMILIES,
  type Dimension,
  type FamilyId,
  type Language,
} from '../../../../src/scenario/format';
import { onlyChoiceOpen } from '../../../../src/engine/debrief/only-choice';
import { allSamples, type Sample } from './sessions';
import { frenchSpacingProblems } from '../../../fixtures/french-typography';

const LANGS: readonly Language[] = ['fr', 'en'];

/** Whatever a template slip leaves behind. */
const LEFTOVERS: readonly [string, RegExp][] = [
  ['placeholder', /\{\{|\}\}|\$\{/],
  ['undefined', /undefined/],
  ['NaN', /NaN/],
  ['null', /\bnull\b/],
  ['[object', /\[object/],
  ['double space', / {2}/],
  ['empty quotes', /«\s*»|“\s*”|"\s*"/],
  ['space before a full stop or comma', / [.,]/],
  ['double full stop', /\.\s*\./],
  ['comma before a full stop', /,\s*[.;:]/],
  ['two colons in a sentence outside quotes', /:\s[^.«“"]*[^«“"]\s:\s/],
  ['Infinity', /Infinity/],
];

/** The text outside quotes (what the chronicler wrote, not what people said or authors wrote). */
const outsideQuotes = (text: string): string => text.replace(/«[^»]*»|“[^”]*”/g, '«q»');

/** Claims about each dimension: ones that say it went well, and ones that say it went badly. */
const CLAIMS: Record<Language, Record<Dimension, { good: RegExp; bad: RegExp }>> = {
  fr: {
    cooperation: { good: /coopération entre les familles a tenu/, bad: /coopération n'a pas pris/ },
    powerToAct: {
      good: /ont pris une vraie place/,
      bad: /pouvoir d'agir des habitantes et habitants est resté faible/,
    },
    needsMet: {
      good: /besoins du territoire ont trouvé/,
      bad: /besoins du territoire sont restés mal couverts/,
    },
    durability: { good: /fait pour durer/, bad: /rien ne garantissait/ },
  },
  en: {
    cooperation: { good: /cooperation between the families held/, bad: /cooperation did not take hold/ },
    powerToAct: { good: /took a real place/, bad: /power to act stayed weak/ },
    needsMet: { good: /needs found answers/, bad: /needs stayed poorly met/ },
    durability: { good: /set to last/, bad: /nothing guaranteed/ },
  },
};
const KIND_WORDS: Record<Language, Record<Debrief['ending']['kind'], RegExp>> = {
  fr: { success: /La démarche a abouti/, partial: /en demi-teinte/, failure: /s'est mal terminée/ },
  en: { success: /The effort came through/, partial: /stopped halfway/, failure: /ended badly/ },
};
const FAMILY_WORDS: Record<Language, Record<FamilyId, string>> = {
  fr: {
    elus: 'des personnes élues',
    habitants: 'des habitantes et habitants',
    entreprises: 'des entreprises',
    associations: 'des associations',
  },
  en: {
    elus: 'of elected officials',
    habitants: 'of residents',
    entreprises: 'of businesses',
    associations: 'of associations',
  },
};

interface Told {
  sample: Sample;
  lang: Language;
  debrief: Debrief;
  where: string;
}

const told: Told[] = allSamples().flatMap(({ samples }) =>
  samples.flatMap((sample) =>
    LANGS.map((lang) => ({
      sample,
      lang,
      debrief: buildDebrief(sample.state, sample.ctx(lang)),
      where: `${sample.scenario} ${sample.policy} seed ${sample.seed} ${lang} (${sample.state.ending})`,
    })),
  ),
);

describe('the story of the territory', () => {
  it('is told on every ending that a simulated player reaches, in every scenario', () => {
    for (const { id, index, samples, unreached } of allSamples()) {
      const reached = new Set(samples.map((s) => s.state.ending));
      // Endings that neither 400 sessions of the simulated players nor 25 hunts reach are for the
      // validator's reachability checks (and the authors): listed here, not told.
      expect(reached.size + unreached.length, id).toBe(index.scenario.endings.length);
      expect(unreached.length, `${id}: ${unreached.join(', ')}`).toBeLessThanOrEqual(1);
    }
    expect(told.length).toBeGreaterThan(200);
  });

  it('reads clean: no template leftovers, sentences closed, capitals, French elision', () => {
    for (const { debrief, lang, where } of told)
      for (const paragraph of debrief.story) {
        for (const [name, pattern] of LEFTOVERS)
          expect(pattern.test(outsideQuotes(paragraph)), `${name} in ${where}: ${paragraph}`).toBe(false);
        expect(paragraph, where).toMatch(/[.!?…»”]$/);
        expect(paragraph.charAt(0), where).toBe(paragraph.charAt(0).toLocaleUpperCase(lang));
        if (lang === 'fr') {
          const own = outsideQuotes(paragraph);
          expect(own, where).not.toMatch(/(?<=^|[\s(])(de|que|le|la) [aeiouéèêàâîôûAEIOUÉÈÊÀÂÎÔÛ]/u);
          // French typography: a narrow no-break space before ; : ! ? » and after «, quotes included.
          expect(frenchSpacingProblems(where, paragraph)).toEqual([]);
        }
      }
  });

  it('does not tell a move the player could not avoid as an answer they chose', () => {
    const FORCED = { fr: 'Une seule voie restait ouverte', en: 'Only one way was still open' };
    let forced = 0;
    for (const { debrief, lang, sample, where } of told)
      debrief.story.forEach((paragraph, i) => {
        const turn = debrief.storyTurns[i];
        if (turn === null || turn === undefined) return;
        const only = onlyChoiceOpen(
          sample.state,
          sample.index,
          sample.state.log.findIndex((r) => r.turn === turn),
        );
        if (only) forced++;
        expect(paragraph.includes(FORCED[lang]), `${where} turn ${turn}: ${paragraph}`).toBe(only);
        if (only) expect(paragraph, where).not.toMatch(/Votre réponse a été|Your answer was/);
      });
    // The samples hold turning points on cards where the budget or a condition left a single choice.
    expect(forced).toBeGreaterThan(0);
  });

  it('opens with the situation: the territory and the scenario title, before any turning point', () => {
    for (const { debrief, lang, sample, where } of told) {
      const opening = debrief.story[0] ?? '';
      expect(opening, where).toMatch(lang === 'fr' ? /^Tout a commencé dans / : /^It all began in /);
      expect(opening, where).toContain(localize(sample.index.scenario.meta.title, lang));
    }
  });

  it('tells three to five turning points spread over the phases, in play order, with who spoke', () => {
    for (const { debrief, sample, where } of told) {
      const decisions = sample.state.log.length;
      const phases = new Set(sample.state.log.map((r) => r.phase)).size;
      const keys = debrief.keyDecisions;
      expect(keys.length, where).toBeGreaterThanOrEqual(Math.min(3, decisions));
      expect(keys.length, where).toBeLessThanOrEqual(5);
      expect(new Set(keys.map((k) => k.phaseTitle)).size, where).toBeGreaterThanOrEqual(Math.min(3, phases));
      expect(
        keys.map((k) => k.turn),
        where,
      ).toEqual([...keys.map((k) => k.turn)].sort((a, b) => a - b));
      const story = debrief.story.join(' ');
      for (const key of keys) expect(story, where).toContain(key.speaker);
      expect(
        debrief.timeline.filter((t) => t.key).map((t) => t.turn),
        where,
      ).toEqual(keys.map((k) => k.turn));
      expect(
        keys.map((k) => k.turn),
        where,
      ).toContain(debrief.decisiveTurn);
    }
  });

  it('tells each delayed consequence of a turning point when it came back, and none that did not', () => {
    let chains = 0;
    for (const { debrief, sample, lang, where } of told) {
      const story = debrief.story.join(' ');
      const keyTurns = new Set(debrief.keyDecisions.map((k) => k.turn));
      let expected = 0;
      for (const record of sample.state.log)
        for (const item of record.delayed ?? []) {
          if (!item.landed || !keyTurns.has(item.turn)) continue;
          const effect = effectAt(sample.index.choices.get(item.card)?.get(item.choice), item.path);
          const text = effect?.type === 'delayed' ? localize(effect.text, lang) : '';
          expect(story, where).toContain(text);
          expected++;
        }
      const phrase = lang === 'fr' ? /ce choix est revenu/g : /this choice came back/g;
      expect(story.match(phrase)?.length ?? 0, where).toBe(expected);
      chains += expected;
    }
    expect(chains).toBeGreaterThan(20);
  });

  it('quotes what people say at the end, when the ending gives them voices', () => {
    let quoted = 0;
    for (const { debrief, where } of told) {
      const last = debrief.story[debrief.story.length - 1] ?? '';
      for (const voice of debrief.ending.voices) {
        expect(last, where).toContain(voice.text);
        expect(last, where).toContain(voice.name);
        quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(10);
  });

  it('never contradicts the evaluation on any dimension, nor the ending kind', () => {
    for (const { debrief, lang, where } of told) {
      const story = debrief.story.join(' ');
      for (const dimension of DIMENSIONS) {
        const value = debrief.evaluation[dimension];
        const { good, bad } = CLAIMS[lang][dimension];
        if (value < 60) expect(good.test(story), `${dimension} ${value} told good in ${where}`).toBe(false);
        if (value >= 40) expect(bad.test(story), `${dimension} ${value} told bad in ${where}`).toBe(false);
        if (value < 40) expect(bad.test(story), `${dimension} ${value} not told bad in ${where}`).toBe(true);
        if (value >= 60)
          expect(good.test(story), `${dimension} ${value} not told good in ${where}`).toBe(true);
      }
      for (const kind of ['success', 'partial', 'failure'] as const)
        expect(KIND_WORDS[lang][kind].test(story), `${kind} in ${where}`).toBe(kind === debrief.ending.kind);
    }
  });

  it('says where each family stands with its true figures, direction and band', () => {
    for (const { debrief, sample, lang, where } of told) {
      const sentences = debrief.story.flatMap((p) => p.split(/(?<=\.) /));
      for (const family of FAMILIES) {
        const def = sample.index.meters.get(family)!;
        const end = sample.state.meters[family]!;
        const sentence = sentences.find(
          (s) =>
            /^(À la fin, la confiance |Celle |In the end, the trust |The trust )/.test(s) &&
            s
              .replace(/^(À la fin, la confiance |Celle |In the end, the trust |The trust )/, '')
              .startsWith(FAMILY_WORDS[lang][family]) &&
            /(avait|était|had) /.test(s) &&
            /;/.test(s),
        );
        expect(sentence, `${family} in ${where}`).toBeDefined();
        const ratio = (end - def.min) / (def.max - def.min);
        const grown = lang === 'fr' ? /avait grandi/ : /had grown/;
        const fallen = lang === 'fr' ? /avait reculé/ : /had fallen/;
        expect(grown.test(sentence!), where).toBe(end - def.initial >= 3);
        expect(fallen.test(sentence!), where).toBe(def.initial - end >= 3);
        expect(sentence, where).toContain(String(end));
        // The band is told after the last semicolon (a role told earlier may say "solidaire").
        const band = sentence!.split(';').pop() ?? '';
        if (/solide|solid/.test(band)) expect(ratio, where).toBeGreaterThanOrEqual(0.6);
        if (/au plus bas|at its lowest/.test(band)) expect(ratio, where).toBeLessThan(0.4);
      }
    }
  });

  it('varies from one session to the next (sessions with different paths read differently)', () => {
    const french = told.filter((t) => t.lang === 'fr');
    const paths = new Set(
      french.map((t) => `${t.sample.scenario} ${t.sample.state.log.map((r) => r.choice).join(',')}`),
    );
    expect(new Set(french.map((t) => t.debrief.story.join(' '))).size).toBe(paths.size);
  });
});
