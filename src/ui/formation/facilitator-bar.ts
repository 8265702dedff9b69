import type { Translate } from '../../adapters/i18n';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { FacilitatorCommand } from '../../engine/modes/formation/shortcuts';
import { el } from '../dom';
import type { FormationController } from './formation-controller';
import { RULE_KEYS } from './formation-labels';

const TIMER_KEYS = {
  off: 'formation.timer.off',
  ready: 'formation.timer.ready',
  running: 'formation.timer.running',
  paused: 'formation.timer.paused',
  expired: 'formation.timer.expired',
} as const;

/** The large timer text at `nowMs`. */
export function timerText(controller: FormationController, nowMs: number): string {
  const timer = controller.state?.timer;
  if (!timer || timer.status === 'off') return '—';
  const { formatRemaining, remaining } = controller.model.timer;
  return formatRemaining(remaining(timer, nowMs));
}

/**
 * The facilitation bar over every screen: the rule, the large timer with its controls (start/pause,
 * ±30 s, off/on), and the discreet facilitator panel (collapsible) with the other commands.
 */
export function facilitatorBar(t: Translate, controller: FormationController, nowMs: number): HTMLElement {
  const state = controller.state;
  const bar = el('section', {
    className: 'formation-bar',
    attrs: { 'aria-label': t('formation.bar.label') },
  });
  if (!state) return bar;
  const command = (cmd: FacilitatorCommand) => () => controller.dispatch({ type: 'command', command: cmd });
  const button = (
    key: string,
    onClick: () => void,
    fkey: string,
    extra: Record<string, string> = {},
  ): HTMLButtonElement => {
    const node = el('button', {
      className: 'button formation-control',
      text: t(key),
      attrs: { type: 'button', 'data-fkey': fkey, ...extra },
    });
    node.addEventListener('click', onClick);
    return node;
  };
  const timer = state.timer;
  const voting = state.round?.status === 'voting';
  const timerControls =
    timer.status === 'off' || !voting
      ? []
      : [
          button(
            timer.status === 'running' ? 'formation.timer.pause' : 'formation.timer.start',
            command({ type: 'timer-toggle' }),
            'timer-toggle',
            { 'aria-keyshortcuts': 'Space' },
          ),
          button(
            'formation.timer.more',
            command({ type: 'timer-extend', ms: controller.model.shortcuts.EXTEND_STEP_MS }),
            'timer-more',
            { 'aria-keyshortcuts': '+' },
          ),
          button(
            'formation.timer.less',
            command({ type: 'timer-extend', ms: -controller.model.shortcuts.EXTEND_STEP_MS }),
            'timer-less',
            { 'aria-keyshortcuts': '-' },
          ),
        ];
  const toggle = button('formation.panel.toggle', command({ type: 'toggle-panel' }), 'panel-toggle', {
    'aria-expanded': String(state.panelOpen),
    'aria-controls': 'formation-panel',
    'aria-keyshortcuts': 'P',
  });
  const panel = el('div', { className: 'formation-panel', attrs: { id: 'formation-panel' } }, [
    timerControls.length > 0
      ? button('formation.timer.turnOff', command({ type: 'skip' }), 'timer-off')
      : null,
    button('formation.panel.next', command({ type: 'next' }), 'next', {
      'aria-keyshortcuts': 'PageDown ArrowRight',
    }),
    state.round?.status === 'voting' || state.round?.status === 'closed'
      ? button(
          state.round.status === 'voting' ? 'formation.panel.close' : 'formation.panel.reopen',
          command({ type: 'close-vote' }),
          'close-vote',
          { 'aria-keyshortcuts': 'C' },
        )
      : null,
    button('formation.panel.skip', command({ type: 'skip' }), 'skip', { 'aria-keyshortcuts': 'S' }),
    button('formation.panel.presenter', command({ type: 'toggle-presenter' }), 'presenter', {
      'aria-keyshortcuts': 'V',
    }),
    button(
      state.metersVisible ? 'formation.panel.hideMeters' : 'formation.panel.showMeters',
      command({ type: 'toggle-meters' }),
      'meters',
      { 'aria-keyshortcuts': 'M' },
    ),
    button('formation.panel.replay', command({ type: 'replay-last-change' }), 'replay', {
      'aria-keyshortcuts': 'L',
    }),
    button('formation.panel.back', command({ type: 'back-one-decision' }), 'back', {
      'aria-keyshortcuts': 'Backspace',
    }),
    button('formation.panel.help', command({ type: 'help' }), 'help', {
      'aria-keyshortcuts': '?',
      'aria-haspopup': 'dialog',
    }),
  ]);
  panel.hidden = !state.panelOpen;
  bar.append(
    el('p', { className: 'formation-rule-shown', text: t(RULE_KEYS[state.settings.rule.rule]) }),
    el('div', { className: `formation-timer formation-timer-${timer.status}` }, [
      el('span', {
        className: 'formation-timer-value',
        text: timerText(controller, nowMs),
        attrs: { role: 'timer', 'aria-label': t('formation.timer.label') },
      }),
      el('span', { className: 'formation-timer-status', text: t(TIMER_KEYS[timer.status]) }),
      ...timerControls,
    ]),
    el('div', { className: 'formation-panel-wrap' }, [toggle, panel]),
  );
  return bar;
}

/** The help lines' labels this interface knows (the model names them by key). */
const HELP_LABELS: readonly string[] = [
  'formation.keys.next',
  'formation.keys.close',
  'formation.keys.pick',
  'formation.keys.predict',
  'formation.keys.presenter',
  'formation.keys.timer',
  'formation.keys.extend',
  'formation.keys.vote',
  'formation.keys.reveal',
  'formation.keys.replay',
  'formation.keys.skip',
  'formation.keys.meters',
  'formation.keys.back',
  'formation.keys.panel',
  'formation.keys.help',
  'formation.keys.cancel',
];

/** Keys the help names in words (the model writes them in French), by their i18n key. */
const KEY_NAMES: Readonly<Record<string, string>> = {
  'Retour arrière': 'formation.keys.backspace',
  Espace: 'formation.keys.space',
  Échap: 'formation.keys.escape',
  'Page suivante': 'formation.keys.pageDown',
};

/** The shortcut help shown on `?`: the keys and what they do. */
export function shortcutHelp(t: Translate, model: typeof FormationModel): HTMLElement {
  return el(
    'dl',
    { className: 'formation-help' },
    model.shortcuts.SHORTCUT_HELP.flatMap((line) => [
      el(
        'dt',
        {},
        line.keys.map((key) => el('kbd', { text: KEY_NAMES[key] ? t(KEY_NAMES[key]) : key })),
      ),
      el('dd', { text: HELP_LABELS.includes(line.labelKey) ? t(line.labelKey) : line.labelKey }),
    ]),
  );
}
