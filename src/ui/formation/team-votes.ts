import type { Translate } from '../../adapters/i18n';
import type { ScenarioIndex } from '../../core/scenario-index';
import { FAMILIES, localize } from '../../core/vocabulary';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { FormationState } from '../../engine/modes/formation/session';
import type { Language } from '../../scenario/format';
import { el } from '../dom';
import { BY_KEYS, ROLE_KEYS } from './formation-labels';

const arrow = (trend: string): string => (trend === 'up' ? '↑' : trend === 'down' ? '↓' : '=');

/**
 * The team part of the debrief: for every card, each team's vote against the choice played and what
 * moved; the cards where teams disagreed most; each team's record over the session.
 */
export function teamVotesSection(
  t: Translate,
  state: FormationState,
  index: ScenarioIndex,
  lang: Language,
  model: typeof FormationModel,
): HTMLElement {
  const { teams } = state.settings;
  const rounds = state.history;
  const summary = model.teamDebrief.teamDebrief(rounds, teams);
  // The number the room saw: among the choices offered on the card (src/engine/modes/formation/choice-number.ts).
  const offered = new Map(rounds.map((round) => [`${round.turn}:${round.card}`, round.choices]));
  const numberOf = (turn: number, card: string, choice: string): string =>
    String(model.choiceNumber.choiceNumber(offered.get(`${turn}:${card}`) ?? [], choice) ?? choice);
  const choiceText = (card: string, choice: string): string =>
    localize(index.choices.get(card)?.get(choice)?.text, lang);
  const table = el('table', { className: 'formation-votes-table' }, [
    el('caption', { text: t('formation.debrief.votesCaption') }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: t('formation.debrief.turn'), attrs: { scope: 'col' } }),
        ...teams.map((team) => el('th', { text: team.name, attrs: { scope: 'col' } })),
        el('th', { text: t('formation.debrief.decided'), attrs: { scope: 'col' } }),
        el('th', { text: t('formation.debrief.moved'), attrs: { scope: 'col' } }),
      ]),
    ]),
    el(
      'tbody',
      {},
      rounds.map((round) =>
        el('tr', { className: round.outvoted.length > 0 ? 'formation-disagreed' : '' }, [
          el('th', { text: String(round.turn), attrs: { scope: 'row' } }),
          ...teams.map((team) => {
            const vote = round.votes[team.id];
            const score = round.scores[team.id];
            const predicted =
              score && score.predicted > 0
                ? ` (${t('formation.debrief.predicted', { right: score.right, total: score.predicted })})`
                : '';
            const text =
              vote === undefined
                ? '—'
                : `${numberOf(round.turn, round.card, vote)}${vote === round.decided ? ' ✓' : ''}`;
            return el('td', { text: `${text}${predicted}` });
          }),
          el('td', {
            text: `${numberOf(round.turn, round.card, round.decided)} — ${choiceText(round.card, round.decided)} (${t(BY_KEYS[round.by])})`,
          }),
          el('td', {
            text: FAMILIES.map(
              (family) => `${t(ROLE_KEYS[family] ?? family)} ${arrow(round.trends[family])}`,
            ).join(' · '),
          }),
        ]),
      ),
    ),
  ]);
  const disagreements = summary.disagreements.slice(0, 5).map((item) =>
    el('li', {}, [
      el('strong', { text: t('formation.debrief.card', { turn: item.turn }) }),
      el('span', {
        text: ` ${item.camps
          .map((camp) =>
            t('formation.debrief.camp', {
              choice: String(camp.number),
              teams: camp.teams
                .map((id) => teams.find((team) => team.id === id)?.name ?? String(id))
                .join(', '),
            }),
          )
          .join(t('exports.listSeparator'))}`,
      }),
    ]),
  );
  const records = summary.teams.map((record) => {
    const team = teams.find((x) => x.id === record.team);
    return el('li', {
      text: t('formation.debrief.teamRecord', {
        team: team?.name ?? String(record.team),
        with: record.withDecision,
        votes: record.votes,
        right: record.right,
        predicted: record.predicted,
      }),
    });
  });
  return el(
    'section',
    {
      className: 'debrief-section formation-team-debrief',
      attrs: { 'aria-labelledby': 'formation-team-debrief' },
    },
    [
      el('h3', { text: t('formation.debrief.heading'), attrs: { id: 'formation-team-debrief' } }),
      rounds.length > 0 ? table : el('p', { text: t('formation.debrief.noRounds') }),
      el('h4', { text: t('formation.debrief.disagreements') }),
      disagreements.length > 0
        ? el('ol', {}, disagreements)
        : el('p', { text: t('formation.debrief.unanimous') }),
      el('h4', { text: t('formation.debrief.teams') }),
      el('ul', {}, records),
    ],
  );
}
