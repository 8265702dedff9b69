import { describe, expect, it } from 'vitest';
import { agree, genderOf, genderOfRole } from '../../../src/engine/debrief/person';
import type { Actor } from '../../../src/scenario/format';
import { validateScenarioText } from '../../../src/scenario/validation';
import { readFileSync } from 'node:fs';
import { migrateText } from '../../../src/scenario/validation/migrate-text';

const actor = (role: string, pronoun?: Actor['pronoun']): Actor => ({
  id: 'a',
  family: 'habitants',
  name: 'Camille Martin',
  role: { fr: role },
  portrait: 'portrait-01',
  position: { x: 1, y: 1 },
  ...(pronoun ? { pronoun } : {}),
});

describe('the people of the story', () => {
  it.each([
    ['Adjointe au développement économique', 'f'],
    ['Vice-présidente au développement économique, métropole de Dorval', 'f'],
    ['Bouchère-charcutière à Castelbrune', 'f'],
    ['Ancienne tisserande, sans emploi depuis six ans', 'f'],
    ['Coordinatrice de l’association', 'f'],
    ['Retraitée, bénévole au marché du samedi', 'f'],
    ['Habitante du hameau, 78 ans', 'f'],
    ['Adjoint au développement économique', 'm'],
    ['Chargé de mission', 'm'],
    ['Menuisier, président de l’union des artisans', 'm'],
    ['Éleveur à Sarrat, 63 ans', 'm'],
    ['Ancien salarié agricole', 'm'],
    ['Garagiste, président du club des entreprises', 'm'],
    ['Maire du bourg', 'n'],
    ['Maire d’Haspelle-les-Forges', 'n'],
    ['Parent d’élève, collectif des parents', 'n'],
    ['Membre du conseil citoyen', 'n'],
    ['23 ans, répare les téléphones du bâtiment C', 'n'],
    ['Responsable RSE d’un entrepôt', 'n'],
    ["Collectif d'habitant·es", 'n'],
  ])('reads "%s" as %s', (role, gender) => {
    expect(genderOfRole(role)).toBe(gender);
  });

  it('takes the author’s pronoun over the role', () => {
    expect(genderOf(actor('Maire du bourg', 'elle'))).toBe('f');
    expect(genderOf(actor('Adjointe', 'il'))).toBe('m');
    expect(genderOf(actor('Directrice', 'iel'))).toBe('n');
    expect(genderOf(actor('Directrice'))).toBe('f');
    expect(agree({ gender: 'n' }, { f: 'venue', m: 'venu', n: 'passée par là' })).toBe('passée par là');
  });

  it('accepts elle, il and iel in a scenario, and refuses anything else, located', () => {
    const migrated = migrateText(readFileSync('scenarios/premiers-pas.json', 'utf8'));
    const base = migrated.ok ? migrated.text : '';
    const withPronoun = (value: string): string =>
      base.replace('"name": "Hélène Marchal",', `"name": "Hélène Marchal", "pronoun": "${value}",`);
    expect(withPronoun('elle')).not.toBe(base);
    for (const value of ['elle', 'il', 'iel'])
      expect(validateScenarioText(withPronoun(value), 'x.json').scenario?.actors[0]?.pronoun).toBe(value);
    const wrong = validateScenarioText(withPronoun('she'), 'x.json');
    expect(wrong.scenario).toBeUndefined();
    expect(wrong.problems.map((p) => p.path)).toContain('/actors/0/pronoun');
  });
});
