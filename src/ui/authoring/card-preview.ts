/**
 * Card preview (development server only, beside the live preview): `window.__tisserShowCard(request)`
 * puts the game on show straight onto any card of its scenario, in the state the inspector's "play from
 * this card" builds (chosen meters and flags, nothing played before), and draws it as the active mode
 * draws a card; the request may name another bundled scenario, loaded first. No session is played to
 * reach it. tests/e2e/projector-cards.spec.ts shows every card of every bundled scenario this way on the
 * training screen and measures what the room sees.
 */
import type { GameState } from '../../core/game-state';
import type { PlayFromCardRequest } from '../../engine/authoring/play-from-card';
import type { GameSession } from '../../engine/game-session';
import type { SessionFactory } from '../../engine/session-factory';
import type { Language } from '../../scenario/format';
import type { CurrentGame } from '../play-dialogs';

/** The name of the page's function (a test reads the game through it). */
export const SHOW_CARD = '__tisserShowCard';

/** A card to show: the inspector's request, and another bundled scenario to load first, if any. */
export type CardPreviewRequest = PlayFromCardRequest & { scenario?: string };

/** What the card preview needs from the shell. */
export interface CardPreviewOptions {
  lang: () => Language;
  /** The game on show (its scenario as played, cut to the session's length in training). */
  current: () => CurrentGame | null;
  /** The inspector's state on a card (src/engine/authoring/play-from-card.ts), or null when refused. */
  stateAt: (loaded: CurrentGame['loaded'], request: PlayFromCardRequest) => GameState | null;
  /** Loads a bundled scenario (the shell's loader), or null when it cannot be played. */
  load: (id: string) => Promise<CurrentGame['loaded'] | null>;
  /** Puts the new session in place of the current one and renders (the live preview's reload). */
  onReload: (loaded: CurrentGame['loaded'], session: GameSession) => void;
  sessions: SessionFactory;
}

/**
 * Defines `window.__tisserShowCard`: it resolves true once the card is drawn, false when there is no
 * game or the request is refused. Returns the function that removes it.
 */
export function exposeCardPreview(options: CardPreviewOptions): () => void {
  const show = async (request: CardPreviewRequest): Promise<boolean> => {
    const game = options.current();
    if (!game) return false;
    const { scenario, ...onCard } = request;
    const same = scenario === undefined || scenario === game.session.viewModel.scenario.id;
    const loaded = same ? game.loaded : await options.load(scenario);
    const state = loaded ? options.stateAt(loaded, onCard) : null;
    if (!loaded || !state) return false;
    const session = options.sessions.start(loaded, {
      seed: state.seed,
      lang: options.lang(),
      concepts: loaded.concepts,
      state,
    });
    options.onReload(loaded, session);
    return true;
  };
  Object.defineProperty(window, SHOW_CARD, { value: show, configurable: true });
  return () => {
    Reflect.deleteProperty(window, SHOW_CARD);
  };
}
