import type { Translate } from '../adapters/i18n';
import type { Debrief, EcosystemSnapshot, KeyDecision } from '../engine/debrief/debrief-types';
import { DIMENSIONS } from '../core/vocabulary';
import type { Dimension } from '../scenario/format';
import { curvesChart, ecosystemChart, lineSample } from './debrief-charts';
import { el } from './dom';

/** Translation keys of the four dimensions. */
export const DIMENSION_KEYS: Record<Dimension, string> = {
  cooperation: 'dimension.cooperation',
  powerToAct: 'dimension.powerToAct',
  needsMet: 'dimension.needsMet',
  durability: 'dimension.durability',
};

/** A titled section of the debrief. */
function section(id: string, title: string, children: readonly (Node | null)[]): HTMLElement {
  return el(
    'section',
    { className: `debrief-section debrief-${id}`, attrs: { 'aria-labelledby': `debrief-${id}` } },
    [el('h3', { text: title, attrs: { id: `debrief-${id}` } }), ...children],
  );
}

/** The evaluation on four dimensions: a label, a bar and the number (0–100). */
export function evaluationSection(t: Translate, debrief: Debrief): HTMLElement {
  return section('evaluation', t('ending.evaluation'), [
    el(
      'ul',
      { className: 'evaluation' },
      DIMENSIONS.map((dimension) => {
        const value = debrief.evaluation[dimension];
        const labelId = `dimension-${dimension}`;
        const fill = el('span', { className: 'bar-fill' });
        fill.style.width = `${Math.max(0, Math.min(100, value))}%`;
        return el('li', { className: 'dimension' }, [
          el('span', {
            className: 'dimension-label',
            text: t(DIMENSION_KEYS[dimension]),
            attrs: { id: labelId },
          }),
          el(
            'span',
            {
              className: 'bar',
              attrs: {
                role: 'meter',
                'aria-labelledby': labelId,
                'aria-valuemin': '0',
                'aria-valuemax': '100',
                'aria-valuenow': String(value),
                'aria-valuetext': t('ending.score', { value }),
              },
            },
            [fill],
          ),
          el('span', { className: 'dimension-value', text: String(value), attrs: { 'aria-hidden': 'true' } }),
        ]);
      }),
    ),
  ]);
}

/** What people of the territory say at the end (`ending.voices`), as quotes with their names (null if none). */
export function voicesBlock(t: Translate, debrief: Debrief): HTMLElement | null {
  if (debrief.ending.voices.length === 0) return null;
  return el(
    'div',
    { className: 'ending-voices', attrs: { role: 'group', 'aria-label': t('ending.voices') } },
    debrief.ending.voices.map((voice) =>
      el('figure', { className: `ending-voice family-${voice.family}` }, [
        el('blockquote', { text: t('ending.voice', { text: voice.text }) }),
        el('figcaption', { text: t('ending.voiceBy', { name: voice.name, role: voice.role }) }),
      ]),
    ),
  );
}

/** The story of the territory, in paragraphs; `aside` (the road not taken) after the decisive one. */
export function storySection(t: Translate, debrief: Debrief, aside: HTMLElement | null = null): HTMLElement {
  return section(
    'story',
    t('debrief.story'),
    debrief.story.flatMap((text, i) => {
      const decisive = i === debrief.decisiveParagraph;
      const paragraph = el('p', { text, className: decisive ? 'story-decisive' : '' });
      const turn = debrief.storyTurns[i];
      if (turn !== null && turn !== undefined) paragraph.dataset.turn = String(turn);
      return decisive && aside ? [paragraph, aside] : [paragraph];
    }),
  );
}

/**
 * The meters' curves, their legend, and the timeline table behind a disclosure; `whatIf` gives each
 * decision a button that tells, in `whatIfOut`, where another choice there could have led.
 */
export function timelineSection(
  t: Translate,
  debrief: Debrief,
  whatIf?: (turn: number, out: HTMLElement) => HTMLElement,
): HTMLElement {
  const whatIfOut = el('p', { className: 'what-if-result', attrs: { role: 'status' } });
  const legend = el(
    'ul',
    { className: 'chart-legend' },
    debrief.curves.map((curve, i) => el('li', {}, [lineSample(curve, i), el('span', { text: curve.label })])),
  );
  const head = el('tr', {}, [
    el('th', { text: t('debrief.turn'), attrs: { scope: 'col' } }),
    el('th', { text: t('debrief.decision'), attrs: { scope: 'col' } }),
    ...debrief.curves.map((curve) => el('th', { text: curve.label, attrs: { scope: 'col' } })),
  ]);
  const start = el('tr', {}, [
    el('th', { text: '0', attrs: { scope: 'row' } }),
    el('td', { text: t('debrief.start') }),
    ...debrief.curves.map((curve) => el('td', { text: String(curve.values[0] ?? '') })),
  ]);
  const rows = debrief.timeline.map((entry) =>
    el('tr', { className: entry.key ? 'is-key' : '' }, [
      el('th', { text: String(entry.turn), attrs: { scope: 'row' } }),
      el('td', {}, [
        el('span', { className: 'timeline-phase', text: entry.phaseTitle }),
        el('span', { text: `${entry.speaker} — ${entry.choiceText}` }),
        entry.key ? el('strong', { className: 'timeline-key', text: t('debrief.keyMark') }) : null,
        whatIf ? whatIf(entry.turn, whatIfOut) : null,
      ]),
      ...debrief.curves.map((curve) => el('td', { text: String(entry.meters[curve.id] ?? '') })),
    ]),
  );
  return section('timeline', t('debrief.timeline'), [
    curvesChart(debrief.curves, t('debrief.curvesLabel', { count: debrief.timeline.length })),
    legend,
    el('details', { className: 'timeline-details' }, [
      el('summary', { text: t('debrief.timelineTable') }),
      el('div', { className: 'table-scroll' }, [
        el('table', { className: 'timeline-table' }, [
          el('caption', { className: 'visually-hidden', text: t('debrief.timeline') }),
          el('thead', {}, [head]),
          el('tbody', {}, [start, ...rows]),
        ]),
      ]),
      whatIf ? el('p', { className: 'hint no-print', text: t('debrief.whatIfHint') }) : null,
      whatIf ? whatIfOut : null,
    ]),
  ]);
}

