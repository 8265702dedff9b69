/**
 * Live preview (development server only): each save of a scenario file arrives as the HMR event
 * `tisser:scenario` (src/build/scenario-live-plugin.ts). The text is checked again; when it is valid and
 * is the scenario being played, the game restarts it with the same seed and the session's choices, so
 * the player is back on the same decision; when it is invalid, an overlay lists the problems (file,
 * line, message) until a save fixes them.
 */
import type { Translate } from '../../adapters/i18n';
import type { OpenedScenario, PlayableScenario } from '../../engine/authoring/open-scenario';
import type { GameSession } from '../../engine/game-session';
import type { SessionFactory } from '../../engine/session-factory';
import type { Language } from '../../scenario/format';
import { el } from '../dom';

/** What the live preview needs from the shell. */
export interface LivePreviewOptions {
  t: Translate;
  lang: () => Language;
  /** Checks a scenario text (the authoring kit's check, shared codex included). */
  check: (text: string, file: string) => Promise<OpenedScenario>;
  /** The session being played (or shown behind the title). */
  current: () => GameSession | null;
  /** Puts the new scenario and its session in place of the current ones and renders. */
  onReload: (loaded: PlayableScenario, session: GameSession) => void;
  sessions: SessionFactory;
}

/** Where a session stands: its screen, phase and card. */
const placeOf = (session: GameSession): string => {
  const view = session.viewModel;
  return `${view.screen}|${view.phase.id}|${view.card?.id ?? ''}`;
};

/**
 * The session of a new version of the scenario, replaying the current session's seed and choices, then
 * continuing through consequence and phase screens until it stands where the current session stands
 * (the replay itself stops at the last choice, or at the first choice the new version no longer offers).
 */
export function relaunch(
  sessions: SessionFactory,
  loaded: PlayableScenario,
  current: GameSession,
  lang: Language,
): GameSession {
  const saved = current.save();
  const options = { seed: saved.seed, lang, concepts: loaded.concepts };
  let next: GameSession;
  try {
    next = sessions.start(loaded, { ...options, choices: saved.choices });
  } catch {
    return sessions.start(loaded, options);
  }
  const target = placeOf(current);
  for (let step = 0; step < 8 && placeOf(next) !== target; step++) {
    const screen = next.viewModel.screen;
    if (screen !== 'consequence' && screen !== 'phase-intro') break;
    next.send({ type: 'CONTINUE' });
  }
  return next;
}

/** Starts listening (a no-op outside the development server); returns the function that stops. */
export function startLivePreview(options: LivePreviewOptions): () => void {
  const hot = import.meta.hot;
  if (!hot) return () => undefined;
  const broken = new Map<string, HTMLElement>();
  const overlay = el('div', { className: 'live-overlay', attrs: { role: 'alert', 'data-live': 'overlay' } });
  const refresh = (): void => {
    overlay.replaceChildren(...broken.values());
    if (broken.size === 0) overlay.remove();
    else if (!overlay.isConnected) document.body.append(overlay);
  };
  const onScenario = async (data: { file: string; text: string }): Promise<void> => {
    const opened = await options.check(data.text, data.file);
    if (!opened.ok) {
      const lines =
        opened.reason === 'invalid'
          ? opened.problems.map((p) => `${p.file}:${p.line}:${p.column}  ${p.message}`)
          : [data.file];
      broken.set(
        data.file,
        el('section', { className: 'live-file' }, [
          el('h2', { text: options.t('authoring.liveBroken', { file: data.file }) }),
          el(
            'ul',
            {},
            lines.map((line) => el('li', { text: line })),
          ),
        ]),
      );
      return refresh();
    }
    broken.delete(data.file);
    refresh();
    const session = options.current();
    if (!session || session.viewModel.scenario.id !== opened.loaded.index.scenario.meta.id) return;
    options.onReload(opened.loaded, relaunch(options.sessions, opened.loaded, session, options.lang()));
  };
  const listener = (data: { file: string; text: string }): void => void onScenario(data);
  hot.on('tisser:scenario', listener);
  return () => {
    hot.off('tisser:scenario', listener);
    overlay.remove();
  };
}
