import { indexScenario, type ScenarioIndex } from '../core/scenario-index';
import type { Concept, Language } from '../scenario/format';
import { formatProblem, validateCodexText, validateScenarioText } from '../scenario/validation';

/**
 * Loads the scenarios bundled with the game (scenarios/*.json, each in its own lazy chunk) and the
 * shared codex, validates them (src/scenario/validation, the same checks as the CLI) and turns a file
 * into a playable index or a list of located problems for a friendly error.
 */

/** The outcome of loading a scenario. */
export type ScenarioLoad =
  | { ok: true; index: ScenarioIndex; concepts: Map<string, Concept> }
  | { ok: false; reason: 'unknown'; id: string; available: string[] }
  | { ok: false; reason: 'invalid'; id: string; problems: string[] };

const files = import.meta.glob<string>(['../../scenarios/*.json', '!../../scenarios/codex.json'], {
  query: '?raw',
  import: 'default',
});
const codexFiles = import.meta.glob<string>('../../scenarios/codex.json', {
  query: '?raw',
  import: 'default',
});

const idOf = (path: string): string => path.replace(/^.*\//, '').replace(/\.json$/, '');
const byId = new Map(Object.entries(files).map(([path, load]) => [idOf(path), load]));

/** The ids of the bundled scenarios, sorted. */
export function availableScenarios(): string[] {
  return [...byId.keys()].sort();
}

/** Problems shown to the player at most (the CLI lists them all). */
const MAX_SHOWN = 20;

/** The shared codex's concepts (empty when it cannot be read: only concept titles are lost). */
export async function loadCodexConcepts(lang: Language): Promise<Map<string, Concept>> {
  const concepts = new Map<string, Concept>();
  const load = Object.values(codexFiles)[0];
  if (!load) return concepts;
  try {
    const { codex } = validateCodexText(await load(), 'codex.json', { lang });
    for (const concept of codex?.concepts ?? []) concepts.set(concept.id, concept);
  } catch {
    // A broken codex only loses concept titles; the ids are shown instead.
  }
  return concepts;
}

/** Loads a bundled scenario by id. Never throws. */
export async function loadBundledScenario(id: string, lang: Language): Promise<ScenarioLoad> {
  const load = byId.get(id);
  if (!load) return { ok: false, reason: 'unknown', id, available: availableScenarios() };
  let text: string;
  try {
    text = await load();
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid',
      id,
      problems: [error instanceof Error ? error.message : String(error)],
    };
  }
  const concepts = await loadCodexConcepts(lang);
  let result: ReturnType<typeof validateScenarioText>;
  try {
    // Concept references are checked only against a codex that loaded.
    result = validateScenarioText(
      text,
      `${id}.json`,
      concepts.size > 0 ? { lang, knownConcepts: [...concepts.keys()] } : { lang },
    );
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid',
      id,
      problems: [error instanceof Error ? error.message : String(error)],
    };
  }
  if (!result.scenario) {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    return {
      ok: false,
      reason: 'invalid',
      id,
      problems: errors.slice(0, MAX_SHOWN).map((p) => formatProblem(p, lang)),
    };
  }
  for (const concept of result.scenario.concepts ?? []) concepts.set(concept.id, concept);
  return { ok: true, index: indexScenario(result.scenario), concepts };
}
