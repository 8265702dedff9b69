/**
 * Development-only Vite plugin (Node side, never bundled into the page): live preview of scenarios.
 * It watches `scenarios/*.json` and `scenarios/drafts/*.json` (drafts are git-ignored and skipped by the
 * content tests) and, on each save, sends the file's text to the page as the custom HMR event
 * `tisser:scenario` `{ file, text }` instead of reloading the page; src/ui/authoring/live-preview.ts checks
 * it and puts the player back on the same decision.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

/**
 * The file's text once its save is over: a save can arrive in several writes (an editor, or a script
 * writing a large file), and the watcher may fire after the first. Reads until two reads 60 ms apart
 * agree, for at most about a second.
 */
async function settledText(file: string, first: string): Promise<string> {
  let text = first;
  for (let i = 0; i < 16; i++) {
    await new Promise((resolve) => setTimeout(resolve, 60));
    const next = await readFile(file, 'utf8').catch(() => text);
    if (next === text) return text;
    text = next;
  }
  return text;
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
      const data: ScenarioEventData = { file: name, text: await settledText(file, await read()) };
      this.environment.hot.send({ type: 'custom', event: SCENARIO_EVENT, data });
      // No page reload: the page swaps the scenario itself.
      return [];
    },
  };
}
