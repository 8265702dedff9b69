import { describe, expect, it } from 'vitest';
import {
  leaveScreen,
  nextStep,
  readTutorialProgress,
  skipTutorial,
  startTutorial,
  stepCount,
  stepToShow,
  TUTORIAL_ANCHORS,
  TUTORIAL_STEPS,
} from '../../../../src/engine/modes/solo/tutorial';

describe('solo tutorial', () => {
  it('shows each step only on its screen, in order, then is done', () => {
    let progress = startTutorial();
    expect(stepToShow(progress, 'card')).toBeNull();
    expect(stepToShow(progress, 'phase-intro')?.anchor).toBe('phase-panel');
    const seen: string[] = [];
    const screens = ['phase-intro', 'card', 'consequence'] as const;
    for (let guard = 0; guard < 100 && progress.status === 'active'; guard++) {
      for (const screen of screens) {
        const step = stepToShow(progress, screen);
        if (step) {
          seen.push(step.id);
          progress = nextStep(progress);
        }
      }
    }
    expect(progress.status).toBe('done');
    expect(seen).toEqual(TUTORIAL_STEPS.map((s) => s.id));
    expect(nextStep(progress)).toBe(progress);
  });

  it('can be skipped at any step, and then shows nothing', () => {
    const skipped = skipTutorial(nextStep(startTutorial()));
    expect(skipped.status).toBe('skipped');
    expect(stepToShow(skipped, 'card')).toBeNull();
    expect(stepCount(nextStep(startTutorial()))).toEqual({ number: 2, count: TUTORIAL_STEPS.length });
  });

  it('reads saved progress, falling back to a fresh start on anything odd', () => {
    const saved = JSON.parse(JSON.stringify(skipTutorial(startTutorial()))) as unknown;
    expect(readTutorialProgress(saved)).toEqual({ version: 1, status: 'skipped', step: 0 });
    expect(readTutorialProgress(null)).toEqual(startTutorial());
    expect(readTutorialProgress({ version: 2, status: 'done', step: 1 })).toEqual(startTutorial());
    expect(readTutorialProgress({ version: 1, status: 'active', step: -1 })).toEqual(startTutorial());
    expect(readTutorialProgress({ version: 1, status: 'active', step: 99 }).status).toBe('done');
  });

  it('uses known anchors and one i18n key per step', () => {
    for (const step of TUTORIAL_STEPS) {
      expect(TUTORIAL_ANCHORS).toContain(step.anchor);
      expect(step.textKey).toBe(`tutorial.${step.id}`);
    }
    expect(new Set(TUTORIAL_STEPS.map((s) => s.id)).size).toBe(TUTORIAL_STEPS.length);
  });

  it('passes the steps of a screen the player left, so the next screen shows its own', () => {
    const start = startTutorial();
    expect(stepToShow(start, 'phase-intro')?.id).toBe('phase');
    const left = leaveScreen(start, 'phase-intro');
    expect(stepToShow(left, 'card')?.id).toBe('meters');
    // Leaving a card mid-way passes all of the card's remaining steps, up to the consequence's.
    expect(stepToShow(leaveScreen(left, 'card'), 'consequence')?.id).toBe('why');
    // Leaving a screen with no step waiting changes nothing; a finished tutorial stays finished.
    expect(leaveScreen(left, 'consequence')).toEqual(left);
    expect(leaveScreen(skipTutorial(start), 'phase-intro').status).toBe('skipped');
  });
});
