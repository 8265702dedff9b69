import type { Translate } from '../../adapters/i18n';
import type { GameSession } from '../../engine/game-session';
import type { SessionFactory } from '../../engine/session-factory';
import type { attractDemo, DemoScript } from '../../engine/modes/evenement/attract-demo';
import type { ScenarioLoad } from '../../adapters/scenario-source';
import type { Language } from '../../scenario/format';
import { el, listen, textButton } from '../dom';

/** The attract screen: a big title, "Touchez pour commencer", and a silent demo game looping. */
export interface AttractScreen {
  readonly element: HTMLElement;
  /** Stops the demo and removes the screen. */
  unmount(): void;
}

/** The seed of the demo game (any fixed value: the loop is the same all day). */
const DEMO_SEED = 2024;

/** Creates the attract screen; `every` schedules the demo's moves (a counted interval) and returns its stop. */
export function createAttractScreen(options: {
  t: Translate;
  lang: Language;
  loaded: Extract<ScenarioLoad, { ok: true }> | null;
  title: string;
  every: (callback: () => void, ms: number) => () => void;
  stepMs: number;
  sessions: SessionFactory;
  /** Scripts the demo (src/engine/modes/evenement/attract-demo.ts), handed in by the event mode. */
  demo: typeof attractDemo;
  onStart: () => void;
}): AttractScreen {
  const { t } = options;
  const start = textButton(t('kiosk.touch'), 'button button-primary kiosk-start');
  const stage = el('div', { className: 'kiosk-demo-stage', attrs: { 'aria-hidden': 'true' } });
  const element = el('section', { className: 'kiosk-attract', attrs: { 'aria-labelledby': 'kiosk-title' } }, [
    el('p', { className: 'kiosk-eyebrow', text: t('kiosk.eyebrow') }),
    el('h2', { className: 'kiosk-title', text: options.title, attrs: { id: 'kiosk-title' } }),
    start,
    el('p', { className: 'kiosk-demo-label', text: t('kiosk.demo') }),
    stage,
  ]);
  const offs = [listen(element, 'click', () => options.onStart())];

  let session: GameSession | null = null;
  let script: DemoScript | null = null;
  let move = 0;
  const loaded = options.loaded;
  const restartDemo = (): void => {
    session?.stop();
    session = null;
    if (!loaded) return;
    script ??= options.demo(loaded.index, DEMO_SEED);
    session = options.sessions.start(loaded, {
      seed: script.seed,
      lang: options.lang,
      concepts: loaded.concepts,
    });
    move = 0;
  };
  const draw = (picked: number | null): void => {
    const view = session?.viewModel;
    if (!view) return;
    if (view.screen === 'card' && view.card) {
      stage.replaceChildren(
        el('p', { className: 'kiosk-demo-speaker', text: view.card.speaker.name }),
        el('p', { className: 'kiosk-demo-text', text: view.card.text }),
        el(
          'ol',
          { className: 'kiosk-demo-choices' },
          view.card.choices.map((choice) =>
            el('li', {
              className: choice.number === picked ? 'kiosk-demo-choice is-picked' : 'kiosk-demo-choice',
              text: choice.text,
            }),
          ),
        ),
      );
    } else if (view.screen === 'phase-intro') {
      stage.replaceChildren(el('p', { className: 'kiosk-demo-text', text: view.phase.title }));
    } else if (view.screen === 'consequence' && view.consequence) {
      stage.replaceChildren(el('p', { className: 'kiosk-demo-text', text: view.consequence.feedback }));
    }
  };
  // Each tick: show the pick on the card, then play it on the next tick.
  let pending: { choice: string } | null = null;
  const tick = (): void => {
    if (!session || !script) return restartDemo();
    if (pending) {
      session.send({ type: 'CHOOSE', choice: pending.choice });
      pending = null;
      draw(null);
      return;
    }
    const next = script.moves[move];
    move += 1;
    if (!next) {
      restartDemo();
      draw(null);
      return;
    }
    if (next.type === 'continue') {
      session.send({ type: 'CONTINUE' });
      draw(null);
    } else {
      pending = { choice: next.choice };
      draw(next.number);
    }
  };
  restartDemo();
  draw(null);
  const stop = options.every(tick, options.stepMs);
  return {
    element,
    unmount() {
      stop();
      offs.forEach((off) => off());
      session?.stop();
      session = null;
      element.remove();
    },
  };
}
