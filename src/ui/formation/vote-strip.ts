import type { Translate } from '../../adapters/i18n';
import type { CardView } from '../../engine/view-model';
import type { FormationController } from './formation-controller';
import { el } from '../dom';
import { BY_KEYS, ROLE_KEYS } from './formation-labels';

/** A choice's number as the room sees it on the card (unavailable choices counted). */
export const shownNumber = (card: CardView, id: string): string =>
  String(card.choices.find((c) => c.id === id)?.number ?? '?');

/** What the round's step and the rule say now, in words, with the key that goes on. */
export function outcomeText(t: Translate, controller: FormationController, card: CardView): string {
  const state = controller.state;
  const round = state?.round;
  if (!state || !round) return '';
  const number = (id: string): string => shownNumber(card, id);
  const { rule } = state.settings;
  if (round.decided) {
    const by = t(BY_KEYS[round.decided.by]);
    // Once the predictions are open, "next" reveals (it no longer opens them).
    const then =
      round.status === 'predicting'
        ? 'formation.step.nextReveal'
        : state.settings.predict
          ? 'formation.step.nextPredict'
          : 'formation.step.nextPlay';
    return `${t('formation.step.decided', { choice: number(round.decided.choice), by })} ${t(then)}`;
  }
  const outcome = controller.model.votes.outcomeOf(round, state.settings.teams, rule);
  const names = (ids: readonly number[]): string =>
    ids.map((id) => state.settings.teams.find((team) => team.id === id)?.name ?? id).join(', ');
  if (round.status === 'voting') {
    if (outcome.kind === 'pending' && outcome.reason === 'missing-votes')
      return t('formation.vote.missing', { teams: names(outcome.missing) });
    return t('formation.step.allIn');
  }
  if (outcome.kind === 'decided') return '';
  switch (outcome.reason) {
    case 'missing-votes':
      return t('formation.step.closedMissing', { teams: names(outcome.missing) });
    case 'tie': {
      const tied = outcome.tied.map(number);
      return t('formation.step.tie', { choices: tied.join(', '), keys: tied.join(t('formation.step.or')) });
    }
    case 'no-consensus':
      return t('formation.step.noConsensus');
    case 'awaiting-facilitator':
      return t('formation.step.awaiting');
  }
}

/** The tally of a closed vote: votes per choice, numbered as the room sees the choices. */
function tallyList(t: Translate, controller: FormationController, card: CardView): HTMLElement | null {
  const state = controller.state;
  const round = state?.round;
  if (!state || !round || round.status === 'voting') return null;
  const rows = controller.model.votes.roundTally(round, state.settings.teams);
  return el(
    'ol',
    { className: 'formation-tally', attrs: { 'aria-label': t('formation.step.tally') } },
    rows.map((row) => {
      const chosen = round.decided?.choice === row.choice;
      return el('li', { className: chosen ? 'formation-tally-chosen' : '' }, [
        el('span', {
          className: 'formation-tally-choice',
          text: t('formation.step.choiceN', { n: shownNumber(card, row.choice) }),
        }),
        el('span', {
          className: 'formation-tally-count',
          text: t(row.votes > 1 ? 'formation.step.manyVotes' : 'formation.step.oneVote', {
            count: row.votes,
          }),
        }),
        chosen
          ? el('span', { className: 'formation-tally-mark', text: t('formation.step.chosenMark') })
          : null,
      ]);
    }),
  );
}

/**
 * The vote strip under the card: one row per team with large choice buttons (1–4) showing its vote
 * (aria-pressed), the rule's outcome in words, and the keys hint. Rebuilt on every change.
 */
export function voteStrip(t: Translate, controller: FormationController, card: CardView): HTMLElement {
  const state = controller.state;
  const round = state?.round;
  const section = el('section', {
    className: 'formation-votes',
    attrs: { 'aria-labelledby': 'formation-votes-heading' },
  });
  if (!state || !round) return section;
  const pending = state.keys.team;
  const rows = state.settings.teams.map((team) => {
    const observer = team.role === 'observers';
    const vote = round.votes[team.id];
    const role = team.role ? t(ROLE_KEYS[team.role] ?? 'formation.role.none') : '';
    const buttons = observer
      ? [el('span', { className: 'formation-observing', text: t('formation.vote.observing') })]
      : card.choices.map((choice) => {
          // A choice the meters cannot pay is shown, marked, and takes no vote.
          const blocked = choice.unavailable !== null;
          const button = el('button', {
            className: blocked ? 'formation-vote-button formation-vote-unavailable' : 'formation-vote-button',
            text: blocked ? `${choice.number} ⊘` : String(choice.number),
            attrs: {
              type: 'button',
              'aria-pressed': String(vote === choice.id),
              'aria-label': blocked
                ? t('formation.vote.unavailable', { team: team.name, choice: choice.number })
                : t('formation.vote.button', { team: team.name, choice: choice.number }),
              'data-fkey': `vote-${team.id}-${choice.number}`,
              ...(blocked ? { 'aria-disabled': 'true', title: choice.unavailable?.reason ?? '' } : {}),
            },
          });
          if (round.status !== 'voting') button.disabled = true;
          if (!blocked)
            button.addEventListener('click', () =>
              controller.dispatch({ type: 'vote', team: team.id, choice: choice.id }),
            );
          return button;
        });
    return el('li', { className: `formation-team${pending === team.id ? ' formation-team-pending' : ''}` }, [
      el('span', {
        className: 'formation-team-key',
        text: String(team.id),
        attrs: { 'aria-hidden': 'true' },
      }),
      el('span', { className: 'formation-team-name' }, [
        el('strong', { text: team.name }),
        role ? el('span', { className: 'formation-team-role', text: role }) : null,
      ]),
      el(
        'span',
        { className: 'formation-team-choices', attrs: { role: 'group', 'aria-label': team.name } },
        buttons,
      ),
    ]);
  });
  section.append(
    el('h3', { text: t('formation.vote.heading'), attrs: { id: 'formation-votes-heading' } }),
    el('ol', { className: 'formation-team-list' }, rows),
    tallyList(t, controller, card) ?? el('span'),
    el('p', {
      className: 'formation-outcome',
      text: outcomeText(t, controller, card),
      attrs: { role: 'status' },
    }),
    el('p', {
      className: 'hint',
      text:
        pending !== null
          ? t('formation.vote.pendingTeam', {
              team: state.settings.teams.find((x) => x.id === pending)?.name ?? '',
            })
          : round.status === 'voting'
            ? t('formation.vote.hint')
            : t('formation.step.closedHint'),
    }),
  );
  return section;
}
