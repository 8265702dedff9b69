/**
 * The game shell's side of saves (src/adapters/saves.ts): the autosave after each decision, and nothing
 * lost without the player knowing:
 * - a write the storage refuses is told once, with "Export the game" as a way out;
 * - a save that changed in another tab (the `storage` event, or found at the next write) is never
 *   overwritten: the player chooses which game to keep;
 * - a new game that would replace an unfinished save asks first;
 * - a save set aside (unreadable, or of a scenario that changed) can be exported from the notice;
 * - a game exported to a file can be imported back (settings; shell-import.ts), replacing an unfinished
 *   save only if the player says so, and is then resumed (its replay checked like any save).
 */
import type { GameSession } from '../../engine/game-session';
import { encodeSlot, slotOf } from '../../engine/modes/save-slots';
import { scenarioIdOf } from '../../adapters/saves';
import { downloadText } from '../authoring/scenario-file';
import { createDialog } from '../dialog';
import { el, listen, textButton } from '../dom';
import type { SetAsideSaves } from '../set-aside-saves';
import type { AppContext } from './app-context';
import { createSaveImport, type ReplaceAnswer, type SaveImportDeps } from './shell-import';

/** The shell's saves. */
export interface ShellSaves {
  /** Autosaves the game on show (under its scenario key). */
  autosave(key: string, session: GameSession, meta: { turn: number; ended: boolean }): void;
  /** Asks before a new game replaces an unfinished save of the same scenario (answers at once if none). */
  beforeNewGame(key: string): Promise<ReplaceAnswer>;
  /** Tells that the save of `key` was set aside, with a way to export it. */
  toldSetAside(key: string): void;
  /** The set-aside saves, for the settings dialog (export, forget). */
  readonly setAside: SetAsideSaves;
}

/** `save-aside:<scenario key>:<n>` (or an older `save-corrupt:<id>`) in words: the scenario id and n. */
function asideName(storageKey: string): string {
  const parts = storageKey.split(':').slice(1);
  const n = parts.length > 1 ? parts.at(-1) : '';
  return `${scenarioIdOf(parts.slice(0, parts.length > 1 ? -1 : undefined).join(':'))}${n ? ` (${n})` : ''}`;
}

/**
 * Builds the shell's saves; `resumeStored` puts the stored save of `key` back on show (the other tab's);
 * `loadedKeys` and `start` serve the import of a game from a file.
 */
export function createShellSaves(
  ctx: AppContext,
  options: {
    current: () => GameSession | null;
    currentKey: () => string | null;
    resumeStored: () => void;
  } & Pick<SaveImportDeps, 'loadedKeys' | 'start'>,
): ShellSaves {
  const { saves, i18n, notice } = ctx.services;
  let failureTold = false;
  let conflictTold: string | null = null;
  const exportText = (key: string, text: string): void =>
    downloadText(`tisser-sauvegarde-${scenarioIdOf(key) || 'partie'}.json`, `${text}\n`);
  const exportCurrent = (key: string): void => {
    const session = options.current();
    if (session) exportText(key, encodeSlot(slotOf(session.state, Date.now())));
  };
  const tellConflict = (key: string): void => {
    if (conflictTold === key) return;
    conflictTold = key;
    notice.show(i18n.t('save.otherTab'), i18n.t('dialog.close'), [
      { label: i18n.t('save.takeOther'), action: () => ((conflictTold = null), options.resumeStored()) },
      {
        label: i18n.t('save.keepMine'),
        action: () => {
          conflictTold = null;
          saves.claim(key);
          const session = options.current();
          if (session)
            autosave(key, session, { turn: session.state.turn, ended: session.state.screen === 'ended' });
        },
      },
      { label: i18n.t('save.export'), action: () => exportCurrent(key) },
    ]);
  };
  function autosave(key: string, session: GameSession, meta: { turn: number; ended: boolean }): void {
    const result = saves.write(key, session.save(), meta);
    if (result === 'saved') failureTold = false;
    else if (result === 'conflict') tellConflict(key);
    else if (!failureTold) {
      failureTold = true;
      notice.show(i18n.t('save.failed'), i18n.t('dialog.close'), [
        { label: i18n.t('save.export'), action: () => exportCurrent(key) },
      ]);
    }
  }
  // Another tab wrote the save of the game on show: say so now, not at the next decision.
  window.addEventListener('storage', (event) => {
    const key = options.currentKey();
    if (
      key !== null &&
      event.key === `tisser:save:${key}` &&
      ctx.state.started &&
      saves.changedElsewhere(key)
    )
      tellConflict(key);
  });
  /** Asks whether to replace an unfinished game: 'new' (replace), 'continue' (keep it) or 'cancel'. */
  function askReplace(
    title: string,
    text: string,
    labels: { keep: string; replace: string },
  ): Promise<ReplaceAnswer> {
    return new Promise((resolve) => {
      let answer: ReplaceAnswer = 'cancel';
      const dialog = createDialog({
        host: ctx.services.root,
        title,
        closeLabel: i18n.t('save.cancel'),
        className: 'dialog-replace-save',
        onClose: () => resolve(answer),
      });
      const keep = textButton(labels.keep, 'button button-primary');
      const replace = textButton(labels.replace, 'button');
      listen(keep, 'click', () => {
        answer = 'continue';
        dialog.close();
      });
      listen(replace, 'click', () => {
        if (answer === 'cancel') answer = 'new';
        dialog.close();
      });
      dialog.body.append(el('p', { text }), el('div', { className: 'actions' }, [keep, replace]));
      dialog.open();
    });
  }
  const importGame = createSaveImport(ctx, {
    askReplace,
    loadedKeys: options.loadedKeys,
    start: options.start,
  });
  return {
    autosave,
    beforeNewGame(key) {
      const slot = saves.slot(key);
      if (!slot || slot.meta.ended) return Promise.resolve('new');
      return askReplace(i18n.t('save.replaceTitle'), i18n.t('save.replaceText', { turn: slot.meta.turn }), {
        keep: i18n.t('title.continue'),
        replace: i18n.t('save.replace'),
      });
    },
    setAside: {
      entries: () => saves.setAsides().map((entry) => ({ key: entry.key, name: asideName(entry.key) })),
      export: (entry) => {
        const found = saves.setAsides().find((item) => item.key === entry.key);
        if (found) exportText(entry.name.replace(/\W+/g, '-'), found.text);
      },
      forget: (entry) => saves.forgetAside(entry.key),
      importGame: (text) => void importGame(text),
    },
    toldSetAside(key) {
      const latest = saves
        .setAsides()
        .filter((entry) => entry.key.startsWith(`save-aside:${key}:`))
        .at(-1);
      notice.show(
        i18n.t('save.corrupt'),
        i18n.t('dialog.close'),
        latest ? [{ label: i18n.t('save.exportAside'), action: () => exportText(key, latest.text) }] : [],
      );
    },
  };
}
