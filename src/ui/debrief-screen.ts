import type { Translate } from '../adapters/i18n';
import type { ViewContext } from '../engine/build-view';
import type { GameSession } from '../engine/game-session';
import type { Component } from './dom';
import { createEndingScreen } from './ending-screen';

/** The debrief: the ending, its evaluation and the story of the session. */
export function createDebriefScreen(options: {
  t: Translate;
  session: GameSession;
  ctx: ViewContext;
  onReplay: () => void;
  onCodex: () => void;
}): Component {
  const view = options.session.viewModel;
  if (!view.ending) throw new Error('the session has not ended');
  return createEndingScreen({
    t: options.t,
    ending: view.ending,
    sessionCode: view.sessionCode,
    onReplay: options.onReplay,
  });
}
