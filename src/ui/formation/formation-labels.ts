import type { DecidedBy, DecisionRule, TieBreak } from '../../engine/modes/formation/decision-rule';
import type { Trend } from '../../engine/modes/formation/votes';

/** i18n keys of the team roles, by the role's form value (`none` for no role). */
export const ROLE_KEYS: Readonly<Record<string, string>> = {
  none: 'formation.role.none',
  elus: 'family.elus',
  habitants: 'family.habitants',
  entreprises: 'family.entreprises',
  associations: 'family.associations',
  observers: 'formation.role.observers',
};

/** i18n keys of the decision rules. */
export const RULE_KEYS: Record<DecisionRule, string> = {
  majority: 'formation.rule.majority',
  facilitator: 'formation.rule.facilitator',
  consensus: 'formation.rule.consensus',
};

/** i18n keys of the tie-breaks. */
export const TIE_KEYS: Record<TieBreak, string> = {
  facilitator: 'formation.tie.facilitator',
  'card-order': 'formation.tie.cardOrder',
};

/** i18n keys of how a choice was decided. */
export const BY_KEYS: Record<DecidedBy, string> = {
  majority: 'formation.by.majority',
  'tie-break': 'formation.by.tieBreak',
  facilitator: 'formation.by.facilitator',
  consensus: 'formation.by.consensus',
};

/** i18n keys of the predicted trends. */
export const TREND_KEYS: Record<Trend, string> = {
  up: 'formation.trend.up',
  down: 'formation.trend.down',
  same: 'formation.trend.same',
};
