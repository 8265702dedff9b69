/**
 * The author's inspector (`?page=inspecteur`) as a mode of the table (src/ui/mode-registry.ts): a page
 * of its own, instead of the title and the game, showing the selected scenario's phases and cards, with
 * its translation tools and "play from this card".
 */
import * as tools from '../../engine/authoring/inspector-tools';
import type { Mode, ModeHost } from '../mode-contract';
import { createInspector } from './inspector';
import './inspecteur.css';

/** Creates the inspector mode. */
export function createMode(host: ModeHost): Mode {
  return {
    keepsSaves: true,
    async page() {
      const result = await host.load(host.selected());
      if (!result.ok) return host.showLoadError(result);
      host.show('inspector', createInspector(host.i18n.t, host.i18n.language, result, host.sessions, tools));
    },
    teardown: () => undefined,
  };
}
