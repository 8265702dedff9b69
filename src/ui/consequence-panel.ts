import type { Translate } from '../adapters/i18n';
import type { ChangeView, ConsequenceView } from '../engine/view-model';
import type { InitiativeState } from '../scenario/format';
import { continueFromHeading, el, focusableHeading, listen, type Component, textButton } from './dom';

const DIRECTION_KEYS: Record<ChangeView['direction'], string> = {
  up: 'change.up',
  down: 'change.down',
  same: 'change.same',
};

const INITIATIVE_KEYS: Record<InitiativeState, string> = {
  idea: 'initiative.idea',
  emerging: 'initiative.emerging',
  running: 'initiative.running',
  consolidated: 'initiative.consolidated',
  failed: 'initiative.failed',
};

function valueText(t: Translate, change: ChangeView, value: number | string): string {
  if (change.kind === 'initiative' && typeof value === 'string' && value in INITIATIVE_KEYS) {
    return t(INITIATIVE_KEYS[value as InitiativeState]);
  }
  return String(value);
}

/** The cause in words; the choice just made is named briefly, since the panel already quotes it. */
function causeText(t: Translate, change: ChangeView, consequence: ConsequenceView): string {
  const cause = change.cause;
  if ('rule' in cause)
    return t(cause.rule === 'initiative-failed' ? 'change.ruleFailed' : 'change.ruleRequirement');
  if (cause.card === consequence.card && cause.choiceText === consequence.choiceText)
    return t('change.byYourChoice');
  return t('change.byChoice', { text: cause.choiceText });
}

/** One line of the "Why?" list: what moved, which way (words and arrow, not colour alone), and why. */
function changeItem(t: Translate, change: ChangeView, consequence: ConsequenceView): HTMLLIElement {
  const target = change.kind === 'link' ? t('change.link', { target: change.target }) : change.target;
  return el('li', { className: `change change-${change.direction}` }, [
    el('span', { className: 'change-target', text: target }),
    el('span', { className: 'change-direction', text: t(DIRECTION_KEYS[change.direction]) }),
    el('span', {
      className: 'change-values',
      text: t('change.values', {
        from: valueText(t, change, change.from),
        to: valueText(t, change, change.to),
      }),
    }),
    el('span', { className: 'change-cause', text: causeText(t, change, consequence) }),
  ]);
}

/** The consequence of the last choice: feedback, the "Why?" list of changes, concepts, "Continue". */
export function createConsequencePanel(options: {
  t: Translate;
  consequence: ConsequenceView;
  onContinue: () => void;
  /** Opens the codex at a concept. */
  onConcept: (conceptId: string) => void;
  /**
   * Formation, meters hidden by the facilitator: the meter lines are left out of "Why?" and this
   * neutral line stands in their place.
   */
  metersHiddenNote?: string;
}): Component {
  const { t, consequence } = options;
  const note = options.metersHiddenNote;
  const heading = focusableHeading('h2', t('consequence.heading'));
  const next = textButton(t('consequence.continue'), 'button button-primary');
  const changes = note
    ? consequence.changes.filter((change) => change.kind !== 'meter')
    : consequence.changes;
  const hiddenLine =
    note && changes.length < consequence.changes.length
      ? el('li', { className: 'change change-hidden', text: note })
      : null;
  const offs: (() => void)[] = [];
  const element = el(
    'section',
    { className: 'panel panel-consequence', attrs: { 'aria-label': t('consequence.heading') } },
    [
      heading,
      el('p', {
        className: 'your-choice',
        text: t('consequence.youChose', { text: consequence.choiceText }),
      }),
      el('p', { className: 'lead feedback', text: consequence.feedback }),
      el('h3', { className: 'why-heading', text: t('consequence.why'), attrs: { id: 'why-heading' } }),
      changes.length > 0 || hiddenLine
        ? el('ul', { className: 'changes', attrs: { 'aria-labelledby': 'why-heading' } }, [
            ...changes.map((change) => changeItem(t, change, consequence)),
            hiddenLine,
          ])
        : el('p', { text: t('consequence.noChange') }),
      consequence.concepts.length > 0 ? el('h3', { text: t('consequence.concepts') }) : null,
      consequence.concepts.length > 0
        ? el(
            'ul',
            { className: 'concepts' },
            consequence.concepts.map((concept) => {
              const link = el('button', {
                className: 'chip concept-link',
                text: concept.title,
                attrs: { type: 'button', 'aria-haspopup': 'dialog' },
              });
              offs.push(listen(link, 'click', () => options.onConcept(concept.id)));
              return el('li', {}, [link]);
            }),
          )
        : null,
      el('div', { className: 'actions' }, [next]),
    ],
  );
  offs.push(
    listen(next, 'click', () => options.onContinue()),
    continueFromHeading(heading, () => options.onContinue()),
  );
  return {
    element,
    focusTarget: heading,
    unmount() {
      offs.forEach((off) => off());
      element.remove();
    },
  };
}
