import type { Translate } from '../adapters/i18n';
import type { Debrief } from '../engine/debrief/debrief-types';
import type { GameSession } from '../engine/game-session';
import { el } from './dom';

/** The road not taken, for the debrief: computed after the screen shows (each takes well under a second). */
export interface RoadTools {
  /** The aside told after the decisive turning point: filled once the simulation is done. */
  decisive: HTMLElement;
  /** Starts the simulations (after the first paint); returns a function that cancels what is pending. */
  start: () => () => void;
  /** The road at the decision of a turn, in words (null: no other choice was possible there). */
  at: (turn: number) => string | null;
}

/** Lets the browser paint before a simulation runs. */
const later = (run: () => void): (() => void) => {
  const id = window.setTimeout(run, 30);
  return () => window.clearTimeout(id);
};

/** The road not taken at the decisive turning point and, on demand, at any decision. */
export function roadTools(
  t: Translate,
  debrief: Debrief,
  session: Pick<GameSession, 'roadNotTaken'>,
): RoadTools {
  const cache = new Map<number, string | null>();
  const road = (turn: number): string | null => {
    if (!cache.has(turn)) cache.set(turn, session.roadNotTaken(turn));
    return cache.get(turn) ?? null;
  };
  const text = el('p', { className: 'road-text', text: t('debrief.roadPending') });
  const decisive = el(
    'aside',
    { className: 'road-not-taken', attrs: { 'aria-labelledby': 'road-title', 'aria-live': 'polite' } },
    [el('h4', { text: t('debrief.roadTitle'), attrs: { id: 'road-title' } }), text],
  );
  return {
    decisive,
    start: () =>
      later(() => {
        // The decisive turning point first, then the next weightiest where the player had a choice.
        const keys = [...debrief.keyDecisions].sort(
          (a, b) =>
            Number(b.turn === debrief.decisiveTurn) - Number(a.turn === debrief.decisiveTurn) ||
            b.weight - a.weight,
        );
        for (const key of keys) {
          const found = road(key.turn);
          if (!found) continue;
          decisive.dataset.turn = String(key.turn);
          // Told after the paragraph of the turning point it replays (the decisive one, unless the
          // player had no other choice there).
          decisive.parentElement?.querySelector(`p[data-turn="${key.turn}"]`)?.after(decisive);
          text.textContent = found;
          return;
        }
        decisive.remove();
      }),
    at: (turn) => road(turn),
  };
}

/** The "What if…?" of a timeline row: a button that tells the road not taken at that decision. */
export function whatIfButton(
  t: Translate,
  turn: number,
  tools: RoadTools,
  out: HTMLElement,
): HTMLButtonElement {
  const button = el('button', {
    className: 'button what-if no-print',
    text: t('debrief.whatIf'),
    attrs: { type: 'button', 'aria-label': t('debrief.whatIfTurn', { turn }) },
  });
  button.addEventListener('click', () => {
    out.textContent = t('debrief.roadPending');
    button.disabled = true;
    later(() => {
      const words = tools.at(turn);
      out.textContent = words ? t('debrief.roadAt', { turn, text: words }) : t('debrief.roadNone', { turn });
      button.disabled = false;
    });
  });
  return button;
}
