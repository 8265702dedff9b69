/**
 * The consequence of the last choice, as the player reads it: the choice's feedback and its outcome's,
 * the stated risk and whether it happened, the delayed consequences that landed ("Suite d'un choix
 * passé", with the turn and the choice they come from), the drifts that started, and every change with
 * its cause for the "Pourquoi ?" panel.
 */
import { effectAt } from '../core/effect-at';
import type { Change, ChoiceCause, GameState } from '../core/game-state';
import type { ViewContext } from './build-view';
import { meterLabel, riskView } from './choice-view';
import { localize } from './localize';
import type { ChangeView, ConsequenceView, LandedView } from './view-model';

const direction = (from: number, to: number): 'up' | 'down' | 'same' =>
  to > from ? 'up' : to < from ? 'down' : 'same';

function causeView(change: Change, ctx: ViewContext): ChangeView['cause'] {
  const cause = change.cause;
  if ('rule' in cause) {
    const text = cause.rule === 'drift' ? ctx.index.scenario.drift?.[cause.drift]?.text : undefined;
    return text ? { rule: cause.rule, text: localize(text, ctx.lang) } : { rule: cause.rule };
  }
  return {
    ...cause,
    choiceText: localize(ctx.index.choices.get(cause.card)?.get(cause.choice)?.text, ctx.lang),
  };
}

/** One change explained (null for what a player does not see: flags, sound cues). */
export function changeView(change: Change, ctx: ViewContext): ChangeView | null {
  const cause = causeView(change, ctx);
  switch (change.kind) {
    case 'meter':
      return {
        kind: 'meter',
        target: meterLabel(change.meter, ctx),
        from: change.from,
        to: change.to,
        direction: direction(change.from, change.to),
        ...(change.lost !== undefined ? { lost: change.lost } : {}),
        cause,
      };
    case 'link': {
      const a = ctx.index.actors.get(change.from)?.name ?? change.from;
      const b = ctx.index.actors.get(change.to)?.name ?? change.to;
      return {
        kind: 'link',
        target: `${a} – ${b}`,
        from: change.before,
        to: change.after,
        direction: direction(change.before, change.after),
        cause,
      };
    }
    case 'initiative':
      return {
        kind: 'initiative',
        target: localize(ctx.index.initiatives.get(change.initiative)?.name, ctx.lang),
        from: change.stateBefore,
        to: change.stateAfter,
        direction:
          change.stateAfter === 'failed' ? 'down' : direction(change.progressBefore, change.progressAfter),
        cause,
      };
    case 'flag':
    case 'sound':
      return null;
  }
}

const isDelayedFrom = (cause: Change['cause'], turn: number, card: string, choice: string): boolean =>
  'card' in cause &&
  (cause as ChoiceCause).via === 'delayed' &&
  cause.turn === turn &&
  cause.card === card &&
  cause.choice === choice;

/** The consequence screen of a state (null on any other screen). */
export function consequenceView(state: GameState, ctx: ViewContext): ConsequenceView | null {
  const record = state.log[state.log.length - 1];
  if (state.screen !== 'consequence' || !record) return null;
  const choice = ctx.index.choices.get(record.card)?.get(record.choice);
  const outcome = record.outcome === undefined ? undefined : choice?.outcomes?.[record.outcome];
  const risk = record.risk === undefined ? undefined : choice?.risks?.[record.risk.index];
  const landed: LandedView[] = (record.delayed ?? [])
    .filter((item) => item.landed)
    .map((item) => {
      const found = ctx.index.choices.get(item.card)?.get(item.choice);
      const effect = effectAt(found, item.path);
      return {
        text: localize(effect?.type === 'delayed' ? effect.text : undefined, ctx.lang),
        turn: item.turn,
        card: item.card,
        choiceText: localize(found?.text, ctx.lang),
        changes: record.changes
          .filter((change) => isDelayedFrom(change.cause, item.turn, item.card, item.choice))
          .map((change) => changeView(change, ctx))
          .filter((c): c is ChangeView => c !== null),
      };
    });
  const drifts = (record.drifts ?? []).flatMap(({ index, told }) => {
    const text = told ? ctx.index.scenario.drift?.[index]?.text : undefined;
    return text ? [localize(text, ctx.lang)] : [];
  });
  return {
    card: record.card,
    choiceText: localize(choice?.text, ctx.lang),
    feedback: localize(choice?.feedback, ctx.lang),
    outcomeFeedback: outcome?.feedback ? localize(outcome.feedback, ctx.lang) : null,
    risk:
      risk && record.risk
        ? {
            ...riskView(risk.label, record.risk.chance, ctx),
            happened: record.risk.happened,
            feedback: record.risk.happened && risk.feedback ? localize(risk.feedback, ctx.lang) : null,
          }
        : null,
    concepts: (choice?.concepts ?? []).map((id) => ({
      id,
      title: localize(ctx.concepts.get(id)?.title, ctx.lang) || id,
    })),
    changes: record.changes
      .map((change) => changeView(change, ctx))
      .filter((c): c is ChangeView => c !== null),
    landed,
    drifts,
  };
}
