import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../src/scenario/format';

/** The folder of the bundled scenarios. */
export const SCENARIO_DIR = 'scenarios';

/** Every bundled scenario file (the shared codex excluded), with its parsed content. */
export function bundledScenarios(): { file: string; text: string; scenario: Scenario }[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'codex.json')
    .sort()
    .map((name) => {
      const file = join(SCENARIO_DIR, name);
      const text = readFileSync(file, 'utf8');
      return { file, text, scenario: JSON.parse(text) as Scenario };
    });
}
