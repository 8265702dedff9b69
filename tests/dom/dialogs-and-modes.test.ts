// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildDebrief } from '../../src/engine/debrief/build-debrief';
import * as formationModel from '../../src/engine/modes/formation/formation-model';
import { buildReport } from '../../src/engine/modes/formation/report';
import * as rewind from '../../src/engine/modes/solo/rewind';
import { createSessionFactory } from '../../src/engine/session-factory';
import * as inspectorTools from '../../src/engine/authoring/inspector-tools';
import { attractDemo } from '../../src/engine/modes/evenement/attract-demo';
import { wovenSummary } from '../../src/engine/modes/evenement/woven';
import { createAttractScreen } from '../../src/ui/evenement/attract-screen';
import { createWovenCard } from '../../src/ui/evenement/woven-card';
import { createFormationSetup } from '../../src/ui/formation/formation-setup';
import { reportSection } from '../../src/ui/formation/report-section';
import { createInspector } from '../../src/ui/inspecteur/inspector';
import { openRewindDialog } from '../../src/ui/solo/rewind-dialog';
import { mount, seriousViolations } from './axe-check';
import { playDialogsOf, playedGame } from './game-fixture';
import { t } from './translate';

const { game } = playedGame();

describe('dialogs have no serious accessibility violation', () => {
  const host = (): HTMLElement => mount(document.createElement('div'));
  const dialogs = (root: HTMLElement) =>
    playDialogsOf(game, root, () => [{ key: 'menu.rewind', action: () => undefined }]);

  it.each(['menu', 'settings', 'codex'] as const)('%s', async (name) => {
    dialogs(host())[name]();
    expect(document.querySelector('dialog')).not.toBeNull();
    expect(await seriousViolations()).toEqual([]);
  });

  it('solo: "Revenir sur un choix"', async () => {
    const saved = game.session.save();
    openRewindDialog({
      host: host(),
      t,
      lang: 'fr',
      index: game.loaded.index,
      saved,
      book: rewind.emptyBook(saved),
      sessions: createSessionFactory(),
      model: rewind,
      onRewind: () => undefined,
      onClose: () => undefined,
    });
    expect(await seriousViolations()).toEqual([]);
  });
});

describe('the modes’ screens have no serious accessibility violation', () => {
  it('formation: the setup and the session report', async () => {
    mount(
      createFormationSetup({
        t,
        scenarioTitle: 'Premiers pas',
        initial: null,
        onStart: () => undefined,
        onBack: () => undefined,
        model: formationModel,
      }).element,
    );
    expect(await seriousViolations()).toEqual([]);
    const { index } = game.loaded;
    const state = game.session.state;
    const report = buildReport({
      index,
      state,
      rounds: [],
      teams: [
        { id: 1, name: 'Équipe 1', role: null },
        { id: 2, name: 'Équipe 2', role: null },
      ],
      rule: { rule: 'majority', tieBreak: 'facilitator' },
      lang: 'fr',
      sessionCode: buildDebrief(state, { index, lang: 'fr', concepts: game.loaded.concepts }).sessionCode,
    });
    mount(reportSection(t, report, '2025-01-01', [], formationModel));
    expect(await seriousViolations()).toEqual([]);
  });

  it('evenement: the attract screen and the woven card', async () => {
    const attract = createAttractScreen({
      t,
      lang: 'fr',
      loaded: game.loaded,
      title: 'Tisser le territoire',
      every: () => () => undefined,
      stepMs: 1000,
      sessions: createSessionFactory(),
      demo: attractDemo,
      onStart: () => undefined,
    });
    mount(attract.element);
    expect(await seriousViolations()).toEqual([]);
    const woven = createWovenCard({
      t,
      lang: 'fr',
      index: game.loaded.index,
      state: game.session.state,
      summarize: wovenSummary,
      onDone: () => undefined,
    });
    mount(woven.element);
    expect(await seriousViolations()).toEqual([]);
  });

  it('inspecteur: the inspector', async () => {
    // The analysis runs in a worker, which happy-dom has not: one that never answers (the bar stays).
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: unknown = null;
        postMessage(): void {}
        terminate(): void {}
        addEventListener(): void {}
        removeEventListener(): void {}
      },
    );
    mount(createInspector(t, 'fr', game.loaded, createSessionFactory(), inspectorTools).element);
    expect(await seriousViolations()).toEqual([]);
  });
});
