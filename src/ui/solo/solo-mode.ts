import type { I18n } from '../../adapters/i18n';
import type { Saves } from '../../adapters/saves';
import type { SafeStorage } from '../../adapters/storage';
import type { GameSession } from '../../engine/game-session';
import type { SessionFactory } from '../../engine/session-factory';
import * as rewind from '../../engine/modes/solo/rewind';
import type { BranchBook } from '../../engine/modes/solo/rewind';
import * as tutorial from '../../engine/modes/solo/tutorial';
import type { MenuEntry, Mode, ModeHost } from '../mode-contract';
import type { CurrentGame } from '../play-dialogs';
import { openRewindDialog } from './rewind-dialog';
import { createTutorialCoach } from './tutorial-coach';
import './solo.css';

/** The solo mode's additions to the game: the tutorial coach marks and "Revenir sur un choix". */
export interface SoloMode {
  /** Call after each render: `playing` is false on the title. */
  afterRender(playing: boolean): void;
  /** The entries it adds to the game menu. */
  menuExtras(): MenuEntry[];
}

/** The solo mode (`?mode=solo`, the default): the ordinary game, saved, with the tutorial and rewind. */
export function createMode(host: ModeHost): Mode {
  const solo = createSoloMode({
    host: host.root,
    storage: host.storage,
    saves: host.saves,
    saveKey: host.selected,
    i18n: host.i18n,
    current: host.current,
    replace: host.replace,
    sessions: host.sessions,
  });
  return {
    keepsSaves: true,
    afterRender: solo.afterRender,
    menu: solo.menuExtras,
    teardown: () => solo.afterRender(false),
  };
}

/** Creates the solo additions; `replace` hands a rewound session to the shell (attach and render). */
export function createSoloMode(options: {
  host: HTMLElement;
  storage: SafeStorage;
  saves: Saves;
  /** The scenario key the game on show is saved under. */
  saveKey: () => string;
  i18n: I18n;
  current: () => CurrentGame | null;
  replace: (session: GameSession) => void;
  sessions: SessionFactory;
  now?: () => number;
}): SoloMode {
  const { i18n, saves } = options;
  const now = options.now ?? (() => Date.now());
  const coach = createTutorialCoach({
    host: options.host,
    storage: options.storage,
    t: () => i18n.t,
    model: tutorial,
  });
  let playing = false;
  let dialogOpen = false;

  const screen = () => (playing ? (options.current()?.session.viewModel.screen ?? null) : null);

  const bookOf = (game: CurrentGame): BranchBook => {
    const saved = game.session.save();
    const slot = saves.slot(options.saveKey());
    const book = rewind.emptyBook(saved);
    return slot && slot.session.seed === saved.seed ? { ...book, branches: slot.branches } : book;
  };

  const goBack = (game: CurrentGame, at: number): void => {
    const saved = game.session.save();
    const result = rewind.rewindTo(saved, at, bookOf(game), now());
    const session = options.sessions.start(game.loaded, {
      seed: result.saved.seed,
      choices: result.saved.choices,
      lang: i18n.language,
      concepts: game.loaded.concepts,
    });
    // Back on the card of that decision, to choose again.
    for (let guard = 0; guard < 50; guard++) {
      const current = session.viewModel.screen;
      if (current !== 'phase-intro' && current !== 'consequence') break;
      session.send({ type: 'CONTINUE' });
    }
    saves.write(options.saveKey(), session.save(), { turn: session.state.turn });
    saves.writeBranches(options.saveKey(), result.book.branches);
    options.replace(session);
  };

  const openRewind = (): void => {
    const game = options.current();
    if (!game || dialogOpen) return;
    dialogOpen = true;
    openRewindDialog({
      host: options.host,
      t: i18n.t,
      lang: i18n.language,
      index: game.loaded.index,
      saved: game.session.save(),
      book: bookOf(game),
      sessions: options.sessions,
      model: rewind,
      onRewind: (at) => goBack(game, at),
      onClose: () => {
        dialogOpen = false;
      },
    });
  };

  return {
    afterRender(next) {
      playing = next;
      if (!playing) coach.hide();
      else coach.update(screen());
    },
    menuExtras() {
      return [
        { key: 'menu.rewind', action: openRewind },
        { key: 'menu.tutorial', action: () => coach.restart(screen()) },
      ];
    },
  };
}
