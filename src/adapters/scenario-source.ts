import { indexScenario, type ScenarioIndex } from '../core/scenario-index';
import type { Codex, Concept, Language, Scenario } from '../scenario/format';

/**
 * Loads the scenarios bundled with the game (scenarios/*.json, each in its own lazy chunk) and the
 * shared codex, and turns a file into a playable index or a list of problems for a friendly error.
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Interim loader until the validator lands: parses the JSON, checks the top-level shape and indexes
 * the scenario. It returns problems in plain words rather than throwing.
 */
export function loadScenario(raw: string): { scenario?: Scenario; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { problems: [`JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isObject(data)) return { problems: ['/: not an object'] };
  const problems: string[] = [];
  if (data.formatVersion !== 1) problems.push('/formatVersion: expected 1');
  if (!isObject(data.meta) || typeof data.meta.id !== 'string') problems.push('/meta/id: missing');
  for (const key of ['actors', 'meters', 'phases', 'cards', 'endings']) {
    if (!Array.isArray(data[key]) || (data[key] as unknown[]).length === 0)
      problems.push(`/${key}: expected a non-empty list`);
  }
  if (!isObject(data.evaluation)) problems.push('/evaluation: missing');
  return problems.length > 0 ? { problems } : { scenario: data as unknown as Scenario, problems };
}

async function loadConcepts(): Promise<Map<string, Concept>> {
  const concepts = new Map<string, Concept>();
  const load = Object.values(codexFiles)[0];
  if (!load) return concepts;
  try {
    const codex = JSON.parse(await load()) as Partial<Codex>;
    for (const concept of codex.concepts ?? [])
      if (concept && typeof concept.id === 'string') concepts.set(concept.id, concept);
  } catch {
    // A broken codex only loses concept titles; the ids are shown instead.
  }
  return concepts;
}

/** Loads a bundled scenario by id. Never throws. */
export async function loadBundledScenario(id: string, _lang: Language): Promise<ScenarioLoad> {
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
  const concepts = await loadConcepts();
  // SWAP when src/scenario/validate* lands: validateScenarioText(text, `${id}.json`, { lang: _lang, knownConcepts: [...concepts.keys()] }) and format its problems.
  const result = loadScenario(text);
  if (!result.scenario) return { ok: false, reason: 'invalid', id, problems: result.problems };
  for (const concept of result.scenario.concepts ?? []) concepts.set(concept.id, concept);
  return { ok: true, index: indexScenario(result.scenario), concepts };
}
