import type { Translate } from '../adapters/i18n';
import type { SessionOutput } from '../engine/game-session';
import type { ViewModel } from '../engine/view-model';
import { createCardPanel } from './card-panel';
import { createConsequencePanel } from './consequence-panel';
import type { Component } from './dom';
import type { Shortcuts } from './keyboard';
import { createPhasePanel } from './phase-panel';

/** What the in-game screens need from the shell. */
export interface PlayScreenDeps {
  t: Translate;
  shortcuts: Shortcuts;
  portraitUrl: (id: string) => string | null;
  onChoose: (choiceId: string) => void;
  onContinue: () => void;
  onConcept: (conceptId: string) => void;
  /**
   * The debrief screen, built by the shell (it needs the session's state). `sessionCode`: the code the
   * room sees on it (its line, the handout, the summary image), when a mode adds to the game's own
   * (the training's length of play).
   */
  debrief: (sessionCode?: string) => Component;
}

/** The component of the current in-game screen (phase, card, consequence or debrief). */
export function playScreen(view: ViewModel, deps: PlayScreenDeps): Component {
  const { t } = deps;
  if (view.screen === 'card' && view.card) {
    return createCardPanel({
      t,
      card: view.card,
      portraitUrl: deps.portraitUrl(view.card.speaker.portrait),
      shortcuts: deps.shortcuts,
      onChoose: deps.onChoose,
    });
  }
  if (view.screen === 'consequence' && view.consequence) {
    return createConsequencePanel({
      t,
      consequence: view.consequence,
      onContinue: deps.onContinue,
      onConcept: deps.onConcept,
    });
  }
  if (view.screen === 'ended' && view.ending) return deps.debrief();
  return createPhasePanel({ t, view, onContinue: deps.onContinue });
}

/** What the session's signals add to a consequence's announcement: a risk drawn, consequences landed. */
function signalWords(signals: readonly SessionOutput[], t: Translate): string[] {
  return signals.flatMap((signal) => {
    if (signal.type !== 'announce') return [];
    if (signal.what === 'risk')
      return [t(signal.happened ? 'announce.riskHappened' : 'announce.riskAvoided')];
    if (signal.what === 'delayed') return [t('announce.delayed', { count: signal.count })];
    if (signal.what === 'drift') return [t('announce.drift', { count: signal.count })];
    return [];
  });
}

/** The polite announcement of a new screen (with the signals the last event emitted, if any). */
export function announcement(view: ViewModel, t: Translate, signals: readonly SessionOutput[] = []): string {
  if (view.screen === 'phase-intro') return t('announce.phase', { title: view.phase.title });
  if (view.screen === 'card' && view.card) return t('announce.card', { name: view.card.speaker.name });
  if (view.screen === 'consequence' && view.consequence) {
    const moved = view.consequence.changes.filter((change) => change.direction !== 'same').length;
    return [
      t('announce.consequence'),
      view.consequence.feedback,
      view.consequence.outcomeFeedback ?? '',
      ...signalWords(signals, t),
      t('announce.changes', { count: moved }),
    ]
      .filter((part) => part !== '')
      .join(' ');
  }
  if (view.screen === 'ended' && view.ending) return t('announce.ending', { title: view.ending.title });
  return '';
}
