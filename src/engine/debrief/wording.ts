/**
 * Small grammar tools of the story, for French and English: capitals, elision, lists, the first
 * sentence of a quote, and a choice's text turned into a clause ("choisi de proposer …", "chose to
 * suggest …"). Pure.
 */
import type { Language } from '../../scenario/format';
import { unquoted } from '../voice-view';

/** The text with its first letter in capitals. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The text with its first letter in lower case, unless it starts an acronym ("RSE", "AMAP"). */
export function lowerFirst(text: string): string {
  if (/^\p{Lu}\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Whether French elides before this word ("d'Odette", "d'organiser"; not "de Yasmina", "de haut"). */
export function elides(word: string): boolean {
  if (/^[aeiouàâäéèêëîïôöùûüœ]/iu.test(word)) return true;
  // A silent h elides (héberger, habitant); the few aspirated ones met in roles and choices do not.
  return (
    /^h/i.test(word) &&
    !/^(haut|hau[st]|hai|hiss|heurt|hurl|hach|hasard|hall|hameau|hangar|harc|hér[oa]s)/i.test(word)
  );
}

/** French "de" before a word, elided when needed: "de Marc", "d'Odette". */
export function de(word: string): string {
  return elides(word) ? `d'${word}` : `de ${word}`;
}

/** French "que" before a word, elided when needed. */
export function que(word: string): string {
  return elides(word) ? `qu'${word}` : `que ${word}`;
}

/** A list joined with commas and a last "et" / "and". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

/** Quotation marks of a language around a text (French ones held to it by no-break spaces). */
export function quote(text: string, lang: Language): string {
  return lang === 'en' ? `“${text}”` : `«\u00a0${text}\u00a0»`;
}

/**
 * The first sentence of what someone said (its quotation marks removed), or the first two when the
 * first is very short, at most about `max` characters (cut at a word, with "…").
 */
export function firstWords(said: string, max = 170): string {
  const text = unquoted(said).replace(/\s+/g, ' ');
  const sentences = text.match(/[^.!?…]+(?:[.!?…]+(?=\s|$)|$)/gu) ?? [text];
  let out = (sentences[0] ?? '').trim();
  if (out.length < 45 && sentences[1]) out = `${out} ${sentences[1].trim()}`;
  if (out.length <= max) return out;
  // Too long: cut at the last pause (a comma, a colon) before `max`, else at a word.
  const cut = out.slice(0, max);
  const pause = Math.max(
    cut.lastIndexOf(', '),
    cut.lastIndexOf(' : '),
    cut.lastIndexOf(': '),
    cut.lastIndexOf(' ; '),
  );
  const at = pause > 60 ? pause : Math.max(cut.lastIndexOf(' '), 40);
  return `${cut.slice(0, at).replace(/[\s,;:]+$/u, '')}…`;
}

/** Whether a text is a quote (it opens with quotation marks). */
export function isQuote(text: string): boolean {
  return /^\s*[«“"]/u.test(text);
}

/** French words that may open a choice before its verb: object pronouns. */
const CLITICS = new Set([
  'le',
  'la',
  'les',
  'lui',
  'leur',
  'se',
  'y',
  'en',
  'nous',
  'vous',
  'ne',
  'me',
  'te',
]);
/** Words ending like infinitives that are not verbs. */
const NOT_VERBS = new Set([
  'notre',
  'votre',
  'autre',
  'entre',
  'contre',
  'leur',
  'pour',
  'sur',
  'par',
  'premier',
  'dernier',
  'hier',
]);
/** English words that cannot follow "to" as the first word of a choice. */
const NOT_EN_VERBS = new Set([
  'a',
  'an',
  'the',
  'yes',
  'no',
  'we',
  'i',
  'you',
  'it',
  'this',
  'that',
  'our',
  'your',
  'their',
  'his',
  'her',
  'they',
  'he',
  'she',
  'nothing',
  'everyone',
  'all',
  'one',
  'two',
  'three',
  'not',
  'why',
  'what',
]);

/** Whether a French choice opens with an infinitive ("Proposer …", "L'inviter …", "Lui demander …"). */
export function opensWithInfinitive(text: string): boolean {
  const words = text.toLowerCase().split(/[\s’']+/u);
  let i = 0;
  // "l'inviter": the elided clitic was split off with the apostrophe.
  while (i < words.length - 1 && (CLITICS.has(words[i] ?? '') || words[i] === 'l' || words[i] === 'n')) i++;
  const verb = (words[i] ?? '').replace(/[^\p{L}-]/gu, '');
  return verb.length > 3 && /(er|ir|re|oir)$/.test(verb) && !NOT_VERBS.has(verb);
}

/** A choice's text without its justification (what follows " : " or " ; ") and its final full stop. */
export function choiceCore(text: string, lang: Language): string {
  const colon = lang === 'en' ? text.search(/[:;] /u) : text.search(/\s[:;]\s/u);
  const core = colon > 3 ? text.slice(0, colon) : text;
  return core.trim().replace(/[.…]+$/u, '');
}

const FR_NUMBERS = [
  'zéro',
  'une',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
  'vingt',
];
const EN_NUMBERS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** A number of people in words up to twenty ("onze", feminine in French: "une personne"), else in figures. */
export function countWords(n: number, lang: Language): string {
  return (lang === 'en' ? EN_NUMBERS : FR_NUMBERS)[n] ?? String(n);
}

/**
 * In a French clause after « de », a second infinitive joined by « et » takes « de » too: « rassurer
 * vaguement et avancer » → « rassurer vaguement et d'avancer ».
 */
export function repeatDe(clause: string): string {
  return clause.replace(/ et (\p{Ll}+(?:er|ir|re))(?=[\s,.]|$)/u, (whole, verb: string) =>
    NOT_VERBS.has(verb) || verb.length <= 3 ? whole : ` et ${de(verb)}`,
  );
}

/**
 * A choice as the object of "choose": `to` is true when it reads as a verb clause ("de proposer …",
 * "to suggest …"), else it is quoted whole.
 */
export function choiceClause(
  frText: string,
  text: string,
  lang: Language,
): { verb: boolean; clause: string } {
  const core = choiceCore(text, lang);
  if (lang === 'en') {
    const first =
      core
        .split(/\s+/)[0]
        ?.toLowerCase()
        .replace(/[^a-z-]/g, '') ?? '';
    const verb = opensWithInfinitive(frText) && first.length > 1 && !NOT_EN_VERBS.has(first);
    return verb ? { verb, clause: lowerFirst(core) } : { verb, clause: quote(text.trim(), lang) };
  }
  return opensWithInfinitive(core)
    ? { verb: true, clause: repeatDe(lowerFirst(core)) }
    : { verb: false, clause: quote(text.trim(), lang) };
}
