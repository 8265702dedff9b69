/**
 * A trial game inside the inspector, started on a chosen card: the real card and consequence panels
 * (`playScreen`) over a `GameSession` that starts from the given state, with the meters as a list,
 * so the author keeps playing (chains, next phases, the ending) or goes back to the inspector.
 */
import type { Translate } from '../../adapters/i18n';
import type { GameState } from '../../core/game-state';
import type { PlayableScenario } from '../../engine/authoring/open-scenario';
import type { SessionFactory } from '../../engine/session-factory';
import type { ViewModel } from '../../engine/view-model';
import type { Language } from '../../scenario/format';
import { el, focusableHeading, type Component, textButton } from '../dom';
import { createShortcuts } from '../keyboard';
import { playScreen } from '../play-screens';

/** What a trial needs. */
export interface TrialOptions {
  t: Translate;
  lang: Language;
  loaded: PlayableScenario;
  /** The state on the chosen card (see `stateAtCard`). */
  state: GameState;
  portraitUrl: (id: string) => string | null;
  sessions: SessionFactory;
  /** Back to the inspector. */
  onBack: () => void;
}

/** The meters as a plain list (the page's own HUD stays the game's). */
function meterList(t: Translate, view: ViewModel): HTMLElement {
  return el(
    'ul',
    { className: 'trial-meters', attrs: { 'aria-label': t('hud.label') } },
    view.meters.map((meter) =>
      el('li', {
        attrs: { 'data-meter': meter.id },
        text: `${meter.label} : ${meter.value} / ${meter.max}${meter.delta !== 0 ? ` (${meter.delta > 0 ? '+' : ''}${meter.delta})` : ''}`,
      }),
    ),
  );
}

/** The end of a trial: the ending reached, and the way back. */
function endingPanel(t: Translate, view: ViewModel, back: HTMLButtonElement): Component {
  const heading = focusableHeading('h2', t('inspector.ended', { title: view.ending?.title ?? '' }));
  const element = el(
    'section',
    { className: 'panel panel-trial-end', attrs: { 'data-ending': view.ending?.id ?? '' } },
    [heading, el('p', { text: view.ending?.text ?? '' }), back],
  );
  return { element, focusTarget: heading, unmount: () => element.remove() };
}

/** Starts the trial; the component owns its session and keyboard shortcuts until unmounted. */
export function createTrial(options: TrialOptions): Component {
  const { t, loaded } = options;
  const session = options.sessions.start(loaded, {
    seed: options.state.seed,
    lang: options.lang,
    concepts: loaded.concepts,
    state: options.state,
  });
  const shortcuts = createShortcuts(document);
  const meters = el('div', { className: 'trial-meters-host' });
  const stage = el('div', { className: 'inspector-trial-stage' });
  const backButton = (): HTMLButtonElement => {
    const button = textButton(t('inspector.back'), 'button button-quiet');
    button.addEventListener('click', options.onBack);
    return button;
  };
  const heading = focusableHeading('h2', t('inspector.trial', { card: options.state.card ?? '' }));
  let current: Component | null = null;
  const render = (view: ViewModel, focus: boolean): void => {
    current?.unmount();
    meters.replaceChildren(meterList(t, view));
    current =
      view.screen === 'ended'
        ? endingPanel(t, view, backButton())
        : playScreen(view, {
            t,
            shortcuts,
            portraitUrl: options.portraitUrl,
            onChoose: (choice) => session.send({ type: 'CHOOSE', choice }),
            onContinue: () => session.send({ type: 'CONTINUE' }),
            onConcept: () => undefined,
            debrief: () => endingPanel(t, view, backButton()),
          });
    current.element.dataset.screen = view.screen;
    stage.replaceChildren(current.element);
    if (focus) current.focusTarget.focus();
  };
  const stop = session.subscribe((view) => render(view, true));
  const element = el(
    'section',
    { className: 'inspector-trial', attrs: { 'aria-labelledby': 'trial-heading' } },
    [heading, stage, meters, el('div', { className: 'actions' }, [backButton()])],
  );
  heading.id = 'trial-heading';
  render(session.viewModel, false);
  return {
    element,
    // The card itself, as in a game (the section's name says it is a trial).
    get focusTarget() {
      return current?.focusTarget ?? heading;
    },
    unmount() {
      stop();
      session.stop();
      current?.unmount();
      shortcuts.dispose();
      element.remove();
    },
  };
}
