/** Writes src/adapters/scenario-catalog.json from scenarios/*.json: `npm run scenarios:catalog`. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import type { CatalogEntry } from '../adapters/scenario-catalog';
import type { Scenario } from '../scenario/format';

/** The catalog entry of a scenario (the fields the title screen shows). */
export function catalogEntry(scenario: Scenario): CatalogEntry {
  const { meta } = scenario;
  return {
    id: meta.id,
    title: meta.title,
    summary: meta.summary,
    durationMinutes: meta.durationMinutes,
    audiences: meta.audiences,
    territory: meta.territory,
    map: scenario.map.template,
    languages: meta.languages,
  };
}

/** The catalog of every scenario file in a folder (codex.json aside), shortest first, then by id. */
export function buildCatalog(folder: string): CatalogEntry[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && name !== 'codex.json')
    .map((name) => catalogEntry(JSON.parse(readFileSync(join(folder, name), 'utf8')) as Scenario))
    .sort((a, b) => a.durationMinutes - b.durationMinutes || a.id.localeCompare(b.id));
}

/** The catalog file's text as committed (formatted by Prettier like every JSON file). */
export async function catalogText(folder: string): Promise<string> {
  return format(JSON.stringify(buildCatalog(folder)), { parser: 'json', printWidth: 110 });
}

if (process.argv[1] !== undefined && /build-catalog\.[tj]s$/.test(process.argv[1])) {
  const root = new URL('../../', import.meta.url).pathname;
  const target = join(root, 'src/adapters/scenario-catalog.json');
  writeFileSync(target, await catalogText(join(root, 'scenarios')));
  process.stdout.write(`written ${target}\n`);
}
