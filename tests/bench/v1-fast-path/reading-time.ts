/**
 * Estimated play time. Formula (documented in docs and the CLI help): minutes = words read / 180 +
 * decisions × 15 s, where the words read are the phase introductions shown, each drawn card's text,
 * the text of every choice offered on it, and the feedback of the chosen one (French source text).
 */
import type { Card, LocalizedText, Phase } from './format';

/** Reading speed, in words per minute. */
export const WORDS_PER_MINUTE = 180;
/** Thinking time per decision, in seconds. */
export const SECONDS_PER_DECISION = 15;

/** The number of words of a text. */
export function wordCount(text: LocalizedText | undefined): number {
  if (!text) return 0;
  const words = text.fr.trim().split(/\s+/);
  return words.length === 1 && words[0] === '' ? 0 : words.length;
}

/** Minutes for a number of words read and decisions taken. */
export function estimatedMinutes(words: number, decisions: number): number {
  return words / WORDS_PER_MINUTE + (decisions * SECONDS_PER_DECISION) / 60;
}

/** Word counts precomputed once per scenario, for speed. */
export interface WordTable {
  phaseIntro: number[];
  cardText: Map<string, number>;
  choiceText: Map<string, Map<string, number>>;
  feedback: Map<string, Map<string, number>>;
}

/** Counts the words of every text the simulation may show. */
export function wordTable(phases: readonly Phase[], cards: readonly Card[]): WordTable {
  return {
    phaseIntro: phases.map((p) => wordCount(p.intro)),
    cardText: new Map(cards.map((c) => [c.id, wordCount(c.text)])),
    choiceText: new Map(
      cards.map((c) => [c.id, new Map(c.choices.map((ch) => [ch.id, wordCount(ch.text)]))]),
    ),
    feedback: new Map(
      cards.map((c) => [c.id, new Map(c.choices.map((ch) => [ch.id, wordCount(ch.feedback)]))]),
    ),
  };
}
