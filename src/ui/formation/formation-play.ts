import type { Translate } from '../../adapters/i18n';
import type { CardView, ViewModel } from '../../engine/view-model';
import { createCardPanel } from '../card-panel';
import { createConsequencePanel } from '../consequence-panel';
import { createDialog, type Dialog } from '../dialog';
import { el, type Component } from '../dom';
import type { Shortcuts } from '../keyboard';
import { playScreen, type PlayScreenDeps } from '../play-screens';
import { facilitatorBar, shortcutHelp, timerText } from './facilitator-bar';
import type { FormationController } from './formation-controller';
import { predictionPanel, predictionResults } from './predictions';
import type { PresenterLink } from './presenter-link';
import { presenterSnapshot } from './presenter-snapshot';
import { voteStrip } from './vote-strip';

/** What the facilitated screens need besides the ordinary ones. */
export interface FormationPlayContext {
  t: Translate;
  controller: FormationController;
  shortcuts: Shortcuts;
  host: HTMLElement;
  say: (text: string) => void;
  now: () => number;
  /** A counted interval (diagnostics); returns its stop. */
  interval: (callback: () => void, ms: number) => () => void;
  /** Hides or shows the map's meter board. */
  hideMeters: (hidden: boolean) => void;
  /** The team part of the debrief, appended to the ordinary debrief. */
  debriefExtra: (panel: HTMLElement) => HTMLElement;
  /**
   * The session code the room sees, from the game's own: with the length of play (`.45min`), so that
   * the debrief's line, the handout, the summary image, the report and its QR code show one code.
   */
  roomCode: (gameCode: string) => string;
  /** The presenter window's link: snapshots out, keys in. */
  presenter: PresenterLink;
}

/** Keys the facilitator uses (KeyboardEvent.key values). Escape is bound only while a vote is typed. */
const KEYS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  ' ',
  '+',
  '=',
  '-',
  'r',
  'R',
  'l',
  'L',
  's',
  'S',
  'm',
  'M',
  'p',
  'P',
  'c',
  'C',
  'v',
  'V',
  '0',
  '?',
  'Backspace',
  'PageDown',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
];

/**
 * A digit typed after a team names a choice by its number on screen; the facilitation model counts
 * only the choices that can be taken, so the digit is translated. A choice the meters cannot pay takes
 * no vote: its digit gives the reason to announce instead.
 */
export function voteKey(card: CardView | null, key: string): { key: string } | { reason: string } {
  if (!card || !/^[1-9]$/.test(key)) return { key };
  const shown = card.choices.find((choice) => String(choice.number) === key);
  if (!shown) return { key };
  if (shown.unavailable) return { reason: shown.unavailable.reason };
  return { key: String(card.choices.filter((choice) => choice.unavailable === null).indexOf(shown) + 1) };
}

/**
 * Marks the retained choice on the card (a class and the words "choice retained", never colour alone)
 * while the room predicts; unmarks the others.
 */
function markChosen(panel: HTMLElement | null, card: CardView, decided: string | null, words: string): void {
  if (!panel) return;
  const buttons = [...panel.querySelectorAll<HTMLElement>('.choices .choice')];
  card.choices.forEach((choice, i) => {
    const button = buttons[i];
    if (!button) return;
    const chosen = choice.id === decided;
    button.classList.toggle('formation-chosen', chosen);
    const tag = button.querySelector('.formation-chosen-tag');
    if (chosen && !tag) button.append(el('span', { className: 'formation-chosen-tag', text: words }));
    else if (!chosen) tag?.remove();
  });
}

/** Rebuilds `host`'s children, keeping focus on the control with the same `data-fkey`. */
function rebuild(host: HTMLElement, children: readonly HTMLElement[]): void {
  const active = document.activeElement;
  const fkey = active instanceof HTMLElement && host.contains(active) ? active.dataset.fkey : undefined;
  host.replaceChildren(...children);
  if (fkey) host.querySelector<HTMLElement>(`[data-fkey="${fkey}"]`)?.focus();
}

