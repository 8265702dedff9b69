import type { Translate } from '../../adapters/i18n';
import type { CardView } from '../../engine/view-model';
import type { FormationController } from './formation-controller';
import { el } from '../dom';
import { ROLE_KEYS } from './formation-labels';

/** What the rule says now, in words. */
function outcomeText(t: Translate, controller: FormationController, card: CardView): string {
  const state = controller.state;
  const round = state?.round;
  if (!state || !round) return '';
  const number = (id: string): string => String(card.choices.find((c) => c.id === id)?.number ?? '?');
  if (round.decided) return t('formation.vote.decided', { choice: number(round.decided.choice) });
  const outcome = controller.model.votes.outcomeOf(round, state.settings.teams, state.settings.rule);
  if (outcome.kind === 'decided') return t('formation.vote.decided', { choice: number(outcome.choice) });
  switch (outcome.reason) {
    case 'missing-votes': {
      const names = outcome.missing.map(
        (id) => state.settings.teams.find((team) => team.id === id)?.name ?? id,
      );
      return t('formation.vote.missing', { teams: names.join(', ') });
    }
    case 'tie':
      return t('formation.vote.tie', { choices: outcome.tied.map(number).join(', ') });
    case 'no-consensus':
      return t('formation.vote.noConsensus');
    case 'awaiting-facilitator':
      return t('formation.vote.awaiting');
  }
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
          : t('formation.vote.hint'),
    }),
  );
  return section;
}
