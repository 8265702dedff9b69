import type { Dimension, EndingKind, FamilyId } from '../../scenario/format';
import type { VoiceView } from '../voice-view';

/** One decision of the session, for the timeline. */
export interface TimelineEntry {
  turn: number;
  phaseTitle: string;
  speaker: string;
  choiceText: string;
  /** Meter values after the turn. */
  meters: Record<string, number>;
  /** Whether this was a key decision (a turning point of the story). */
  key: boolean;
}

/** One meter's curve: its value at the start, then after each turn. */
export interface MeterCurve {
  id: string;
  label: string;
  family: FamilyId | null;
  min: number;
  max: number;
  values: number[];
}

/** An actor in an ecosystem drawing (map position in percent). */
export interface EcosystemActor {
  id: string;
  name: string;
  family: FamilyId;
  x: number;
  y: number;
}

/** The actors and their threads at one moment. */
export interface EcosystemSnapshot {
  actors: EcosystemActor[];
  links: { from: string; to: string; strength: number }[];
  /** The sum of the threads' strengths. */
  density: number;
}

/** A choice and its authored feedback. */
export interface ChoiceOutcome {
  text: string;
  feedback: string;
}

/** A key decision and the paths not taken. */
export interface KeyDecision {
  turn: number;
  phaseTitle: string;
  speaker: string;
  situation: string;
  chosen: ChoiceOutcome;
  /** The other choices of the card, with what they would have said. */
  notTaken: ChoiceOutcome[];
  /** The total movement of the meters this turn. */
  swing: number;
  /** How much it weighed by its consequences (on the spot, later, on the ending): the story's ranking. */
  weight: number;
}

/** Authored discussion questions, by phase and for the ending. */
export interface QuestionGroup {
  /** Questions of a phase, or of the ending. */
  kind: 'phase' | 'ending';
  title: string;
  questions: string[];
}

/** A delayed consequence that landed: when, what, and the choice (and turn) it came from. */
export interface ChainEntry {
  turn: number;
  originTurn: number;
  text: string;
  choiceText: string;
}

/** A stated risk drawn: on which turn and choice, its label and chance, and whether it happened. */
export interface RiskEntry {
  turn: number;
  choiceText: string;
  label: string;
  /** The chance in words and figures ("1 sur 2 (50 %)"). */
  words: string;
  happened: boolean;
}

/** Everything the debrief shows, in the player's language. Plain data. */
export interface Debrief {
  scenarioTitle: string;
  ending: {
    id: string;
    kind: EndingKind;
    title: string;
    text: string;
    /** What people of the territory say at the end (empty when the ending has no `voices`). */
    voices: VoiceView[];
  };
  evaluation: Record<Dimension, number>;
  /** The story of the territory, in paragraphs. */
  story: string[];
  /** What each story paragraph tells: the opening, a turning point, the families, the threads, the ending. */
  /** The turn of the turning point each story paragraph tells (null for the other paragraphs). */
  storyTurns: (number | null)[];
  storyParts: ('opening' | 'turning' | 'standings' | 'ecosystem' | 'ending')[];
  /** The turn of the decisive turning point (null when the session had no decision). */
  decisiveTurn: number | null;
  /** The story paragraph that tells the decisive turning point (null when none is told). */
  decisiveParagraph: number | null;
  timeline: TimelineEntry[];
  curves: MeterCurve[];
  ecosystem: { start: EcosystemSnapshot; end: EcosystemSnapshot };
  keyDecisions: KeyDecision[];
  questions: QuestionGroup[];
  /** The delayed consequences that landed (empty when the scenario has none). */
  chains: ChainEntry[];
  /** The stated risks drawn (empty when the scenario has none). */
  risks: RiskEntry[];
  sessionCode: string;
}