/**
 * A facilitated screen: the facilitation bar (rule, timer, discreet panel), then the card with its
 * discussion prompts and the vote strip, or the covered consequences with the predictions, or the
 * ordinary screen. Keys are read by the facilitation model; the `?` help is a modal dialog.
 */
export function formationPlayScreen(
  view: ViewModel,
  deps: PlayScreenDeps,
  ctx: FormationPlayContext,
): Component {
  const { t, controller } = ctx;
  const offs: (() => void)[] = [];
  const bar = el('div', { className: 'formation-bar-host' });
  const body = el('div', { className: 'formation-body' });
  let inner: Component | null = null;
  let help: Dialog | null = null;
  let unbindEscape: (() => void) | null = null;
  const card = view.screen === 'card' ? view.card : null;
  if (card) {
    inner = createCardPanel({
      t,
      card,
      portraitUrl: deps.portraitUrl(card.speaker.portrait),
      shortcuts: ctx.shortcuts,
      onChoose: (choice) => controller.dispatch({ type: 'pick', choice }),
    });
    // Digits are read as team then choice here: the vote strip carries its own hint.
    inner.element.querySelector('.hint')?.remove();
    // A key card of the scenario is marked (a star and words), for the room and the facilitator.
    if (card.key)
      inner.element
        .querySelector('.situation')
        ?.before(el('p', { className: 'formation-key-card', text: `★ ${t('formation.presenter.keyCard')}` }));
    // The prompts come after the choices, so the room sees what it votes on without scrolling.
    if (card.discussion.length > 0)
      inner.element.append(
        el('div', { className: 'formation-prompts' }, [
          el('h3', { text: t('formation.prompts') }),
          el(
            'ul',
            {},
            card.discussion.map((text) => el('li', { text })),
          ),
        ]),
      );
  } else if (view.screen === 'ended') {
    inner = deps.debrief(ctx.roomCode(view.sessionCode));
    const tools = inner.element.querySelector('.debrief-tools');
    inner.element.insertBefore(ctx.debriefExtra(inner.element), tools);
  } else if (view.screen !== 'consequence') inner = playScreen(view, deps);
  const strip = el('div', { className: 'formation-strip' });
  let consequence: Component | null = null;
  let metersShown = controller.state?.metersVisible !== false;
  /** Whether the consequence panel on show was drawn with the meters (null: not drawn yet). */
  let metersShownOnPanel: boolean | null = null;
  const draw = (): void => {
    const state = controller.state;
    const metersHidden = state?.metersVisible === false;
    // "Masquer les jauges": every meter display goes (DOM meters, map board, choice previews, numbers
    // in "Why?"), the threads stay. The change is said aloud.
    ctx.hideMeters(metersHidden);
    if (metersShown === metersHidden) {
      metersShown = !metersHidden;
      ctx.say(t(metersHidden ? 'formation.meters.hiddenSaid' : 'formation.meters.shownSaid'));
    }
    rebuild(bar, [facilitatorBar(t, controller, ctx.now())]);
    if (card) {
      const decided = state?.round?.decided?.choice ?? null;
      rebuild(strip, [
        state?.round?.status === 'predicting'
          ? predictionPanel(t, controller, card)
          : voteStrip(t, controller, card),
      ]);
      markChosen(inner?.element ?? null, card, decided, t('formation.step.chosenMark'));
    }
    if (view.screen === 'consequence' && view.consequence && metersShownOnPanel !== !metersHidden) {
      metersShownOnPanel = !metersHidden;
      consequence?.unmount();
      consequence = createConsequencePanel({
        t,
        consequence: view.consequence,
        onContinue: deps.onContinue,
        onConcept: deps.onConcept,
        ...(metersHidden ? { metersHiddenNote: t('formation.meters.hiddenNote') } : {}),
      });
      // Each team's prediction against what happened, over the consequences of the card just revealed.
      const round = state?.round;
      const record = state?.history.at(-1);
      const results =
        round?.status === 'revealed' && record && record.turn === round.turn && state
          ? predictionResults(t, record, new Map(state.settings.teams.map((team) => [team.id, team.name])))
          : null;
      if (results) consequence.element.querySelector('.panel-heading')?.after(results);
      rebuild(body, [consequence.element]);
    }
    const game = document.getElementById('game');
    game?.toggleAttribute('data-formation-meters-hidden', metersHidden);
    if (state && state.keys.team !== null && !unbindEscape)
      unbindEscape = ctx.shortcuts.bind(['Escape'], (key) => controller.dispatch({ type: 'key', key }));
    else if (state?.keys.team === null && unbindEscape) {
      unbindEscape();
      unbindEscape = null;
    }
    if (state?.helpOpen && !help) {
      help = createDialog({
        host: ctx.host,
        title: t('formation.help.title'),
        closeLabel: t('dialog.close'),
        className: 'formation-help-dialog',
        onClose: () => {
          help = null;
          if (controller.state?.helpOpen) controller.dispatch({ type: 'command', command: { type: 'help' } });
        },
      });
      help.body.append(shortcutHelp(t, controller.model));
      help.open();
    } else if (state && !state.helpOpen && help) help.close();
  };
  function onKey(key: string): void {
    const state = controller.state;
    const phase = state ? controller.model.session.keyPhase(state) : 'none';
    // A choice's digit (after a team, or to break a tie) is its number on screen: translated.
    const translate = (phase === 'vote' && (state?.keys.team ?? null) !== null) || phase === 'pick';
    const read = translate ? voteKey(card, key) : { key };
    if ('reason' in read) ctx.say(read.reason);
    else controller.dispatch({ type: 'key', key: read.key });
  }
  const publish = (): void => ctx.presenter.publish(presenterSnapshot(t, view, controller, ctx.now()));
  if (inner) body.append(inner.element);
  if (card) body.append(strip);
  draw();
  publish();
  offs.push(controller.subscribe(publish));
  offs.push(controller.subscribe(draw));
  offs.push(
    ctx.shortcuts.bind(KEYS, onKey),
    // The presenter's keys are read as this page's own.
    ctx.presenter.onKeys(onKey),
  );
  // The discussion timer: the model is pure, the shell ticks it.
  let expired = controller.state?.timer.status === 'expired';
  offs.push(
    ctx.interval(() => {
      const timer = controller.state?.timer;
      if (timer?.status !== 'running') return;
      controller.dispatch({ type: 'tick' });
      const value = bar.querySelector('.formation-timer-value');
      const text = timerText(controller, ctx.now());
      if (value && value.textContent !== text) {
        value.textContent = text;
        publish();
      }
      const now = controller.state?.timer.status === 'expired';
      if (now && !expired) ctx.say(t('formation.timer.expired'));
      expired = now;
    }, 250),
  );
  const element = el('div', { className: 'formation-screen' }, [bar, body]);
  const focusTarget = inner?.focusTarget ?? body.querySelector<HTMLElement>('[tabindex="-1"]') ?? element;
  return {
    element,
    focusTarget,
    unmount() {
      offs.forEach((off) => off());
      unbindEscape?.();
      // The next screen is built before this one goes: uncover only if no cover is on show then.
      queueMicrotask(() => {
        if (!document.querySelector('.formation-cover'))
          document.getElementById('game')?.removeAttribute('data-formation-covered');
        // Out of the facilitation (back to the title, another mode): the meters show again.
        if (!document.querySelector('.formation-screen')) {
          document.getElementById('game')?.removeAttribute('data-formation-meters-hidden');
          ctx.hideMeters(false);
        }
      });
      help?.close();
      inner?.unmount();
      consequence?.unmount();
      element.remove();
    },
  };
}
