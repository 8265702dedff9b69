/**
 * Development-only Vite plugin (Node side, never bundled into the page): live preview of scenarios.
 * It watches `scenarios/*.json` and `scenarios/drafts/*.json` (drafts are git-ignored and skipped by the
 * content tests) and, on each save, sends the file's text to the page as the custom HMR event
 * `tisser:scenario` `{ file, text }` instead of reloading the page; src/ui/authoring/live-preview.ts checks
 * it and puts the player back on the same decision.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The custom HMR event the page listens to. */
export const SCENARIO_EVENT = 'tisser:scenario';

/** What the page receives on each save of a scenario file. */
export interface ScenarioEventData {
  /** The file name, e.g. `premiers-pas.json` (or `drafts/mon-brouillon.json`). */
  file: string;
  text: string;
}

/** Files not sent: the shared codex and the schemas are not scenarios. */
const SKIPPED = new Set(['codex.json']);

/** The name under which a changed file is sent, or null when it is not a watched scenario file. */
export function scenarioFileOf(scenariosDir: string, file: string): string | null {
  const dir = resolve(dirname(file));
  const name = basename(file);
  if (!name.endsWith('.json') || SKIPPED.has(name)) return null;
  if (dir === resolve(scenariosDir)) return name;
  if (dir === resolve(scenariosDir, 'drafts')) return `drafts/${name}`;
  return null;
}

/** The plugin; `scenariosDir` is the repository's scenarios/ folder. */
export function scenarioLivePlugin(scenariosDir: string): Plugin {
  return {
    name: 'tisser-scenario-live',
    apply: 'serve',
    configureServer(server) {
      // The page root is src/: scenarios/ (drafts/ included) is outside it, so it is added to the watcher.
      mkdirSync(join(scenariosDir, 'drafts'), { recursive: true });
      server.watcher.add(scenariosDir);
    },
    async hotUpdate({ file, type, read }) {
      if (this.environment.name !== 'client' || type === 'delete') return;
      const name = scenarioFileOf(scenariosDir, file);
      if (!name) return;
      const data: ScenarioEventData = { file: name, text: await read() };
      this.environment.hot.send({ type: 'custom', event: SCENARIO_EVENT, data });
      // No page reload: the page swaps the scenario itself.
      return [];
    },
  };
}
