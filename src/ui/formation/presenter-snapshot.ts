import type { Translate } from '../../adapters/i18n';
import type { PresenterSnapshot } from '../../engine/modes/formation/presenter-protocol';
import type { ViewModel } from '../../engine/view-model';
import { timerText } from './facilitator-bar';
import type { FormationController } from './formation-controller';
import { outcomeText } from './vote-strip';

/**
 * What the projected page shows now, for the presenter window: the card with its notes (which the room
 * never sees), the round's step, each team's vote and prediction, the tally, the timer.
 */
export function presenterSnapshot(
  t: Translate,
  view: ViewModel,
  controller: FormationController,
  nowMs: number,
): PresenterSnapshot {
  const state = controller.state;
  const round = state?.round ?? null;
  const card = view.screen === 'card' ? view.card : null;
  const number = (id: string | undefined): number | null =>
    id === undefined ? null : (card?.choices.find((choice) => choice.id === id)?.number ?? null);
  const onCard = card !== null && round !== null && round.card === card.id;
  const tally =
    onCard && round.status !== 'voting' && state
      ? controller.model.votes.roundTally(round, state.settings.teams).map((row) => ({
          number: number(row.choice) ?? 0,
          votes: row.votes,
          chosen: round.decided?.choice === row.choice,
        }))
      : [];
  return {
    screen: view.screen,
    turn: view.progress.turn + 1,
    card: card
      ? {
          speaker: card.speaker.name,
          text: card.text,
          key: card.key,
          note: card.facilitatorNote,
          discussion: card.discussion,
          choices: card.choices.map((choice) => ({
            number: choice.number,
            text: choice.text,
            open: choice.unavailable === null,
          })),
        }
      : null,
    status: onCard ? round.status : null,
    phase: state && onCard ? controller.model.session.keyPhase(state) : 'none',
    teams: (state?.settings.teams ?? []).map((team) => ({
      id: team.id,
      name: team.name,
      observer: team.role === 'observers',
      vote: onCard ? number(round.votes[team.id]) : null,
      prediction: onCard ? { ...(round.predictions[team.id] ?? {}) } : {},
    })),
    tally,
    decided: onCard ? number(round.decided?.choice) : null,
    outcome: card && onCard ? outcomeText(t, controller, card) : '',
    timer: { text: timerText(controller, nowMs), status: state?.timer.status ?? 'off' },
    predict: state?.settings.predict ?? false,
    pending: { team: state?.keys.team ?? null, family: state?.keys.family ?? null },
  };
}
