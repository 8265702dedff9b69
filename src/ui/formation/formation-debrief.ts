import type { Translate } from '../../adapters/i18n';
import type { ScenarioIndex } from '../../core/scenario-index';
import type { MeterCurve } from '../../engine/debrief/debrief-types';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { FormationState } from '../../engine/modes/formation/session';
import type { GameState } from '../../core/game-state';
import type { Language } from '../../scenario/format';
import { el } from '../dom';
import { compareSection } from './compare-section';
import { disclosure } from './disclosure';
import { predictedSection } from './predicted-section';
import { reportSection } from './report-section';
import { roomPathSection } from './room-path';
import { teamVotesSection } from './team-votes';
import { trajectoriesSection } from './trajectories-section';

/** What the team part of the debrief is built from. */
export interface FormationDebriefInput {
  t: Translate;
  lang: Language;
  index: ScenarioIndex;
  /** The scenario as written, before the length of play's cut (the same index for a whole game). */
  whole: ScenarioIndex;
  game: GameState;
  state: FormationState;
  sessionCode: string;
  /** The meters' curves of the session (the ordinary debrief's). */
  curves: readonly MeterCurve[];
  /** Today, as YYYY-MM-DD (the shell's clock). */
  date: string;
  model: typeof FormationModel;
}

/** Sections of the ordinary debrief that are long tables or lists: behind a disclosure in training. */
const LONG_SECTIONS = ['.debrief-timeline', '.debrief-decisions', '.debrief-chains', '.debrief-ecosystem'];

/**
 * Shortens the ordinary debrief on screen in training mode: its long sections go behind disclosure
 * buttons named by their own headings (closed by default; the room's path and the one-page summary
 * stay open).
 */
export function collapseLongSections(panel: HTMLElement): void {
  for (const selector of LONG_SECTIONS) {
    const section = panel.querySelector<HTMLElement>(`:scope > ${selector}`);
    const title = section?.querySelector('h3')?.textContent;
    if (!section || !title || section.parentElement?.tagName === 'DETAILS') continue;
    const holder = disclosure(title, el('div'), 'formation-collapsed');
    section.replaceWith(holder);
    holder.lastElementChild?.replaceWith(section);
  }
}

/**
 * The team part of the training debrief: the room's path, the one-page report (ending, key decisions
 * with votes, curves, paths abandoned) and its exports, each team's votes and predictions (long tables
 * behind disclosure buttons), the comparison with other groups.
 */
export function formationDebrief(input: FormationDebriefInput): HTMLElement {
  const { t, lang, index, state, model } = input;
  const report = model.report.buildReport({
    index,
    state: input.game,
    rounds: state.history,
    undone: state.reversed,
    teams: state.settings.teams,
    rule: state.settings.rule,
    lang,
    sessionCode: input.sessionCode,
    length: state.settings.length,
    whole: input.whole.scenario,
  });
  const votes = teamVotesSection(t, state, index, lang, model);
  return el('div', { className: 'formation-debrief' }, [
    roomPathSection(t, state, index, lang, model),
    reportSection(t, report, input.date, input.curves, model),
    state.history.length > 0
      ? disclosure(
          t('exports.tables.votes', { count: state.history.length }),
          votes,
          'formation-votes-disclosure',
        )
      : votes,
    predictedSection(t, report, model),
    trajectoriesSection(t, input.whole, lang, input.sessionCode, model),
    compareSection(t, model),
  ]);
}
