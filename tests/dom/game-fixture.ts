/** A bundled scenario opened through the public API, and a game on show at each of its screens. */
import { readFileSync } from 'node:fs';
import { openCodex, openScenario, type LoadedScenario } from '../../src/engine/api';
import { GameSession } from '../../src/engine/game-session';
import type { ViewModel } from '../../src/engine/view-model';
import type { CurrentGame } from '../../src/ui/play-dialogs';

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
