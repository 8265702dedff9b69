import type { Concept, Language } from '../../scenario/format';
import { validateCodexText } from '../../scenario/validation';

const codexFiles = import.meta.glob<string>('../../../scenarios/codex.json', {
  query: '?raw',
  import: 'default',
});

/** The shared codex's concepts (empty when it cannot be read: only concept titles are lost). */
export async function loadCodexConcepts(lang: Language): Promise<Map<string, Concept>> {
  const concepts = new Map<string, Concept>();
  const load = Object.values(codexFiles)[0];
  if (!load) return concepts;
  try {
    const { codex } = validateCodexText(await load(), 'codex.json', { lang });
    for (const concept of codex?.concepts ?? []) concepts.set(concept.id, concept);
  } catch {
    // Unreadable codex: concept references are then not checked.
  }
  return concepts;
}
