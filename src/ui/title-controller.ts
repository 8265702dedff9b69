/**
 * The title screen's controller: draws the title (DOM only, before the game shell arrives) over the
 * selected scenario's map, and turns the player's picks into state, address and calls on the game
 * shell, which it waits for when a button is pressed early. Part of the first chunk.
 */
import { DEFAULT_SCENARIO, withParam } from '../adapters/url-params';
import type { AppContext, RenderOptions } from './app/app-context';
import type { GameShell } from './app/game-shell';
import { modeEntry } from './mode-registry';
import { createTitleScreen } from './title-screen';

/** The title, drawn by main.ts's `render` while no game is on show. */
export interface TitleController {
  render(options: RenderOptions): void;
}

/**
 * Creates the controller. `game` loads the game shell (once); `shell` is the loaded one, or null while
 * it is still on its way.
 */
export function createTitleController(
  ctx: AppContext,
  game: () => Promise<GameShell>,
  shell: () => GameShell | null,
): TitleController {
  const { services, state, actions } = ctx;
  const { root, i18n, catalog, art } = services;

  const render = (options: RenderOptions): void => {
    // A re-render of the title keeps focus on the same radio, select or button.
    const active = document.activeElement;
    const keep =
      active instanceof HTMLInputElement && active.closest('#panel-host')
        ? `input[value="${active.value}"]`
        : null;
    root.dataset.screen = 'title';
    // Until Phaser draws it, the selected scenario's map stands behind the title (same cover fit).
    const shown =
      catalog.find((entry) => entry.id === state.selected) ?? catalog.find((e) => e.id === DEFAULT_SCENARIO);
    const backdrop = art.map(shown?.map ?? '');
    Object.assign(services.byId('territory').style, {
      backgroundImage: backdrop ? `url("${backdrop}")` : '',
      backgroundSize: 'cover',
      backgroundPosition: 'center',
    });
    services.panels.show(
      createTitleScreen({
        t: i18n.t,
        lang: i18n.language,
        catalog,
        selected: state.selected,
        mode: state.mode,
        canContinue: services.saves.has(state.selected),
        focusLanguage: options.focusLanguage ?? false,
        onLanguage: actions.chooseLanguage,
        onSelect: (id) => {
          state.selected = id;
          actions.setUrl(withParam(location.search, 'scenario', id));
          // Re-render ("Continue" depends on the scenario), keeping focus on the radio just picked.
          actions.render({ focus: false });
          void game().then((loaded) => loaded.preload());
        },
        onMode: (next) => {
          state.mode = next;
          root.dataset.mode = next;
          actions.setUrl(withParam(location.search, 'mode', next));
          // The mode's chunk and stylesheet arrive while the player looks at the title.
          void modeEntry(next)
            .load()
            .catch(() => undefined);
        },
        onPlay: () => void game().then((loaded) => loaded.start(false)),
        onContinue: () => void game().then((loaded) => loaded.start(true)),
        onSettings: () => void game().then((loaded) => loaded.openSettings()),
      }),
      { focus: options.focus || (options.focusLanguage ?? false) },
    );
    if (keep) document.querySelector<HTMLElement>(`#panel-host ${keep}`)?.focus();
    shell()?.afterTitle();
  };

  return { render };
}
