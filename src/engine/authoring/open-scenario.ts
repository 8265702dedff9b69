import { indexScenario, type ScenarioIndex } from '../../core/scenario-index';
import { KNOWN_ASSETS } from '../../scenario/assets';
import type { Concept, Language } from '../../scenario/format';
import type { ArchiveError, ArchiveImage } from './open-archive';
import { sortProblems, validateScenarioText, type Problem } from '../../scenario/validation';

/** The largest scenario file the game opens (the validator's own limit). */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** A playable scenario: its index and the concepts it can show (shared codex + its own). */
export interface PlayableScenario {
  ok: true;
  index: ScenarioIndex;
  concepts: Map<string, Concept>;
  /** The images of a scenario opened from an archive, by their path in it (portraits, map background). */
  images?: ReadonlyMap<string, ArchiveImage>;
}

/** A scenario opened from a file: playable, or refused with every located problem. */
export type OpenedScenario =
  | { ok: true; loaded: PlayableScenario; text: string; file: string; warnings: Problem[] }
  | { ok: false; file: string; reason: 'too-big' | 'not-json' | 'unreadable'; size?: number }
  | { ok: false; file: string; reason: 'invalid'; problems: Problem[] }
  | { ok: false; file: string; reason: 'archive'; error: ArchiveError };

/** A file whose checking threw: reported as one problem at its first line, never as a crash. */
function crashed(file: string, error: unknown): OpenedScenario {
  const message = error instanceof Error ? error.message : String(error);
  const problem: Problem = { file, line: 1, column: 1, path: '', code: 'crash', message, severity: 'error' };
  return { ok: false, file, reason: 'invalid', problems: [problem] };
}

/** Whether a file name looks like a scenario the game can open (a .json file). */
export function isJsonName(name: string): boolean {
  return /\.json$/i.test(name.trim());
}

/**
 * Checks the text of a scenario file with the same validator as the CLI (and the shared codex's
 * concepts, when given) and turns it into a playable scenario with its warnings (they do not stop the
 * game), or lists every error. `images` are the image paths of its archive, if any: actors'
 * portraits and the map background may name them. Pure and synchronous; never throws.
 */
export function openScenarioText(
  text: string,
  file: string,
  lang: Language,
  codex: ReadonlyMap<string, Concept>,
  images: readonly string[] = [],
): OpenedScenario {
  if (text.length > MAX_SCENARIO_BYTES) return { ok: false, file, reason: 'too-big', size: text.length };
  let result: ReturnType<typeof validateScenarioText>;
  try {
    const knownAssets = {
      ...KNOWN_ASSETS,
      portraits: [...KNOWN_ASSETS.portraits, ...images],
      backgrounds: [...KNOWN_ASSETS.backgrounds, ...images],
    };
    result = validateScenarioText(
      text,
      file,
      codex.size > 0 ? { lang, knownConcepts: [...codex.keys()], knownAssets } : { lang, knownAssets },
    );
  } catch (error) {
    return crashed(file, error);
  }
  if (!result.scenario) {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    return { ok: false, file, reason: 'invalid', problems: sortProblems(errors) };
  }
  const concepts = new Map(codex);
  for (const concept of result.scenario.concepts ?? []) concepts.set(concept.id, concept);
  try {
    const warnings = sortProblems(result.problems.filter((problem) => problem.severity === 'warning'));
    const loaded: PlayableScenario = { ok: true, index: indexScenario(result.scenario), concepts };
    return { ok: true, loaded, text, file, warnings };
  } catch (error) {
    return crashed(file, error);
  }
}
