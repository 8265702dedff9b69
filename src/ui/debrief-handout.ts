import type { Translate } from '../adapters/i18n';
import type { Handout, HandoutFamily } from '../engine/debrief/handout';
import { el, textButton } from './dom';

/** General discussion questions, used when the scenario's authored ones are fewer than three (the handout asks three). */
const GENERAL_QUESTIONS = ['debrief.handout.q1', 'debrief.handout.q2', 'debrief.handout.q3'];

const KIND_KEYS = {
  success: 'ending.success',
  partial: 'ending.partial',
  failure: 'ending.failure',
} as const;

/** A family's trust at the start and the end: a bar on its range, and the figures. */
function familyRow(t: Translate, f: HandoutFamily): HTMLElement {
  const span = Math.max(1, f.max - f.min);
  const bar = el('span', { className: 'handout-bar', attrs: { 'aria-hidden': 'true' } }, [
    el('span', { className: `handout-bar-fill family-${f.family}` }),
  ]);
  (bar.firstChild as HTMLElement).style.width = `${Math.round((100 * (f.end - f.min)) / span)}%`;
  const arrow = f.end > f.start ? '↗' : f.end < f.start ? '↘' : '→';
  return el('tr', {}, [
    el('th', { text: t(`family.${f.family}`), attrs: { scope: 'row' } }),
    el('td', { text: `${f.start} ${arrow} ${f.end}` }),
    el('td', {}, [bar]),
  ]);
}

/**
 * The one-page A4 handout of the debrief, printed alone through its own button (the page's print button
 * prints the whole debrief): the story, the turning points, the four families, three questions. The
 * sheet is built and put into `host()` when the button is pressed, and taken away after printing (so the
 * page never holds its texts twice).
 */
export function handoutButton(
  t: Translate,
  handout: Handout,
  date: string,
  host: () => HTMLElement,
): HTMLButtonElement {
  // The scenario's questions first, completed by the general ones: as many as the handout asks.
  const questions = [...handout.questions, ...GENERAL_QUESTIONS.map((key) => t(key))].slice(
    0,
    GENERAL_QUESTIONS.length,
  );
  const sheet = (): HTMLElement =>
    el('article', { className: 'handout', attrs: { 'aria-label': t('debrief.handout.title') } }, [
      el('header', { className: 'handout-head' }, [
        el('p', { className: 'handout-eyebrow', text: `${t('app.name')} · ${handout.scenarioTitle}` }),
        el('h2', { text: handout.endingTitle }),
        el('p', {
          className: 'handout-meta',
          text: `${t(KIND_KEYS[handout.kind])} · ${date} · ${t('ending.code', { code: handout.sessionCode })}`,
        }),
      ]),
      el('section', { className: 'handout-story' }, [
        el('h3', { text: t('debrief.story') }),
        ...handout.story.map((text) => el('p', { text })),
      ]),
      el('section', { className: 'handout-side' }, [
        el('h3', { text: t('debrief.handout.steps') }),
        el(
          'ol',
          { className: 'handout-steps' },
          handout.steps.map((s) =>
            el('li', { className: s.decisive ? 'is-decisive' : '' }, [
              el('strong', { text: t('debrief.decisionAt', { turn: s.turn, phase: s.phase }) }),
              el('span', { text: ` ${s.speaker} — ${s.choice}` }),
            ]),
          ),
        ),
        el('h3', { text: t('debrief.handout.families') }),
        el('table', { className: 'handout-families' }, [
          el(
            'tbody',
            {},
            handout.families.map((f) => familyRow(t, f)),
          ),
        ]),
        el('h3', { text: t('debrief.handout.questions') }),
        el(
          'ol',
          { className: 'handout-questions' },
          questions.map((text) => el('li', { text })),
        ),
      ]),
    ]);
  const button = textButton(t('debrief.handout.print'));
  button.addEventListener('click', () => {
    const root = document.documentElement;
    const printed = sheet();
    host().append(printed);
    root.classList.add('print-handout');
    const done = (): void => {
      root.classList.remove('print-handout');
      printed.remove();
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  });
  return button;
}
