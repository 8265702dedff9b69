import type { Cause, GameState, Screen } from '../core/game-state';
import type { VoiceView } from './voice-view';
import type {
  Preview,
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

/** A cost of a choice, always shown before choosing. */
export interface CostView {
  meter: string;
  label: string;
  amount: number;
}

/** A stated risk, always shown before choosing: what may happen and its chance, in words and figures. */
export interface RiskView {
  label: string;
  /** Between 0 and 1. */
  chance: number;
  /** The chance in words and figures, e.g. "1 sur 2 (50 %)". */
  words: string;
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
  /** With the `which` and `direction` previews: the meters its immediate effects move (and which way). */
  preview: ChoicePreviewItem[];
  /** With the `stakes` preview: the families it concerns, without direction or size. */
  stakes: FamilyId[];
  /** Its costs (always shown). */
  costs: CostView[];
  /** Its stated risk now, if any (always shown). */
  risk: RiskView | null;
  /** Set when the choice is shown but cannot be taken (the player cannot afford it); null otherwise. */
  unavailable: ChoiceUnavailable | null;
}

/**
 * What is left of a meter the card's choices cost (the «Temps et énergie» budget), shown once beside
 * the choices' costs: the choices that cost more than is left are the unavailable ones.
 */
export interface BudgetView {
  meter: string;
  label: string;
  /** The meter's value now, never below 0. */
  left: number;
}

/** The current card. */
export interface CardView {
  id: string;
  speaker: ActorView;
  text: string;
  choices: ChoiceView[];
  /** What is left of each meter the shown choices cost, in the order of the scenario's meters (empty when none costs). */
  budget: BudgetView[];
  /** Questions for the room: the card's own first, then those of the choices that can be taken. */
  discussion: string[];
  /** Notes for the facilitator's presenter view only (never shown to the room or a solo player). */
  facilitatorNote: string | null;
  /** A key card of the scenario (`key: true`): marked for the facilitator. */
  key: boolean;
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
  /** On a change the rise cap stopped (`from` = `to`): how much was lost. */
  lost?: number;
  /**
   * The cause, named: a choice (with `via` when it came through its outcome, its risk or, turns later,
   * as a delayed consequence: then `turn` is the turn it was chosen on), or a rule (with the drift's
   * text, for a drift).
   */
  cause:
    | {
        card: string;
        choice: string;
        choiceText: string;
        via?: 'outcome' | 'risk' | 'delayed';
        turn?: number;
      }
    | { rule: string; text?: string };
}

/** A delayed consequence that landed this turn, with the choice it comes from. */
export interface LandedView {
  text: string;
  /** The turn of the choice it comes from. */
  turn: number;
  card: string;
  choiceText: string;
  changes: ChangeView[];
}

/** The consequence of the last choice. */
export interface ConsequenceView {
  card: string;
  choiceText: string;
  feedback: string;
  /** The feedback of the outcome that applied, shown after the choice's own. */
  outcomeFeedback: string | null;
  /** The stated risk drawn: whether it happened, and its feedback when it did. */
  risk: (RiskView & { happened: boolean; feedback: string | null }) | null;
  concepts: { id: string; title: string }[];
  /** Every change of the turn, each with its cause (the landed consequences' too). */
  changes: ChangeView[];
  /** The delayed consequences that landed at the end of this turn ("Suite d'un choix passé"). */
  landed: LandedView[];
  /** The texts of the drift rules that started applying at the end of this turn. */
  drifts: string[];
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
  /** What people of the territory say at the end (`ending.voices`; empty when it has none). */
  voices: VoiceView[];
}

/** Everything a screen needs to render, in the player's language. Plain data. */
export interface ViewModel {
  screen: Screen;
  lang: Language;
  scenario: { id: string; title: string; preview: Preview };
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
