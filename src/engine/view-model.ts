import type { Cause, GameState, Screen } from '../core/game-state';
import type {
  ChoicePreview,
  Dimension,
  EndingKind,
  FamilyId,
  InitiativeState,
  Language,
  MethodStep,
} from '../scenario/format';

/** A meter as shown: label, icon, value and range, and its last change. */
export interface MeterView {
  id: string;
  label: string;
  icon: string;
  value: number;
  min: number;
  max: number;
  /** The family this trust meter belongs to, if it is one. */
  family: FamilyId | null;
  /** Change during the last turn (0 if none). */
  delta: number;
}

/** An actor as shown on the map. */
export interface ActorView {
  id: string;
  family: FamilyId;
  name: string;
  role: string;
  portrait: string;
  x: number;
  y: number;
  /** Whether the player has met this actor (spoke on a card, or is linked). */
  met: boolean;
}

/** A thread between two actors. */
export interface LinkView {
  from: string;
  to: string;
  strength: number;
  /** How the link changed in the last turn. */
  change: 'new' | 'stronger' | 'weaker' | 'broken' | null;
}

/** What a choice moves, shown before choosing when the scenario allows it. */
export interface ChoicePreviewItem {
  meter: string;
  label: string;
  direction: 'up' | 'down' | null;
}

/** A cost the player cannot pay now. */
export interface CostShortfallView {
  meter: string;
  label: string;
  /** What the choice takes. */
  amount: number;
  /** What the meter can still give (its value above its minimum). */
  available: number;
}

/** Why a shown choice cannot be taken: only its costs (a choice hidden by its condition is not shown). */
export interface ChoiceUnavailable {
  costs: CostShortfallView[];
  /** The reason in words, in the player's language ("Il vous faudrait 3 de Temps et énergie…"). */
  reason: string;
}

/** A choice as offered. */
export interface ChoiceView {
  id: string;
  /** 1-based number in authored order among the shown choices, matching the keyboard shortcut. */
  number: number;
  text: string;
  preview: ChoicePreviewItem[];
  /** Set when the choice is shown but cannot be taken (the player cannot afford it); null otherwise. */
  unavailable: ChoiceUnavailable | null;
}

/** The current card. */
export interface CardView {
  id: string;
  speaker: ActorView;
  text: string;
  choices: ChoiceView[];
  discussion: string[];
}

/** One change explained, for the "Pourquoi ?" panel. */
export interface ChangeView {
  kind: 'meter' | 'link' | 'flag' | 'initiative';
  /** What changed, named for a person (meter label, "A – B", initiative name). */
  target: string;
  from: number | string;
  to: number | string;
  /** Direction for icons and words (never colour alone). */
  direction: 'up' | 'down' | 'same';
  /** The cause, named: the choice's text, or a rule. */
  cause: { card: string; choice: string; choiceText: string } | { rule: string };
}

/** The consequence of the last choice. */
export interface ConsequenceView {
  card: string;
  choiceText: string;
  feedback: string;
  concepts: { id: string; title: string }[];
  changes: ChangeView[];
}

/** An initiative as shown. */
export interface InitiativeView {
  id: string;
  name: string;
  state: InitiativeState;
  progress: number;
}

/** The ending and its evaluation. */
export interface EndingView {
  id: string;
  kind: EndingKind;
  title: string;
  text: string;
  evaluation: Record<Dimension, number>;
  questions: string[];
}

/** Everything a screen needs to render, in the player's language. Plain data. */
export interface ViewModel {
  screen: Screen;
  lang: Language;
  scenario: { id: string; title: string; choicePreview: ChoicePreview };
  phase: { id: string; step: MethodStep; number: number; count: number; title: string; intro: string };
  /**
   * Decisions taken, and the expected number of decisions: never below `turn` (see `expectedTurns` in
   * build-view).
   */
  progress: { turn: number; expectedTurns: number; ratio: number };
  meters: MeterView[];
  actors: ActorView[];
  links: LinkView[];
  initiatives: InitiativeView[];
  card: CardView | null;
  consequence: ConsequenceView | null;
  ending: EndingView | null;
  sessionCode: string;
}

/** Re-exported so the shell can name causes without importing the core. */
export type { Cause, GameState, Screen };
