// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createErrorScreen, createCrashScreen } from '../../src/ui/error-screen';
import { createGameTools } from '../../src/ui/game-tools';
import { createHudMeters } from '../../src/ui/hud-meters';
import { createShortcuts } from '../../src/ui/keyboard';
import { createLanguageSwitch } from '../../src/ui/language-switch';
import { createLoadingScreen } from '../../src/ui/loading-screen';
import { createNotice } from '../../src/ui/notice';
import { playScreen } from '../../src/ui/play-screens';
import { mount, seriousViolations } from './axe-check';
import { debriefOf, playedGame } from './game-fixture';
import { t } from './translate';

const { game, views } = playedGame();

const screenOf = (screen: 'phase-intro' | 'card' | 'consequence') => {
  const view = views.get(screen);
  if (!view) throw new Error(`no ${screen} screen`);
  return playScreen(view, {
    t,
    shortcuts: createShortcuts(document),
    portraitUrl: () => null,
    onChoose: () => undefined,
    onContinue: () => undefined,
    onConcept: () => undefined,
    debrief: () => {
      throw new Error('not the end');
    },
  });
};

describe('the play screens have no serious accessibility violation', () => {
  it.each(['phase-intro', 'card', 'consequence'] as const)('%s', async (screen) => {
    mount(screenOf(screen).element);
    expect(await seriousViolations()).toEqual([]);
  });

  it('the debrief', async () => {
    mount(debriefOf(game).element);
    expect(await seriousViolations()).toEqual([]);
  });

  it('the meters, the tools, the language switch, the notice, loading, error and crash screens', async () => {
    const hud = createHudMeters();
    hud.update(views.get('card')?.meters ?? [], t);
    const tools = createGameTools({ onSound: () => undefined, onMenu: () => undefined });
    tools.update(t, true);
    const languages = createLanguageSwitch({ t, lang: 'fr', onChange: () => undefined });
    const noticeHost = document.createElement('div');
    createNotice(noticeHost).show('La sauvegarde a été mise de côté.', t('dialog.close'));
    const page = document.createElement('div');
    page.append(
      hud.element,
      tools.element,
      languages.element,
      noticeHost,
      createLoadingScreen(t, 'Premiers pas').element,
    );
    mount(page);
    expect(await seriousViolations()).toEqual([]);
    mount(
      createErrorScreen({ t, message: 'Scénario inconnu', problems: ['a:1:1 /x'], fallbackHref: '?' })
        .element,
    );
    expect(await seriousViolations()).toEqual([]);
    mount(createCrashScreen({ t, onResume: () => undefined, onRestart: () => undefined }).element);
    expect(await seriousViolations()).toEqual([]);
  });
});
