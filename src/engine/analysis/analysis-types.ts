/** The dilemma analysis's report: plain data (`scenario analyse --json` prints it as is). */
import type { EndingKind, Posture } from '../../scenario/format';

/** The simulated players the analysis compares. */
export type AnalysisPolicy = 'random' | 'principled' | Posture | 'preview-greedy' | 'expert';

/** What one policy reached. */
export interface PolicyResult {
  policy: AnalysisPolicy;
  runs: number;
  /** Share of sessions ending on an ending of kind `success` (0–1). */
  success: number;
  /** Share of sessions by ending kind. */
  kinds: Record<EndingKind, number>;
  /** Share of sessions by ending id (every ending listed). */
  endings: Record<string, number>;
  /** Mean session length in turns. */
  meanTurns: number;
}

/** How often the principled answer is also the biggest visible gain. */
export interface TellRate {
  /** Decisions met by the random policy that offered a principled and a non-principled choice. */
  decisions: number;
  /** Of those, the decisions whose unique biggest visible gain is a principled choice. */
  principledArgmax: number;
  rate: number;
}

/**
 * Cards whose best choice, by rollouts, depends on the state they are drawn in: the states the expert met
 * and a sample of those every other player met (weighed with twice the futures).
 */
export interface ContextDependence {
  /** Cards evaluated in two or more distinct states. */
  evaluatedInSeveralStates: number;
  /** Cards with a reversal that did not hold when weighed again: candidates, not counted. */
  unconfirmed: string[];
  /** The context-dependent cards, by id. */
  cards: string[];
  /** Their share of all the scenario's cards. */
  share: number;
}

/** Cards where every choice costs some family or a shared resource (a static reading). */
export interface EveryChoiceCosts {
  cards: string[];
  /** Their share of all the scenario's cards. */
  share: number;
}

/** Choices never best (nor within the noise margin of best) wherever the expert evaluated them. */
export interface Dominated {
  /** Choices evaluated at least once (`card/choice`). */
  evaluated: number;
  choices: string[];
  share: number;
}

/** A delayed consequence seen landing two or more phases after the choice it comes from. */
export interface DelayedPayoff {
  /** `card/choice/path` of the delayed effect. */
  site: string;
  /** Sessions (of every policy but expert) where it landed two or more phases later. */
  sessions: number;
}

/** A flag set in one phase and read by a card, a choice, an outcome or a risk two or more phases later. */
export interface FlagPayoff {
  flag: string;
  sessions: number;
}

/** What comes back two or more phases later. */
export interface DelayedPayoffs {
  delayed: DelayedPayoff[];
  flags: FlagPayoff[];
  /** Distinct delayed consequences and flags seen paying off two or more phases later. */
  count: number;
  /** Flags read only by endings (or the evaluation), never by a card, a choice, an outcome or a risk. */
  flagsReadOnlyByEndings: string[];
}

/** The budgets of issue #14. */
export type BudgetId =
  | 'tell-rate'
  | 'preview-greedy'
  | 'expert'
  | 'principled'
  | 'top-down'
  | 'call-for-projects'
  | 'rushed'
  | 'context-dependent'
  | 'every-choice-costs'
  | 'dominated'
  | 'delayed-payoffs';

/** One budget of issue #14, checked. */
export interface BudgetResult {
  id: BudgetId;
  /** Whether the budget applies to this scenario (a short one, event or tutorial, has fewer). */
  applies: boolean;
  pass: boolean;
  /** The figure: a share (0–1), or a count for `delayed-payoffs`. */
  value: number;
  /** What it is compared with: the random or principled success, or the flags read only by endings. */
  against?: number;
}

/** The whole report. */
export interface AnalysisReport {
  scenario: { id: string; title: string; cards: number; choices: number; kind: 'full' | 'short' };
  settings: { runs: number; expertRuns: number; rollouts: number; seed: number };
  policies: PolicyResult[];
  tell: TellRate;
  contextDependent: ContextDependence;
  everyChoiceCosts: EveryChoiceCosts;
  dominated: Dominated;
  payoffs: DelayedPayoffs;
  budgets: BudgetResult[];
  /** Whether every applicable budget passes. */
  budgetsPass: boolean;
  /** The analysis's duration, in milliseconds, and its processor time (set by the CLI's --json). */
  ms?: number;
  cpuMs?: number;
}

/** Where the analysis stands, for a progress bar; `report` holds the figures known so far. */
export interface AnalysisProgress {
  done: number;
  total: number;
  step: AnalysisPolicy | 'static' | 'context';
  report: Partial<AnalysisReport>;
}
