/** A bundled scenario opened through the public API, and a game on show at each of its screens. */
import { readFileSync } from 'node:fs';
import { openCodex, openScenario, type LoadedScenario } from '../../src/engine/api';
import { GameSession } from '../../src/engine/game-session';
import type { ViewModel } from '../../src/engine/view-model';
import { DEFAULT_SETTINGS } from '../../src/adapters/settings';
import type { Component } from '../../src/ui/dom';
import { createPlayDialogs, type CurrentGame, type PlayDialogs } from '../../src/ui/play-dialogs';
import { t } from './translate';

/** premiers-pas with the shared codex. */
export function loadPremiersPas(): LoadedScenario {
  const codex = openCodex(readFileSync('scenarios/codex.json', 'utf8')).codex ?? [];
  const opened = openScenario(readFileSync('scenarios/premiers-pas.json', 'utf8'), { lang: 'fr', codex });
  if (!opened.ok) throw new Error('premiers-pas does not open');
  return opened.loaded;
}

/** A game (as the shell holds it) and the view of each screen met on the way to its end. */
export function playedGame(seed = 7): { game: CurrentGame; views: Map<ViewModel['screen'], ViewModel> } {
  const loaded = loadPremiersPas();
  const session = new GameSession(loaded.index, { seed, lang: 'fr', concepts: loaded.concepts });
  const views = new Map<ViewModel['screen'], ViewModel>();
  for (let step = 0; step < 200 && session.viewModel.screen !== 'ended'; step++) {
    const view = session.viewModel;
    if (!views.has(view.screen)) views.set(view.screen, view);
    const choice = view.card?.choices.find((c) => !c.unavailable);
    session.send(
      view.screen === 'card' && choice ? { type: 'CHOOSE', choice: choice.id } : { type: 'CONTINUE' },
    );
  }
  views.set('ended', session.viewModel);
  return {
    game: { session, loaded: { ok: true, index: loaded.index, concepts: new Map(loaded.concepts) } },
    views,
  };
}

/** The game's dialogs as the shell opens them, in French, over `game`; nothing happens on their actions. */
export function playDialogsOf(
  game: CurrentGame,
  host: HTMLElement = document.createElement('div'),
  menuExtras?: () => readonly { key: string; action: () => void }[],
): PlayDialogs {
  return createPlayDialogs({
    host,
    i18n: { t, language: 'fr' } as never,
    current: () => game,
    settings: () => DEFAULT_SETTINGS,
    onSettings: () => undefined,
    onLanguage: () => undefined,
    onRestart: () => undefined,
    onTitle: () => undefined,
    isPlaying: () => true,
    ...(menuExtras ? { menuExtras } : {}),
  });
}

/** The debrief screen of `game` as the shell builds it; `sessionCode` as a mode would give it. */
export function debriefOf(game: CurrentGame, sessionCode?: string): Component {
  return playDialogsOf(game).debrief(() => undefined, sessionCode);
}
