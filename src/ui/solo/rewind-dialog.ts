import type { Translate } from '../../adapters/i18n';
import type { ScenarioIndex } from '../../core/scenario-index';
import type { SavedSession } from '../../engine/game-session';
import type { SessionFactory } from '../../engine/session-factory';
import { localize } from '../../core/vocabulary';
import type * as RewindModel from '../../engine/modes/solo/rewind';
import type { BranchBook } from '../../engine/modes/solo/rewind';
import type { Language } from '../../scenario/format';
import { createDialog, type Dialog } from '../dialog';
import { el, listen } from '../dom';

/** What the dialog needs: the play on show, and what to do with the picked decision. */
export interface RewindDialogOptions {
  host: HTMLElement;
  t: Translate;
  lang: Language;
  index: ScenarioIndex;
  saved: SavedSession;
  book: BranchBook;
  sessions: SessionFactory;
  /** The rewind's pure model (src/engine/modes/solo/rewind.ts), handed in by the solo mode. */
  model: typeof RewindModel;
  /** Goes back before decision `at` (0-based). */
  onRewind: (at: number) => void;
  onClose: () => void;
}

/** The choice's text on its card, in the language on show. */
function choiceText(index: ScenarioIndex, cardId: string, choiceId: string, lang: Language): string {
  const card = index.cards.get(cardId);
  const choice = card?.choices.find((c) => c.id === choiceId);
  return choice ? localize(choice.text, lang) : choiceId;
}

/** Where a path leads: its ending's title, or how far it went. */
function pathEnd(
  sessions: SessionFactory,
  index: ScenarioIndex,
  saved: SavedSession,
  t: Translate,
  lang: Language,
): string {
  const session = sessions.start(
    { index },
    {
      seed: saved.seed,
      choices: saved.choices,
      lang,
      concepts: new Map(),
    },
  );
  const endingId = session.state.ending;
  session.stop();
  const ending = endingId ? index.endings.get(endingId) : undefined;
  return ending
    ? t('rewind.endedAs', { ending: localize(ending.title, lang) })
    : t('rewind.unfinished', { count: saved.choices.length });
}

/** "Revenir sur un choix": the past decisions to go back to, and the paths kept from earlier rewinds. */
export function openRewindDialog(options: RewindDialogOptions): Dialog {
  const { t, lang, index } = options;
  const offs: (() => void)[] = [];
  const dialog = createDialog({
    host: options.host,
    title: t('rewind.title'),
    closeLabel: t('dialog.close'),
    className: 'dialog-rewind',
    onClose: () => {
      offs.forEach((off) => off());
      options.onClose();
    },
  });
  const { decisions } = options.model.listDecisions(index, options.saved);
  const list = el(
    'ol',
    { className: 'rewind-list' },
    decisions.map((decision) => {
      const card = index.cards.get(decision.card);
      const speaker = card ? (index.actors.get(card.speaker)?.name ?? card.speaker) : decision.card;
      const button = el(
        'button',
        {
          className: 'button rewind-item',
          attrs: { type: 'button', 'data-at': String(decision.at) },
        },
        [
          el('span', { className: 'rewind-turn', text: t('rewind.turn', { turn: decision.turn }) }),
          el('span', { className: 'rewind-speaker', text: speaker }),
          el('span', {
            className: 'rewind-choice',
            text: choiceText(index, decision.card, decision.choice, lang),
          }),
          el('span', {
            className: 'rewind-others',
            text: t('rewind.others', { count: decision.alternatives.length }),
          }),
        ],
      );
      offs.push(
        listen(button, 'click', () => {
          dialog.close();
          options.onRewind(decision.at);
        }),
      );
      return el('li', {}, [button]);
    }),
  );
  dialog.body.append(
    el('p', { className: 'lead', text: t(decisions.length > 0 ? 'rewind.intro' : 'rewind.none') }),
    list,
  );
  if (options.book.branches.length > 0) {
    const current = pathEnd(options.sessions, index, options.saved, t, lang);
    dialog.body.append(
      el('h3', { className: 'rewind-branches-heading', text: t('rewind.branches') }),
      el('ul', { className: 'rewind-branches' }, [
        el('li', {
          className: 'rewind-branch rewind-branch-current',
          text: t('rewind.current', { end: current }),
        }),
        ...options.book.branches.map((branch) =>
          el('li', {
            className: 'rewind-branch',
            text: t('rewind.branch', {
              id: branch.id,
              turn: branch.forkAt + 1,
              end: pathEnd(options.sessions, index, options.model.branchSave(options.book, branch), t, lang),
            }),
          }),
        ),
      ]),
    );
  }
  dialog.open();
  return dialog;
}
