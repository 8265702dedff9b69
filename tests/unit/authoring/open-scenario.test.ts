import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../helpers/memory-storage';
import { createStorage } from '../../../src/adapters/storage';
import { MAX_SCENARIO_BYTES, openScenarioText } from '../../../src/engine/authoring/open-scenario';
import type { Concept } from '../../../src/scenario/format';
import { validateCodexText } from '../../../src/scenario/validation';
import { createLastOpened, MAX_STORED_CHARS } from '../../../src/ui/authoring/last-opened';
import { scenarioFileName, scenarioFileText } from '../../../src/ui/authoring/scenario-file';
import { bundledScenarios } from '../../content/bundled-scenarios';

const codex = new Map<string, Concept>(
  (validateCodexText(readFileSync('scenarios/codex.json', 'utf8'), 'codex.json').codex?.concepts ?? []).map(
    (concept) => [concept.id, concept],
  ),
);

describe('opening a scenario file in the game', () => {
  it('opens every bundled scenario, and its export opens back to the same scenario (sharing round trip)', () => {
    expect(codex.size).toBeGreaterThan(0);
    for (const { file, text } of bundledScenarios()) {
      const opened = openScenarioText(text, file, 'fr', codex);
      if (!opened.ok) throw new Error(`${file}: ${JSON.stringify(opened)}`);
      const scenario = opened.loaded.index.scenario;
      const exported = scenarioFileText(scenario);
      const again = openScenarioText(exported, scenarioFileName(scenario), 'fr', codex);
      if (!again.ok) throw new Error(`${file} (exported): ${JSON.stringify(again)}`);
      expect(again.loaded.index.scenario).toEqual(scenario);
      expect(scenarioFileName(scenario)).toBe(`${scenario.meta.id}.json`);
    }
  });

  it('lists every error with its line, in the asked language, and refuses to play', () => {
    const text = readFileSync('scenarios/premiers-pas.json', 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.includes('"besoins-non-couverts"'));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.replace('"besoins-non-couverts"', '"concept-qui-n-existe-pas"');
    const broken = lines.join('\n');
    const fr = openScenarioText(broken, 'brouillon.json', 'fr', codex);
    const en = openScenarioText(broken, 'brouillon.json', 'en', codex);
    if (fr.ok || fr.reason !== 'invalid' || en.ok || en.reason !== 'invalid') throw new Error('accepted');
    const problem = fr.problems.find((p) => p.line === at + 1);
    expect(problem?.file).toBe('brouillon.json');
    expect(problem?.message).toContain('concept-qui-n-existe-pas');
    expect(en.problems.map((p) => p.message)).not.toEqual(fr.problems.map((p) => p.message));
  });

  it('locates a JSON syntax error and refuses files over the size limit', () => {
    const opened = openScenarioText('{\n  "meta": {\n    "id": "x",,\n', 'casse.json', 'en', codex);
    if (opened.ok || opened.reason !== 'invalid') throw new Error('accepted');
    expect(opened.problems[0]?.line).toBe(3);
    const big = openScenarioText(' '.repeat(MAX_SCENARIO_BYTES + 1), 'gros.json', 'en', codex);
    expect(big).toMatchObject({ ok: false, reason: 'too-big' });
  });
});

describe('the last opened scenario', () => {
  it('is kept across a reload and can be forgotten', () => {
    const backend = memoryStorage();
    createLastOpened(createStorage(() => backend)).write({ file: 'a.json', text: '{"x":1}' });
    const reloaded = createLastOpened(createStorage(() => backend));
    expect(reloaded.read()).toEqual({ file: 'a.json', text: '{"x":1}' });
    reloaded.forget();
    expect(createLastOpened(createStorage(() => backend)).read()).toBeNull();
  });

  it('is not stored when too big (and an older one is dropped, not left stale)', () => {
    const backend = memoryStorage();
    const store = createLastOpened(createStorage(() => backend));
    store.write({ file: 'a.json', text: 'small' });
    expect(store.write({ file: 'b.json', text: 'x'.repeat(MAX_STORED_CHARS) })).toBe(false);
    expect(createLastOpened(createStorage(() => backend)).read()).toBeNull();
  });

  it('ignores a stored value of the wrong shape', () => {
    const backend = memoryStorage();
    backend.setItem('tisser:authoring:last', '{"file":3}');
    expect(createLastOpened(createStorage(() => backend)).read()).toBeNull();
  });
});
