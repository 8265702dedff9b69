import type { I18n, UiLanguage } from '../adapters/i18n';
import type { ScenarioLoad } from '../adapters/scenario-source';
import type { GameSession } from '../engine/game-session';
import { openCodexDialog } from './codex-dialog';
import type { Dialog } from './dialog';
import type { Component } from './dom';
import { createDebriefScreen } from './debrief-screen';
import { openGameMenu } from './game-menu';
import type { SetAsideSaves } from './set-aside-saves';
import { openSettingsDialog } from './settings-dialog';
import type { Settings } from '../adapters/settings';
import type { FamilyId } from '../scenario/format';

/** The session on show and its scenario. */
export interface CurrentGame {
  session: GameSession;
  loaded: Extract<ScenarioLoad, { ok: true }>;
}

/** Opens the dialogs of the game (menu, settings, codex) and builds the debrief. */
export interface PlayDialogs {
  menu(): void;
  settings(): void;
  codex(focus?: string): void;
  /** The debrief; `sessionCode` replaces the game's own code wherever the screen shows it. */
  debrief(onReplay: () => void, sessionCode?: string): Component;
}

const FAMILY_KEYS: Record<FamilyId, string> = {
  elus: 'family.elus',
  habitants: 'family.habitants',
  entreprises: 'family.entreprises',
  associations: 'family.associations',
};

/** Creates the dialog openers; only one dialog is open at a time. */
export function createPlayDialogs(options: {
  host: HTMLElement;
  i18n: I18n;
  current: () => CurrentGame | null;
  settings: () => Settings;
  onSettings: (next: Settings) => void;
  onLanguage: (lang: UiLanguage) => void;
  onRestart: () => void;
  onTitle: () => void;
  isPlaying: () => boolean;
  /** Menu entries a mode adds (solo: "Revenir sur un choix", the tutorial). */
  menuExtras?: () => readonly { key: string; action: () => void }[];
  /** Saves set aside, listed in the settings. */
  setAside?: SetAsideSaves;
}): PlayDialogs {
  const { i18n } = options;
  let open: Dialog | null = null;
  const track = (dialog: Dialog): void => {
    open = dialog;
  };
  const closed = (): void => {
    open = null;
  };
  const ctxOf = (game: CurrentGame) => ({
    index: game.loaded.index,
    lang: i18n.language,
    concepts: game.loaded.concepts,
  });
  const api: PlayDialogs = {
    menu() {
      if (open?.isOpen) return;
      track(
        openGameMenu({
          host: options.host,
          t: i18n.t,
          onSettings: () => api.settings(),
          onCodex: () => api.codex(),
          onRestart: options.onRestart,
          onTitle: options.onTitle,
          extras: options.menuExtras?.() ?? [],
        }),
      );
    },
    settings() {
      if (open?.isOpen) return;
      track(
        openSettingsDialog({
          host: options.host,
          t: i18n.t,
          settings: options.settings(),
          lang: i18n.language,
          onChange: options.onSettings,
          onLanguage: options.onLanguage,
          onClose: closed,
          ...(options.setAside ? { setAside: options.setAside } : {}),
        }),
      );
    },
    codex(focus) {
      const game = options.current();
      if (open?.isOpen || !game) return;
      track(
        openCodexDialog({
          host: options.host,
          t: i18n.t,
          codex: game.session.codex(i18n.language),
          familyName: (family) => i18n.t(FAMILY_KEYS[family as FamilyId] ?? 'family.elus'),
          onClose: closed,
          ...(focus ? { focus } : {}),
        }),
      );
    },
    debrief(onReplay, sessionCode) {
      const game = options.current();
      if (!game) throw new Error('no game to debrief');
      return createDebriefScreen({
        t: i18n.t,
        session: game.session,
        ctx: ctxOf(game),
        onReplay,
        onCodex: () => api.codex(),
        ...(sessionCode === undefined ? {} : { sessionCode }),
      });
    },
  };
  return api;
}
