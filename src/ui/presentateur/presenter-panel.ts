import type { Translate } from '../../adapters/i18n';
import type { PresenterSnapshot } from '../../engine/modes/formation/presenter-protocol';
import { FAMILIES } from '../../core/vocabulary';
import { el, focusableHeading, listen, type Component } from '../dom';

const ARROWS = { up: '↑', same: '=', down: '↓' } as const;
const TREND_KEYS = { up: 'ArrowUp', same: '=', down: 'ArrowDown' } as const;
const TREND_WORDS = { up: 'formation.trend.up', same: 'formation.trend.same', down: 'formation.trend.down' };
const FAMILY_WORDS: Readonly<Record<string, string>> = {
  elus: 'family.elus',
  habitants: 'family.habitants',
  entreprises: 'family.entreprises',
  associations: 'family.associations',
};
const TIMER_WORDS: Readonly<Record<string, string>> = {
  off: 'formation.timer.off',
  ready: 'formation.timer.ready',
  running: 'formation.timer.running',
  paused: 'formation.timer.paused',
  expired: 'formation.timer.expired',
};
const SCREEN_WORDS: Readonly<Record<string, string>> = {
  phase: 'formation.presenter.screen_phase',
  card: 'formation.presenter.screen_card',
  consequence: 'formation.presenter.screen_consequence',
  debrief: 'formation.presenter.screen_debrief',
};
const STATUS_WORDS: Readonly<Record<string, string>> = {
  voting: 'formation.presenter.status_voting',
  closed: 'formation.presenter.status_closed',
  predicting: 'formation.presenter.status_predicting',
  revealed: 'formation.presenter.status_revealed',
};

/** A control's identity across redraws: its group (a team and family) and its name. */
function controlKey(node: Element | null): string | null {
  if (!(node instanceof HTMLElement) || node.tagName !== 'BUTTON') return null;
  const group = node.closest('[role="group"]')?.getAttribute('aria-label') ?? '';
  return `${group}|${node.getAttribute('aria-label') ?? node.textContent ?? ''}`;
}

/** Where the link to the projected page stands. */
export type PresenterLinkState = 'waiting' | 'live' | 'lost';

/** The presenter panel: drawn again from each snapshot. */
export interface PresenterPanel extends Component {
  update(snapshot: PresenterSnapshot | null, link: PresenterLinkState): void;
}

/**
 * The presenter window's page: the card with the facilitator's note and the discussion questions,
 * whether it is a key card, the round's step, each team's vote and prediction, the tally, the timer, and
 * the controls (close the vote, break a tie, predictions, reveal, next, timer). Every control sends the
 * keys the projected page reads as its own (`send`): the projected page stays the one source of truth.
 */
