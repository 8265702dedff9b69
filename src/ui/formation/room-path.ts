import type { Translate } from '../../adapters/i18n';
import type { ScenarioIndex } from '../../core/scenario-index';
import { localize } from '../../core/vocabulary';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { FormationState } from '../../engine/modes/formation/session';
import type { Language } from '../../scenario/format';
import { el } from '../dom';

/**
 * The room's own path, told in a few sentences at the head of the training debrief: the card where the
 * teams disagreed most (who spoke, the camps, what was decided), the card whose predictions missed most,
 * and the decisions the room went back on.
 */
export function roomPathSection(
  t: Translate,
  state: FormationState,
  index: ScenarioIndex,
  lang: Language,
  model: typeof FormationModel,
): HTMLElement {
  const summary = model.teamDebrief.teamDebrief(state.history, state.settings.teams, state.reversed);
  const teamName = (id: number): string =>
    state.settings.teams.find((team) => team.id === id)?.name ?? String(id);
  const choice = (card: string, id: string): string => localize(index.choices.get(card)?.get(id)?.text, lang);
  const speaker = (card: string): string => {
    const id = index.cards.get(card)?.speaker ?? '';
    return index.actors.get(id)?.name ?? id;
  };
  const sentences: string[] = [];
  const top = summary.disagreements[0];
  if (top)
    sentences.push(
      t('formation.room.disagreed', {
        turn: top.turn,
        speaker: speaker(top.card),
        camps: top.camps
          .map((camp) =>
            t('formation.room.camp', {
              teams: camp.teams.map(teamName).join(', '),
              choice: choice(top.card, camp.choice),
            }),
          )
          .join(t('exports.listSeparator')),
        decided: choice(top.card, top.decided),
      }),
    );
  else if (state.history.length > 0) sentences.push(t('formation.room.unanimous'));
  const missed = summary.missed[0];
  if (missed)
    sentences.push(
      t('formation.room.missed', {
        turn: missed.turn,
        speaker: speaker(missed.card),
        wrong: missed.wrong,
        total: missed.predicted,
      }),
    );
  if (summary.reversed.length > 0)
    sentences.push(
      t(summary.reversed.length > 1 ? 'formation.room.reversedMany' : 'formation.room.reversedOne', {
        count: summary.reversed.length,
        list: summary.reversed
          .map((r) => t('formation.room.reversedItem', { turn: r.turn, choice: choice(r.card, r.choice) }))
          .join(t('exports.listSeparator')),
      }),
    );
  return el(
    'section',
    { className: 'debrief-section formation-room-path', attrs: { 'aria-labelledby': 'room-path-heading' } },
    [
      el('h3', { text: t('formation.room.heading'), attrs: { id: 'room-path-heading' } }),
      el('p', { text: sentences.length > 0 ? sentences.join(' ') : t('formation.room.none') }),
    ],
  );
}