function ecosystemFigure(t: Translate, snapshot: EcosystemSnapshot, caption: string): HTMLElement {
  return el('figure', { className: 'ecosystem' }, [
    ecosystemChart(
      snapshot,
      t('debrief.ecosystemLabel', { caption, links: snapshot.links.length, density: snapshot.density }),
    ),
    el('figcaption', {
      text: `${caption} — ${t('debrief.ecosystemLinks', { links: snapshot.links.length, density: snapshot.density })}`,
    }),
  ]);
}

/** The ecosystem at the start and at the end, side by side. */
export function ecosystemSection(t: Translate, debrief: Debrief): HTMLElement {
  return section('ecosystem', t('debrief.ecosystem'), [
    el('div', { className: 'ecosystem-pair' }, [
      ecosystemFigure(t, debrief.ecosystem.start, t('debrief.atStart')),
      ecosystemFigure(t, debrief.ecosystem.end, t('debrief.atEnd')),
    ]),
    el('p', { className: 'hint', text: t('debrief.ecosystemHint') }),
  ]);
}

function decisionItem(t: Translate, decision: KeyDecision): HTMLElement {
  return el('li', { className: 'key-decision' }, [
    el('p', {
      className: 'eyebrow',
      text: t('debrief.decisionAt', { turn: decision.turn, phase: decision.phaseTitle }),
    }),
    el('p', {
      className: 'situation',
      text: t('debrief.says', { name: decision.speaker, text: decision.situation }),
    }),
    el('p', {}, [
      el('strong', { text: t('debrief.chosen') }),
      document.createTextNode(` ${decision.chosen.text}`),
    ]),
    el('p', { className: 'feedback', text: decision.chosen.feedback }),
    decision.notTaken.length > 0
      ? el('details', { className: 'not-taken' }, [
          el('summary', { text: t('debrief.notTaken', { count: decision.notTaken.length }) }),
          el(
            'ul',
            {},
            decision.notTaken.map((other) =>
              el('li', {}, [el('strong', { text: other.text }), el('p', { text: other.feedback })]),
            ),
          ),
        ])
      : null,
  ]);
}

/** The key decisions and the paths not taken. */
export function decisionsSection(t: Translate, debrief: Debrief): HTMLElement {
  return section('decisions', t('debrief.decisions'), [
    el(
      'ol',
      { className: 'key-decisions' },
      debrief.keyDecisions.map((d) => decisionItem(t, d)),
    ),
  ]);
}

/** What came back later: the delayed consequences that landed and the stated risks drawn (null if none). */
export function chainsSection(t: Translate, debrief: Debrief): HTMLElement | null {
  if (debrief.chains.length === 0 && debrief.risks.length === 0) return null;
  const lines = (items: readonly string[]): HTMLElement =>
    el(
      'ul',
      {},
      items.map((text) => el('li', { text })),
    );
  return section('chains', t('debrief.chains'), [
    debrief.chains.length > 0
      ? lines(
          debrief.chains.map((c) =>
            t('debrief.chain', { turn: c.turn, text: c.text, origin: c.originTurn, choice: c.choiceText }),
          ),
        )
      : null,
    debrief.risks.length > 0 ? el('h3', { text: t('debrief.risks') }) : null,
    debrief.risks.length > 0
      ? lines(
          debrief.risks.map((r) =>
            t(r.happened ? 'debrief.riskHappened' : 'debrief.riskAvoided', {
              turn: r.turn,
              choice: r.choiceText,
              label: r.label,
              chance: r.words,
            }),
          ),
        )
      : null,
  ]);
}

/** The authored questions, by phase and for the ending. */
export function questionsSection(t: Translate, debrief: Debrief): HTMLElement | null {
  if (debrief.questions.length === 0) return null;
  return section(
    'questions',
    t('ending.questions'),
    debrief.questions.map((group) =>
      el('div', { className: 'question-group' }, [
        el('h4', {
          text: group.kind === 'ending' ? t('debrief.endingQuestions', { title: group.title }) : group.title,
        }),
        el(
          'ul',
          { className: 'questions' },
          group.questions.map((text) => el('li', { text })),
        ),
      ]),
    ),
  );
}
