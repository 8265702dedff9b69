import { indexScenario, type ScenarioIndex } from '../../core/scenario-index';
import { KNOWN_ASSETS } from '../../scenario/assets';
import type { Concept, Language, Scenario } from '../../scenario/format';
import type { ArchiveError, ArchiveImage } from './open-archive';
import { sortProblems, validateScenarioText, type Problem } from '../../scenario/validation';

/** The largest scenario file the game opens (the validator's own limit). */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** The largest scenario archive the game opens (see ZIP_LIMITS). */
export const MAX_ARCHIVE_BYTES = 20 * 1024 * 1024;

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
function crashed(file: string, error: unknown): OpenRefusal {
  const message = error instanceof Error ? error.message : String(error);
  const problem: Problem = { file, line: 1, column: 1, path: '', code: 'crash', message, severity: 'error' };
  return { ok: false, file, reason: 'invalid', problems: [problem] };
}

/** Whether a file name looks like a scenario archive (a .zip file). */
export function isArchiveName(name: string): boolean {
  return /\.zip$/i.test(name.trim());
}

/** Whether a file name looks like a scenario the game can open (a .json file). */
export function isJsonName(name: string): boolean {
  return /\.json$/i.test(name.trim());
}

/** A refusal: every variant of an opened scenario but the playable one. */
export type OpenRefusal = Exclude<OpenedScenario, { ok: true }>;

/**
 * Validates the text of a scenario file with the same validator as the CLI, knowing the shared codex's
 * concept ids (when given) and the image paths of its archive, if any (portraits and the map background
 * may name them): the scenario with its warnings, or every error. Pure and synchronous; never throws.
 */
export function checkScenarioText(
  text: string,
  file: string,
  lang: Language,
  conceptIds: readonly string[],
  images: readonly string[] = [],
): { ok: true; scenario: Scenario; warnings: Problem[] } | OpenRefusal {
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
      conceptIds.length > 0 ? { lang, knownConcepts: [...conceptIds], knownAssets } : { lang, knownAssets },
    );
  } catch (error) {
    return crashed(file, error);
  }
  if (!result.scenario) {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    return { ok: false, file, reason: 'invalid', problems: sortProblems(errors) };
  }
  const warnings = sortProblems(result.problems.filter((problem) => problem.severity === 'warning'));
  return { ok: true, scenario: result.scenario, warnings };
}

/** A checked scenario made playable: its index and its concepts (the shared codex's and its own). */
export function playableScenario(
  scenario: Scenario,
  codex: ReadonlyMap<string, Concept>,
  images?: ReadonlyMap<string, ArchiveImage>,
): PlayableScenario {
  const concepts = new Map(codex);
  for (const concept of scenario.concepts ?? []) concepts.set(concept.id, concept);
  return { ok: true, index: indexScenario(scenario), concepts, ...(images ? { images } : {}) };
}

/**
 * Checks the text of a scenario file (see `checkScenarioText`, with the shared codex's concepts) and
 * turns it into a playable scenario with its warnings (they do not stop the game), or lists every error.
 * Pure and synchronous; never throws.
 */
export function openScenarioText(
  text: string,
  file: string,
  lang: Language,
  codex: ReadonlyMap<string, Concept>,
  images: readonly string[] = [],
): OpenedScenario {
  const checked = checkScenarioText(text, file, lang, [...codex.keys()], images);
  if (!checked.ok) return checked;
  try {
    return {
      ok: true,
      loaded: playableScenario(checked.scenario, codex),
      text,
      file,
      warnings: checked.warnings,
    };
  } catch (error) {
    return crashed(file, error);
  }
}
