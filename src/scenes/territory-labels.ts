import type { InitiativeState, MethodStep } from '../scenario/format';

/**
 * The few UI words the territory draws, already translated by the shell (the scenes never load
 * i18n themselves). Every field is optional: a missing word falls back to a number or an id.
 */
export interface TerritoryLabels {
  /** Names of the five method steps. */
  steps?: Partial<Record<MethodStep, string>>;
  /** Names of the initiative states. */
  states?: Partial<Record<InitiativeState, string>>;
  /** The progress line, formatted for the current turn (e.g. "Décisions : 5 sur 32"). */
  progress?: string;
  /** Heading of the initiatives list. */
  initiatives?: string;
}
