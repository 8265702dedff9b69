/**
 * The people of the story, as grammar needs them: a name, a role, and how to agree with them. The
 * gender comes from `actor.pronoun` when the author gave one; otherwise it is read from the French role
 * when that is clearly feminine or masculine ("Adjointe", "Directeur", "Ancienne tisserande"), and left
 * neutral when it is not ("Maire", "Garagiste", "23 ans"): the story then uses the name and no gendered
 * agreement. Pure.
 */
import type { Actor, FamilyId, Language } from '../../scenario/format';
import { localize } from '../localize';

/** Grammatical gender of a person in the story: feminine, masculine, or neutral (no agreement). */
export type Gender = 'f' | 'm' | 'n';

/** A person as the story tells them. */
export interface Person {
  id: string;
  name: string;
  /** The role, as written (first letter as the author wrote it). */
  role: string;
  family: FamilyId;
  gender: Gender;
}

/** Role words that are the same in the feminine and the masculine (and endings would misread). */
const EPICENE = new Set([
  'maire',
  'membre',
  'parent',
  'responsable',
  'garagiste',
  'élève',
  'bénévole',
  'artiste',
  'secrétaire',
  'juriste',
  'cadre',
  'collègue',
  'enfant',
  'adulte',
  'jeune',
  'médecin',
  'chef',
  'libraire',
  'fleuriste',
  'photographe',
  'architecte',
  'comptable',
]);
const PREFIXES = new Set(['vice', 'co', 'ex', 'sous', 'néo', 'pré']);
const FEMININE = /(ointe|trice|euse|ière|ère|ée|ante|ente|enne|esse|oise|ienne|ine|otte|elle)$/;
const FEMININE_WORDS = new Set(['voisine', 'cousine', 'copine', 'marraine']);
const NOT_FEMININE = new Set(['frère', 'père', 'confrère', 'compère']);
const MASCULINE = /(oint|teur|eur|ier|er|é|ant|ent|ien|ais|ois|un|in)$/;

/** The gender one word shows (the first word of a role or of one of its parts). */
function genderOfWord(word: string | undefined): Gender {
  // "Vice-présidente", "Co-présidente", "Bouchère-charcutière": the first part that is not a prefix.
  const first = word?.split('-').find((part) => !PREFIXES.has(part));
  if (!first || !/^\p{L}+$/u.test(first) || EPICENE.has(first)) return 'n';
  if (NOT_FEMININE.has(first)) return 'm';
  if (FEMININE_WORDS.has(first) || (first.length > 4 && FEMININE.test(first))) return 'f';
  if (first.length > 3 && MASCULINE.test(first)) return 'm';
  return 'n';
}

/**
 * The gender the French role shows, if it clearly shows one: its first word, or else the first word of
 * a later part ("Garagiste, président du club" is masculine; "Maire du bourg" stays neutral).
 */
export function genderOfRole(role: string): Gender {
  for (const part of role.toLowerCase().split(/[,;]/)) {
    const gender = genderOfWord(part.trim().split(/[\s:'’()]+/)[0]);
    if (gender !== 'n') return gender;
  }
  return 'n';
}

/** The gender of an actor: their pronoun, or what their French role shows. */
export function genderOf(actor: Actor): Gender {
  if (actor.pronoun === 'elle') return 'f';
  if (actor.pronoun === 'il') return 'm';
  if (actor.pronoun === 'iel') return 'n';
  return genderOfRole(actor.role.fr);
}

/** An actor as the story tells them, in `lang`. */
export function personOf(actor: Actor, lang: Language): Person {
  return {
    id: actor.id,
    name: actor.name,
    role: localize(actor.role, lang),
    family: actor.family,
    gender: genderOf(actor),
  };
}

/** Picks the form that agrees with a person (`n`: a wording with no gendered agreement). */
export function agree(person: Pick<Person, 'gender'>, forms: { f: string; m: string; n: string }): string {
  return forms[person.gender];
}
