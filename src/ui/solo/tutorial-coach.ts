import type { Translate } from '../../adapters/i18n';
import type { SafeStorage } from '../../adapters/storage';
import type { Screen } from '../../core/game-state';
import type * as TutorialModel from '../../engine/modes/solo/tutorial';
import type { TutorialAnchor, TutorialProgress } from '../../engine/modes/solo/tutorial';
import { el, listen, textButton } from '../dom';

/** Where each anchor is on screen: an explicit `data-tutorial-anchor`, else the element that plays the part. */
const ANCHOR_SELECTORS: Record<TutorialAnchor, string> = {
  'phase-panel': '.panel-phase',
  meters: '.hud',
  map: '#territory',
  card: '.panel-card .situation',
  choices: '.panel-card .choices',
  'why-button': '.panel-consequence .changes, .panel-consequence .why-heading',
  'codex-button': '.panel-consequence .concept-link, .panel-consequence .concepts',
  'continue-button': '.panel-consequence .button-primary',
  'menu-button': '#tools button[aria-haspopup="dialog"]',
};

/** The text of each step (literal keys, so the catalog check sees them). */
const STEP_TEXT: Record<string, string> = {
  phase: 'tutorial.phase',
  meters: 'tutorial.meters',
  threads: 'tutorial.threads',
  card: 'tutorial.card',
  choices: 'tutorial.choices',
  why: 'tutorial.why',
  codex: 'tutorial.codex',
  continue: 'tutorial.continue',
  menu: 'tutorial.menu',
};

const STORAGE_KEY = 'tutorial';

/** The solo tutorial as coach marks: a non-modal box pointing at the part of the screen it explains. */
export interface TutorialCoach {
  /** Shows the step of this screen, if any (call after each render). */
  update(screen: Screen | null): void;
  /** Starts the tutorial again (menu entry). */
  restart(screen: Screen | null): void;
  /** Removes the box (leaving the game). */
  hide(): void;
}

function findAnchor(anchor: TutorialAnchor): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>(`[data-tutorial-anchor="${anchor}"]`) ??
    document.querySelector<HTMLElement>(ANCHOR_SELECTORS[anchor])
  );
}

/** Creates the coach; progress is kept in storage so it is shown on the first solo game only. */
export function createTutorialCoach(options: {
  host: HTMLElement;
  storage: SafeStorage;
  t: () => Translate;
  /** The tutorial's pure model (src/engine/modes/solo/tutorial.ts), handed in by the solo mode. */
  model: typeof TutorialModel;
}): TutorialCoach {
  const { leaveScreen, nextStep, readTutorialProgress, skipTutorial, startTutorial, stepCount, stepToShow } =
    options.model;
  let progress: TutorialProgress = readTutorialProgress(options.storage.getJson<unknown>(STORAGE_KEY, null));
  let screen: Screen | null = null;
  let box: HTMLElement | null = null;
  let target: HTMLElement | null = null;
  let offs: (() => void)[] = [];

  const save = (next: TutorialProgress): void => {
    progress = next;
    options.storage.setJson(STORAGE_KEY, progress);
  };
  const clear = (): void => {
    offs.forEach((off) => off());
    offs = [];
    target?.removeAttribute('data-tutorial-target');
    target = null;
    box?.remove();
    box = null;
  };
  /**
   * Places the box next to its anchor without covering the game panel: on the map side of the panel
   * when the anchor is in it, else below (or above) the anchor.
   */
  const place = (node: HTMLElement, anchor: HTMLElement): void => {
    const rect = anchor.getBoundingClientRect();
    const panel = document.getElementById('panel-host')?.getBoundingClientRect();
    const inPanel = panel !== undefined && panel.width > 0 && anchor.closest('#panel-host') !== null;
    let top: number;
    let left: number;
    let side: string;
    if (inPanel && panel.left > node.offsetWidth + 24) {
      side = 'left';
      left = panel.left - node.offsetWidth - 16;
      top = Math.min(Math.max(8, rect.top), window.innerHeight - node.offsetHeight - 8);
    } else if (inPanel && panel.top > node.offsetHeight + 24) {
      side = 'above';
      left = Math.min(Math.max(8, rect.left), window.innerWidth - node.offsetWidth - 8);
      top = panel.top - node.offsetHeight - 16;
    } else {
      const below = rect.bottom + 16 + node.offsetHeight < window.innerHeight;
      side = below ? 'below' : 'above';
      left = Math.min(Math.max(8, rect.left), Math.max(8, window.innerWidth - node.offsetWidth - 8));
      top = below ? rect.bottom + 16 : Math.max(8, rect.top - 16 - node.offsetHeight);
    }
    if (anchor.id === 'territory') {
      // The map fills the screen: point at its middle instead of its edges.
      side = 'none';
      top = Math.max(8, window.innerHeight / 2 - node.offsetHeight / 2);
      left = Math.max(
        8,
        (panel && panel.left > 0 ? panel.left : window.innerWidth) / 2 - node.offsetWidth / 2,
      );
    }
    node.style.top = `${Math.round(top)}px`;
    node.style.left = `${Math.round(left)}px`;
    node.dataset.side = side;
  };

  const show = (): void => {
    clear();
    if (screen === null) return;
    const step = stepToShow(progress, screen);
    if (!step) return;
    const t = options.t();
    const anchor = findAnchor(step.anchor);
    const count = stepCount(progress);
    const last = count.number === count.count;
    const next = textButton(
      t(last ? 'tutorial.done' : 'tutorial.next'),
      'button button-primary tutorial-next',
    );
    const skip = textButton(t('tutorial.skip'), 'button button-quiet tutorial-skip');
    const titleId = 'tutorial-title';
    box = el(
      'section',
      {
        className: 'tutorial-coach',
        attrs: { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': titleId, 'data-step': step.id },
      },
      [
        el('p', {
          className: 'tutorial-progress',
          text: t('tutorial.progress', { number: count.number, count: count.count }),
          attrs: { id: titleId },
        }),
        el('p', { className: 'tutorial-text', text: t(STEP_TEXT[step.id] ?? 'tutorial.phase') }),
        el('div', { className: 'tutorial-actions' }, [skip, next]),
      ],
    );
    options.host.append(box);
    if (anchor) {
      target = anchor;
      anchor.setAttribute('data-tutorial-target', step.anchor);
      place(box, anchor);
    } else box.dataset.side = 'corner';
    const advance = (): void => {
      save(nextStep(progress));
      show();
    };
    offs.push(
      listen(next, 'click', advance),
      listen(skip, 'click', () => {
        save(skipTutorial(progress));
        clear();
      }),
      listen(box, 'keydown', (event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          save(skipTutorial(progress));
          clear();
        }
      }),
    );
  };

  return {
    update(next) {
      // A step on show when its screen is left (the player went on) is passed, not kept waiting.
      if (box && screen !== null && next !== screen) save(leaveScreen(progress, screen));
      screen = next;
      show();
    },
    restart(next) {
      save(startTutorial());
      screen = next;
      show();
      box?.querySelector<HTMLElement>('.tutorial-next')?.focus();
    },
    hide() {
      screen = null;
      clear();
    },
  };
}
