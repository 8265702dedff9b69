/**
 * The one-page handout of a debrief (an A4 sheet for the room): the story's opening, decisive turning
 * point and ending (the families are a table, the threads are on screen), every turning point on a timeline,
 * the four families at the start and the end, and up to three discussion questions (the ending's first,
 * then those of the decisive turning point's phase, then the others). Pure.
 */
import { FAMILIES, type FamilyId } from '../../scenario/format';
import type { Debrief } from './debrief-types';

/** How many discussion questions the handout asks. */
export const HANDOUT_QUESTIONS = 3;

/** One line of the handout's timeline: a turning point. */
export interface HandoutStep {
  turn: number;
  phase: string;
  speaker: string;
  choice: string;
  decisive: boolean;
}

/** A family's trust at the start and the end, on its meter's range. */
export interface HandoutFamily {
  family: FamilyId;
  label: string;
  start: number;
  end: number;
  min: number;
  max: number;
}

/** Everything the handout prints. */
export interface Handout {
  scenarioTitle: string;
  endingTitle: string;
  kind: Debrief['ending']['kind'];
  story: string[];
  steps: HandoutStep[];
  families: HandoutFamily[];
  /** Authored questions, at most three (the screen adds general ones when fewer). */
  questions: string[];
  sessionCode: string;
}

/**
 * The story as the sheet tells it: the opening, the decisive turning point (the first one told when none
 * is decisive) and the ending. The other turning points are on the sheet's timeline; told in full, a
 * five-turning-point story takes the sheet onto a second page.
 */
function handoutStory(debrief: Debrief): string[] {
  const turning = debrief.storyParts.flatMap((part, i) => (part === 'turning' ? [i] : []));
  const kept = debrief.decisiveParagraph ?? turning[0];
  return debrief.story.filter((_, i) => {
    const part = debrief.storyParts[i];
    return part === 'opening' || part === 'ending' || i === kept;
  });
}

/** The handout of a debrief. */
export function handoutOf(debrief: Debrief): Handout {
  const decisive = debrief.keyDecisions.find((k) => k.turn === debrief.decisiveTurn);
  const groups = [...debrief.questions].sort(
    (a, b) =>
      Number(b.kind === 'ending') - Number(a.kind === 'ending') ||
      Number(b.title === decisive?.phaseTitle) - Number(a.title === decisive?.phaseTitle),
  );
  const questions: string[] = [];
  // One question per group first, then the rest, so the three span the ending and the phases.
  for (let round = 0; questions.length < HANDOUT_QUESTIONS; round++) {
    const found = groups.map((g) => g.questions[round]).filter((q): q is string => q !== undefined);
    if (found.length === 0) break;
    for (const q of found)
      if (questions.length < HANDOUT_QUESTIONS && !questions.includes(q)) questions.push(q);
  }
  return {
    scenarioTitle: debrief.scenarioTitle,
    endingTitle: debrief.ending.title,
    kind: debrief.ending.kind,
    story: handoutStory(debrief),
    steps: debrief.keyDecisions.map((k) => ({
      turn: k.turn,
      phase: k.phaseTitle,
      speaker: k.speaker,
      choice: k.chosen.text,
      decisive: k.turn === debrief.decisiveTurn,
    })),
    families: FAMILIES.flatMap((family) => {
      const curve = debrief.curves.find((c) => c.id === family);
      if (!curve) return [];
      const start = curve.values[0] ?? curve.min;
      const end = curve.values[curve.values.length - 1] ?? start;
      return [{ family, label: curve.label, start, end, min: curve.min, max: curve.max }];
    }),
    questions,
    sessionCode: debrief.sessionCode,
  };
}
