/** The one-page handout of the debrief, over sessions of every bundled scenario and the fixtures. */
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../../src/engine/debrief/build-debrief';
import { HANDOUT_QUESTIONS, handoutOf } from '../../../../src/engine/debrief/handout';
import { FAMILIES } from '../../../../src/scenario/format';
import { allSamples } from './sessions';

describe('the debrief handout', () => {
  const cases = allSamples().flatMap(({ samples }) => samples.slice(0, 4));

  it('keeps the opening, the decisive turning point and the ending of the story, with every turning point on its timeline', () => {
    for (const sample of cases) {
      const debrief = buildDebrief(sample.state, sample.ctx('fr'));
      const handout = handoutOf(debrief);
      const where = `${sample.scenario} seed ${sample.seed}`;
      expect(handout.story[0], where).toBe(debrief.story[0]);
      expect(handout.story[handout.story.length - 1], where).toBe(debrief.story[debrief.story.length - 1]);
      const told = debrief.storyParts.filter((p) => p === 'opening' || p === 'ending').length;
      const turning = debrief.storyParts.includes('turning') ? 1 : 0;
      expect(handout.story.length, where).toBe(told + turning);
      if (debrief.decisiveParagraph !== null)
        expect(handout.story, where).toContain(debrief.story[debrief.decisiveParagraph]);
      expect(
        handout.steps.map((s) => s.turn),
        where,
      ).toEqual(debrief.keyDecisions.map((k) => k.turn));
      expect(handout.steps.filter((s) => s.decisive).length, where).toBe(1);
      expect(
        handout.families.map((f) => f.family),
        where,
      ).toEqual(FAMILIES.filter((f) => sample.index.meters.has(f)));
      for (const f of handout.families) expect(f.end, where).toBe(sample.state.meters[f.family]);
      expect(handout.questions.length, where).toBeLessThanOrEqual(HANDOUT_QUESTIONS);
      expect(new Set(handout.questions).size, where).toBe(handout.questions.length);
      const authored = debrief.questions.flatMap((g) => g.questions);
      for (const q of handout.questions) expect(authored, where).toContain(q);
      expect(handout.questions.length, where).toBe(Math.min(HANDOUT_QUESTIONS, new Set(authored).size));
      const ending = debrief.questions.find((g) => g.kind === 'ending')?.questions[0];
      if (ending) expect(handout.questions[0], where).toBe(ending);
    }
  });
});
