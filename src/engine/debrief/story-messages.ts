/**
 * The story's message catalog ("mise en récit"): the facts a story is told from, already in the
 * player's language, and the sentences of each language that tell them (story-fr.ts, story-en.ts). A
 * pure catalog: the engine does not use i18next. Names are never slotted into a sentence whose grammar
 * depends on them: a person brings their gender (person.ts), a family its own phrases, a dimension its
 * own clause for each band, and French elision is handled ("d'Odette").
 */
import type {
  Dimension,
  EndingKind,
  FamilyId,
  InitiativeState,
  Language,
  MethodStep,
  TerritoryKind,
} from '../../scenario/format';
import type { Person } from './person';
import type { DimensionBand, TrustBand } from './standings';
import { STORY_EN } from './story-en';
import { STORY_FR } from './story-fr';

/** When something happened, as words: "pendant le diagnostic", "à l'étape « Soirée du club »". */
export type When = string;

/** A family's trust moving on the spot. */
export interface FamilyMove {
  family: FamilyId;
  delta: number;
}

/** Something a turning point led to later, in words. */
export type LaterFact =
  | { kind: 'delayed'; when: When; samePhase: boolean; text: string }
  /** The speaker came back (each time: when; `soon`: in the same phase). */
  | { kind: 'returned'; times: { when: When; soon: boolean }[] }
  /** Other people came to talk because of it, by moment (those of a same moment together). */
  | { kind: 'brought'; groups: { people: Person[]; when: When; soon: boolean }[] }
  /** Initiatives that reached a state through it (several at once together). */
  | { kind: 'initiative'; names: string[]; state: InitiativeState }
  | { kind: 'ending'; title: string }
  | { kind: 'evaluation'; dimensions: Dimension[] };

/** One turning point, ready to tell. */
export interface TurningFacts {
  /** Its rank among the turning points (0: the first), to vary the wording. */
  order: number;
  when: When;
  speaker: Person;
  /** Whether the speaker is met for the first time in the story (then their role is told). */
  firstMeeting: boolean;
  /** The first words of what they said (no quotation marks), or null when the card is no quote. */
  said: string | null;
  /** The choice: a verb clause ("proposer …") or the whole text quoted. */
  choice: { verb: boolean; clause: string };
  /** Whether it was the only choice open then (the others excluded by their conditions or costs). */
  forced: boolean;
  risk: { label: string; words: string; happened: boolean } | null;
  /** The families' trust on the spot (largest moves first) and the other territory meters. */
  moves: FamilyMove[];
  others: { label: string; delta: number }[];
  later: LaterFact[];
  decisive: boolean;
}

/** One family at the end, ready to tell. */
export interface StandingFacts {
  family: FamilyId;
  start: number;
  end: number;
  band: TrustBand;
  trend: 'up' | 'down' | 'flat';
  /** What moved it most: a decision (whom you answered, and when), or a drift. */
  because:
    | { kind: 'decision'; person: Person; when: When; delayed: boolean; firstMeeting: boolean }
    | { kind: 'left-out' }
    | { kind: 'drift' }
    | null;
}

/** The opening situation. */
export interface OpeningFacts {
  title: string;
  territory: TerritoryKind;
  people: number;
  /** Ties between people at the start (0: nobody worked with anybody yet). */
  links: number;
  /** Families by trust at the start, most trusting first (ties keep the families' order). */
  trust: { family: FamilyId; value: number }[];
  /** The facilitator's resources: label, value, maximum. */
  resources: { label: string; value: number; max: number }[];
}

/** The threads and the initiatives at the end. */
export interface EcosystemFacts {
  from: number;
  to: number;
  /** Pairs of names whose tie grew the most, tied anew, or wore thin. */
  grown: [string, string][];
  lost: [string, string][];
  links: number;
  running: string[];
  failed: string[];
}

/** The ending and its meaning. */
export interface EndingFacts {
  kind: EndingKind;
  title: string;
  bands: Record<Dimension, DimensionBand>;
  /** What people say at the end; `spokeAt`: when they spoke at a turning point, if they did. */
  voices: { person: Person; text: string; firstMeeting: boolean; spokeAt: When | null }[];
}

/** Everything a language says to tell a story. */
export interface StoryMessages {
  and: string;
  quote: (text: string) => string;
  /** "pendant le diagnostic" for each step of the method. */
  step: Record<MethodStep, When>;
  /** When the phases' steps do not tell them apart: "à l'étape « Soirée du club »". */
  phase: (title: string) => When;
  opening: (v: OpeningFacts) => string;
  turning: (v: TurningFacts) => string;
  standings: (v: StandingFacts[]) => string;
  ecosystem: (v: EcosystemFacts) => string;
  ending: (v: EndingFacts) => string;
  /** Each dimension's clause, for each band: the ending's meaning. */
  dimension: Record<Dimension, Record<DimensionBand, string>>;
  /** A family's trust, as a noun phrase: "la confiance des entreprises". */
  trustOf: Record<FamilyId, string>;
  /** A family after "la confiance" or "celle": "des entreprises", "of businesses". */
  familyOf: Record<FamilyId, string>;
}

/** The story messages of a language (French for any other). */
export function storyMessages(lang: Language): StoryMessages {
  return lang === 'en' ? STORY_EN : STORY_FR;
}
