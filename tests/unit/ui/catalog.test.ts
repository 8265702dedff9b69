import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogText } from '../../../src/cli/build-catalog';

const ROOT = join(import.meta.dirname, '../../..');
const SCENARIOS = join(ROOT, 'scenarios');
const committed = readFileSync(join(ROOT, 'src/adapters/scenario-catalog.json'), 'utf8');

describe('scenario catalog (title screen)', () => {
  it('is up to date with scenarios/*.json (run npm run scenarios:catalog)', async () => {
    expect(committed).toBe(await catalogText(SCENARIOS));
  });

  it('lists every bundled scenario once, with a French title and a duration', () => {
    const entries = JSON.parse(committed) as { id: string; title: { fr: string }; durationMinutes: number }[];
    const files = readdirSync(SCENARIOS)
      .filter((f) => f.endsWith('.json') && f !== 'codex.json')
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(entries.map((e) => e.id).sort()).toEqual(files);
    for (const entry of entries) {
      expect(entry.title.fr.length).toBeGreaterThan(0);
      expect(entry.durationMinutes).toBeGreaterThan(0);
    }
  });
});
