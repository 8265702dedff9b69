import type { Screen } from '../../../core/game-state';

/**
 * The solo tutorial: a few steps that point at parts of the screen during the first minutes. Each step
 * waits for its screen, points at an element by a stable anchor name (the UI puts
 * `data-tutorial-anchor="<name>"` on it) and shows a text by its i18n key. The player can go on, skip
 * the whole tutorial, or finish it; the progress is saved as plain data.
 */

/** Stable names of what the tutorial points at. The UI must keep these on its elements. */
export const TUTORIAL_ANCHORS = [
  'phase-panel',
  'meters',
  'map',
  'card',
  'choices',
  'why-button',
  'codex-button',
  'continue-button',
  'menu-button',
] as const;
/** An anchor name. */
export type TutorialAnchor = (typeof TUTORIAL_ANCHORS)[number];

/** One step of the tutorial. */
export interface TutorialStep {
  id: string;
  /** The screen the step waits for. */
  screen: Screen;
  anchor: TutorialAnchor;
  /** i18n key of the text (`tutorial.<id>`). */
  textKey: string;
}

const step = (id: string, screen: Screen, anchor: TutorialAnchor): TutorialStep => ({
  id,
  screen,
  anchor,
  textKey: `tutorial.${id}`,
});

/** The steps, in order: the method's phases, the meters, the threads, the card, the choices, then after a choice "Pourquoi ?" and the codex. */
export const TUTORIAL_STEPS: readonly TutorialStep[] = [
  step('phase', 'phase-intro', 'phase-panel'),
  step('meters', 'card', 'meters'),
  step('threads', 'card', 'map'),
  step('card', 'card', 'card'),
  step('choices', 'card', 'choices'),
  step('why', 'consequence', 'why-button'),
  step('codex', 'consequence', 'codex-button'),
  step('continue', 'consequence', 'continue-button'),
  step('menu', 'card', 'menu-button'),
];

/** The saved progress of the tutorial. */
export interface TutorialProgress {
  version: 1;
  status: 'active' | 'skipped' | 'done';
  /** Index of the current step while active. */
  step: number;
}

/** A tutorial not yet started. */
export function startTutorial(): TutorialProgress {
  return { version: 1, status: 'active', step: 0 };
}

/** The step to show on `screen`, or null (none active, or the current step waits for another screen). */
export function stepToShow(
  progress: TutorialProgress,
  screen: Screen,
  steps: readonly TutorialStep[] = TUTORIAL_STEPS,
): TutorialStep | null {
  if (progress.status !== 'active') return null;
  const current = steps[progress.step];
  return current !== undefined && current.screen === screen ? current : null;
}

/** Goes to the next step; after the last one, the tutorial is done. */
export function nextStep(
  progress: TutorialProgress,
  steps: readonly TutorialStep[] = TUTORIAL_STEPS,
): TutorialProgress {
  if (progress.status !== 'active') return progress;
  const step = progress.step + 1;
  return step >= steps.length ? { version: 1, status: 'done', step: steps.length } : { ...progress, step };
}

/**
 * The player left `screen` (pressed "Continue" without "Next"): the steps still waiting on that screen are
 * passed, so the tutorial goes on with the next screen's steps instead of waiting for the same kind of
 * screen to come back (a phase introduction comes once per phase).
 */
export function leaveScreen(
  progress: TutorialProgress,
  screen: Screen,
  steps: readonly TutorialStep[] = TUTORIAL_STEPS,
): TutorialProgress {
  let next = progress;
  while (next.status === 'active' && steps[next.step]?.screen === screen) next = nextStep(next, steps);
  return next;
}

/** Skips the rest of the tutorial. */
export function skipTutorial(progress: TutorialProgress): TutorialProgress {
  return progress.status === 'active' ? { ...progress, status: 'skipped' } : progress;
}

/** Counts for "étape 2 sur 9". */
export function stepCount(
  progress: TutorialProgress,
  steps: readonly TutorialStep[] = TUTORIAL_STEPS,
): { number: number; count: number } {
  return { number: Math.min(progress.step + 1, steps.length), count: steps.length };
}

/** Reads saved progress; anything unreadable gives a fresh tutorial (never throws). */
export function readTutorialProgress(
  data: unknown,
  steps: readonly TutorialStep[] = TUTORIAL_STEPS,
): TutorialProgress {
  if (typeof data !== 'object' || data === null) return startTutorial();
  const { version, status, step } = data as Record<string, unknown>;
  if (version !== 1 || (status !== 'active' && status !== 'skipped' && status !== 'done'))
    return startTutorial();
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0) return startTutorial();
  if (status === 'active' && step >= steps.length) return { version: 1, status: 'done', step: steps.length };
  return { version: 1, status, step: Math.min(step, steps.length) };
}
