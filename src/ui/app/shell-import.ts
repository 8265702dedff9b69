/**
 * "Importer une partie…" (settings): a game exported to a file comes back as a save slot. The file is
 * read (src/engine/modes/save-import.ts) against the scenarios this game can open; an unfinished game
 * of the same scenario is replaced only if the player says so; the imported game is then resumed in
 * solo (an exported game is a solo game), its replay checked like any save's.
 */
import type { Translate } from '../../adapters/i18n';
import { withParam } from '../../adapters/url-params';
import { readImportedSave, type ImportProblem } from '../../engine/modes/save-import';
import type { AppContext } from './app-context';

/** What the player answers when a new game would replace an unfinished one. */
export type ReplaceAnswer = 'new' | 'continue' | 'cancel';

/** Asks whether to replace an unfinished game (the shell's saves' dialog). */
export type AskReplace = (
  title: string,
  text: string,
  labels: { keep: string; replace: string },
) => Promise<ReplaceAnswer>;

/** What the player reads when a file cannot be imported as a game. */
export function importProblemText(t: Translate, problem: ImportProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('save.importEmpty');
    case 'not-json':
    case 'not-a-save':
      return t('save.importNotSave');
    case 'too-new':
      return t('save.importTooNew', { version: problem.version });
    case 'invalid':
      return t('save.importInvalid', { field: problem.field });
    case 'unknown-scenario':
      return t('save.importUnknown', { id: problem.id });
    default:
      return problem satisfies never;
  }
}

/** What the import needs of the shell. */
export interface SaveImportDeps {
  askReplace: AskReplace;
  /** The keys of the scenarios loaded in this page (a scenario opened from a file: `file:<id>:<hash>`). */
  loadedKeys: () => Iterable<string>;
  /** Starts the selected scenario, resuming its save. */
  start: (resume: boolean) => void;
}

/** Builds the import: reads the file's text, asks before replacing, stores the slot and resumes it. */
export function createSaveImport(ctx: AppContext, deps: SaveImportDeps): (text: string) => Promise<void> {
  const { state, actions } = ctx;
  const { saves, i18n, notice, catalog, root } = ctx.services;
  /** The scenario key a scenario id is saved under here, or null when this game cannot open it. */
  const keyOf = (id: string): string | null =>
    catalog.some((entry) => entry.id === id)
      ? id
      : ([state.selected, ...deps.loadedKeys()].find((key) => key.startsWith(`file:${id}:`)) ?? null);
  /** Resumes the save just imported under `key`: in solo, whatever mode was on. */
  const resumeImported = (key: string): void => {
    state.selected = key;
    state.mode = 'solo';
    root.dataset.mode = 'solo';
    let search = withParam(location.search, 'mode', 'solo');
    if (!key.startsWith('file:')) search = withParam(search, 'scenario', key);
    actions.setUrl(search);
    deps.start(true);
  };
  return async (text) => {
    const result = readImportedSave(text, keyOf);
    if (!result.ok) return notice.show(importProblemText(i18n.t, result.problem), i18n.t('dialog.close'));
    const existing = saves.slot(result.key);
    if (existing && !existing.meta.ended) {
      const answer = await deps.askReplace(
        i18n.t('save.importReplaceTitle'),
        i18n.t('save.importReplaceText', {
          turn: existing.session.choices.length,
          imported: result.slot.session.choices.length,
        }),
        { keep: i18n.t('save.importKeep'), replace: i18n.t('save.importReplace') },
      );
      if (answer !== 'new') return;
    }
    if (saves.put(result.key, result.slot) !== 'saved')
      return notice.show(i18n.t('save.importFailed'), i18n.t('dialog.close'));
    resumeImported(result.key);
  };
}