export function createPresenterPanel(t: Translate, send: (keys: string[]) => void): PresenterPanel {
  const heading = focusableHeading('h2', t('formation.presenter.title'));
  const live = el('p', { className: 'presenter-link', attrs: { role: 'status' } });
  const content = el('div', { className: 'presenter-content' });
  const element = el(
    'main',
    { className: 'presenter-page', attrs: { 'aria-labelledby': 'presenter-title' } },
    [heading, live, content, el('p', { className: 'hint', text: t('formation.presenter.keysHint') })],
  );
  heading.id = 'presenter-title';
  let offs: (() => void)[] = [];
  /** What was drawn last, the timer's text aside: the same snapshot again redraws nothing. */
  let drawn = '';
  /** The timer's line, written in place while the timer runs (nothing else is redrawn each second). */
  let timerLine: HTMLElement | null = null;
  const timerLineText = (s: PresenterSnapshot): string =>
    ` · ${t('formation.presenter.timer', { time: s.timer.text, status: t(TIMER_WORDS[s.timer.status] ?? 'formation.timer.off') })}`;
  const control = (label: string, keys: string[], shortcut?: string): HTMLButtonElement => {
    const button = el('button', {
      className: 'button presenter-control',
      text: label,
      attrs: { type: 'button', ...(shortcut ? { 'aria-keyshortcuts': shortcut } : {}) },
    });
    offs.push(listen(button, 'click', () => send(keys)));
    return button;
  };
  const cardSection = (s: PresenterSnapshot): HTMLElement | null => {
    const card = s.card;
    if (!card) return null;
    // Focusable: on the laptop it scrolls on its own (presentateur.css), by keyboard too.
    return el(
      'section',
      { className: 'presenter-card', attrs: { 'aria-labelledby': 'presenter-card-h', tabindex: '0' } },
      [
        el('h2', {
          text: `${t('formation.presenter.card', { turn: s.turn })} — ${card.speaker}`,
          attrs: { id: 'presenter-card-h' },
        }),
        el('p', {
          className: card.key ? 'presenter-key presenter-key-on' : 'presenter-key',
          text: card.key ? `★ ${t('formation.presenter.keyCard')}` : t('formation.presenter.notKey'),
        }),
        el('h3', { text: t('formation.presenter.note') }),
        el('p', { className: 'presenter-note', text: card.note ?? t('formation.presenter.noNote') }),
        card.discussion.length > 0 ? el('h3', { text: t('formation.presenter.discussion') }) : null,
        card.discussion.length > 0
          ? el(
              'ul',
              { className: 'presenter-discussion' },
              card.discussion.map((text) => el('li', { text })),
            )
          : null,
        el(
          'ol',
          { className: 'presenter-choices' },
          card.choices.map((choice) =>
            el('li', {
              className: s.decided === choice.number ? 'presenter-chosen' : '',
              text: `${choice.number}. ${choice.text}${s.decided === choice.number ? ` — ${t('formation.step.chosenMark')}` : ''}`,
            }),
          ),
        ),
        el('p', { className: 'presenter-text', text: card.text }),
      ],
    );
  };
  const teamsTable = (s: PresenterSnapshot): HTMLElement =>
    el('table', { className: 'presenter-teams' }, [
      el('caption', { text: t('formation.presenter.votes') }),
      el('thead', {}, [
        el('tr', {}, [
          el('th', { text: t('formation.predict.team'), attrs: { scope: 'col' } }),
          el('th', { text: t('formation.presenter.vote'), attrs: { scope: 'col' } }),
          ...FAMILIES.map((family, i) =>
            el('th', { text: `${i + 1} · ${t(FAMILY_WORDS[family] ?? family)}`, attrs: { scope: 'col' } }),
          ),
        ]),
      ]),
      el(
        'tbody',
        {},
        s.teams.map((team) =>
          el('tr', { className: s.pending.team === team.id ? 'formation-team-pending' : '' }, [
            el('th', { text: `${team.id} · ${team.name}`, attrs: { scope: 'row' } }),
            el('td', {
              text: team.observer
                ? t('formation.vote.observing')
                : team.vote === null
                  ? '—'
                  : t('formation.step.choiceN', { n: team.vote }),
            }),
            ...FAMILIES.map((family, i) => {
              const current = team.prediction[family];
              if (s.phase !== 'predict') return el('td', { text: current ? ARROWS[current] : '' });
              return el('td', {}, [
                el(
                  'span',
                  {
                    className: 'formation-trends',
                    attrs: {
                      role: 'group',
                      'aria-label': `${team.name} — ${t(FAMILY_WORDS[family] ?? family)}`,
                    },
                  },
                  (['up', 'same', 'down'] as const).map((trend) => {
                    const button = control(ARROWS[trend], [
                      'Escape',
                      String(team.id),
                      String(i + 1),
                      TREND_KEYS[trend],
                    ]);
                    button.className = 'formation-trend';
                    button.setAttribute('aria-label', t(TREND_WORDS[trend]));
                    button.setAttribute('aria-pressed', String(current === trend));
                    return button;
                  }),
                ),
              ]);
            }),
          ]),
        ),
      ),
    ]);
  const controls = (s: PresenterSnapshot): HTMLElement => {
    const buttons: (HTMLElement | null)[] = [
      s.status === 'voting' ? control(t('formation.panel.close'), ['c'], 'C') : null,
      s.status === 'closed' ? control(t('formation.panel.reopen'), ['c'], 'C') : null,
      ...(s.phase === 'pick'
        ? s.tally.map((row) =>
            control(t('formation.step.breakWith', { n: row.number }), [String(row.number)]),
          )
        : []),
      s.status === 'predicting' ? control(t('formation.predict.reveal'), ['r'], 'R') : null,
      control(t('formation.panel.next'), ['PageDown'], 'PageDown'),
      s.timer.status !== 'off' && s.status === 'voting'
        ? control(
            t(s.timer.status === 'running' ? 'formation.timer.pause' : 'formation.timer.start'),
            [' '],
            'Space',
          )
        : null,
      s.timer.status !== 'off' && s.status === 'voting'
        ? control(t('formation.timer.more'), ['+'], '+')
        : null,
      s.timer.status !== 'off' && s.status === 'voting'
        ? control(t('formation.timer.less'), ['-'], '-')
        : null,
      control(t('formation.panel.replay'), ['l'], 'L'),
    ];
    return el(
      'section',
      { className: 'presenter-controls', attrs: { 'aria-labelledby': 'presenter-controls-h' } },
      [
        el('h2', { text: t('formation.presenter.controls'), attrs: { id: 'presenter-controls-h' } }),
        el('div', { className: 'actions' }, buttons),
      ],
    );
  };
  return {
    element,
    focusTarget: heading,
    update(s, link) {
      const key = `${link}|${JSON.stringify(s ? { ...s, timer: { ...s.timer, text: '' } } : null)}`;
      if (key === drawn) {
        if (s && timerLine) timerLine.textContent = timerLineText(s);
        return;
      }
      drawn = key;
      // The control in focus, found again after the redraw (a keyboard user keeps their place).
      const focused = content.contains(document.activeElement) ? controlKey(document.activeElement) : null;
      offs.forEach((off) => off());
      offs = [];
      live.textContent =
        link === 'lost' ? t('formation.presenter.lost') : s ? '' : t('formation.presenter.waiting');
      if (!s) {
        content.replaceChildren();
        return;
      }
      const step = s.status
        ? t(STATUS_WORDS[s.status] ?? 'formation.presenter.status_none')
        : t('formation.presenter.status_none');
      content.replaceChildren(
        ...[
          el('p', { className: 'presenter-state' }, [
            el('span', {
              text: t('formation.presenter.screen', {
                screen: SCREEN_WORDS[s.screen] ? t(SCREEN_WORDS[s.screen] ?? '') : s.screen,
              }),
            }),
            el('span', { text: ` · ${t('formation.presenter.status', { status: step })}` }),
            (timerLine = el('span', { className: 'presenter-timer', text: timerLineText(s) })),
          ]),
          s.outcome ? el('p', { className: 'presenter-outcome', text: s.outcome }) : null,
          s.tally.length > 0
            ? el(
                'ol',
                { className: 'formation-tally', attrs: { 'aria-label': t('formation.step.tally') } },
                s.tally.map((row) =>
                  el('li', {
                    text: `${t('formation.step.choiceN', { n: row.number })} : ${t(row.votes > 1 ? 'formation.step.manyVotes' : 'formation.step.oneVote', { count: row.votes })}${row.chosen ? ` ${t('formation.step.chosenMark')}` : ''}`,
                  }),
                ),
              )
            : null,
          controls(s),
          s.teams.length > 0 && s.card ? teamsTable(s) : null,
          cardSection(s),
        ].filter((node): node is HTMLElement => node !== null),
      );
      if (focused)
        [...content.querySelectorAll<HTMLElement>('button')].find((b) => controlKey(b) === focused)?.focus();
    },
    unmount() {
      offs.forEach((off) => off());
      element.remove();
    },
  };
}
