/**
 * `ending.voices` (format v2, spec §10): one to three lines people of the territory say at the end.
 * The speaker must be a known actor (located error), and the list holds one to three entries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedRng } from '../../../src/core/rng';
import { openScenario, Session } from '../../../src/engine/api';
import { pickOne } from '../../../src/engine/analysis/policies';
import { formatProblem, validateScenarioText } from '../../../src/scenario/validation';
import { migrateText } from '../../../src/scenario/validation/migrate-text';

const read = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../../../scenarios', name), 'utf8');
const migrated = migrateText(read('premiers-pas.json'));
const base = migrated.ok ? migrated.text : '';

const voice = (speaker: string, fr = 'On a enfin été écoutés.'): string =>
  `{ "speaker": "${speaker}", "text": { "fr": "${fr}", "en": "We were heard at last." } }`;

/** premiers-pas with `voices` on its first ending. */
function withVoices(...voices: string[]): string {
  const at = '"debrief": [{ "fr": "Qu\'est-ce qui a rendu cette coopération possible ?"';
  expect(base).toContain(at);
  return base.replace(at, `"voices": [${voices.join(', ')}],\n      ${at}`);
}

describe('ending voices', () => {
  it('accepts one to three voices of known actors', () => {
    for (const voices of [[voice('collectif')], [voice('maire'), voice('collectif'), voice('boulangere')]]) {
      const result = validateScenarioText(withVoices(...voices), 'x.json');
      expect(result.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
      expect(result.scenario?.endings[0]?.voices).toHaveLength(voices.length);
    }
  });

  it('refuses an unknown speaker, located at the speaker, in French and English', () => {
    const text = withVoices(voice('collectif'), voice('inconnue'));
    for (const lang of ['en', 'fr'] as const) {
      const result = validateScenarioText(text, 'x.json', { lang });
      expect(result.scenario).toBeUndefined();
      const problem = result.problems.find((p) => p.path === '/endings/0/voices/1/speaker');
      expect(problem?.code).toBe('unknown-ref');
      expect(problem?.message).toContain('inconnue');
      expect(problem?.message).toMatch(lang === 'fr' ? /n'existe pas/ : /does not exist/);
      const line = text.slice(0, text.indexOf('"inconnue"')).split('\n').length;
      expect(problem?.line).toBe(line);
    }
  });

  it('refuses an empty list and more than three voices, located at the list', () => {
    for (const voices of [
      [],
      [voice('maire'), voice('collectif'), voice('boulangere'), voice('ressourcerie')],
    ]) {
      const result = validateScenarioText(withVoices(...voices), 'x.json');
      expect(result.scenario).toBeUndefined();
      expect(result.problems.map((p) => p.path)).toContain('/endings/0/voices');
    }
  });

  it('refuses a voice without text, or a blank one', () => {
    const missing = validateScenarioText(withVoices('{ "speaker": "maire" }'), 'x.json');
    expect(missing.problems.map((p) => p.path)).toContain('/endings/0/voices/0');
    const blank = validateScenarioText(withVoices(voice('maire', '  ')), 'x.json');
    expect(blank.problems.map((p) => p.path)).toContain('/endings/0/voices/0/text/fr');
  });
});

describe('ending voices on screen', () => {
  const file = 'tests/fixtures/v2/dilemmes.json';
  const opened = openScenario(readFileSync(file, 'utf8'), { file });
  if (!opened.ok) throw new Error('fixture');
  const loaded = opened.loaded;

  /** The first session (seeds 1…, choices drawn from the seed) that reaches `ending`. */
  function reach(ending: string): Session {
    for (let seed = 1; seed < 400; seed++) {
      const session = Session.start(loaded, { seed, lang: 'fr' });
      const draw = { rng: seedRng(seed * 7919) };
      for (let step = 0; step < 200 && session.screen !== 'ended'; step++) {
        if (session.screen === 'card') session.choose(pickOne(session.available(), draw)?.id ?? 1);
        else session.continue();
      }
      if (session.ending()?.id === ending) return session;
    }
    throw new Error(`${ending} never reached`);
  }

  it('the view and the debrief carry who says what, in the player language, quotation marks stripped', () => {
    const session = reach('table-commune');
    expect(session.view().ending?.voices).toEqual([
      {
        speaker: 'garagiste',
        name: 'Paul Roche',
        role: 'Garagiste',
        family: 'entreprises',
        text: "Je ne pensais pas m'asseoir un jour à la même table que la ressourcerie.",
      },
      {
        speaker: 'maire',
        name: 'Claire Dumas',
        role: 'Maire',
        family: 'elus',
        text: "Ce n'est plus mon projet, et c'est tant mieux.",
      },
    ]);
    session.lang = 'en';
    expect(session.debrief().ending.voices.map((v) => v.text)).toEqual([
      "I never thought I'd sit at the same table as the reuse centre.",
      "It's no longer my project, and so much the better.",
    ]);
  });

  it('an ending without voices has none', () => {
    expect(reach('en-chemin').view().ending?.voices).toEqual([]);
  });
});
