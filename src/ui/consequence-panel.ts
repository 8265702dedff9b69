import type { Translate } from '../adapters/i18n';
import type { ChangeView, ConsequenceView, LandedView } from '../engine/view-model';
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

/** A rule named as the cause of a change. */
function ruleText(t: Translate, change: ChangeView, cause: { rule: string; text?: string }): string {
  switch (cause.rule) {
    case 'initiative-failed':
      return t('change.ruleFailed');
    case 'drift':
      return cause.text ? t('change.ruleDriftText', { text: cause.text }) : t('change.ruleDrift');
    case 'rise-cap':
      return t('change.ruleRiseCap', { lost: change.lost ?? 0 });
    case 'ceiling':
      return t('change.ruleCeiling');
    default:
      return t('change.ruleRequirement');
  }
}

/** The cause in words; the choice just made is named briefly, since the panel already quotes it. */
function causeText(t: Translate, change: ChangeView, consequence: ConsequenceView): string {
  const cause = change.cause;
  if ('rule' in cause) return ruleText(t, change, cause);
  if (cause.via === 'delayed') return t('change.byPast', { turn: cause.turn ?? 0, text: cause.choiceText });
  if (cause.via === 'outcome') return t('change.byOutcome');
  if (cause.via === 'risk') return t('change.byRisk');
  if (cause.card === consequence.card && cause.choiceText === consequence.choiceText)
    return t('change.byYourChoice');
  return t('change.byChoice', { text: cause.choiceText });
}

/** The rules of format 2 whose changes are listed apart from the choice's. */
const RULES_APART = new Set(['drift', 'rise-cap', 'ceiling']);

/** "Suite d'un choix passé": what landed, and the turn and choice it comes from. */
function landedBlock(t: Translate, landed: LandedView): HTMLElement {
  return el('section', { className: 'landed' }, [
    el('h3', { text: t('consequence.landed') }),
    el('p', { text: landed.text }),
    el('p', {
      className: 'landed-from',
      text: t('consequence.landedFrom', { turn: landed.turn, text: landed.choiceText }),
    }),
  ]);
}

/**
 * The "Why?" list: one list when every change comes from the choice just made; otherwise grouped under
 * their origin (this choice, each past choice whose consequence landed, the rules of the game).
 */
function whyList(
  t: Translate,
  changes: readonly ChangeView[],
  consequence: ConsequenceView,
  hiddenLine: HTMLElement | null,
): HTMLElement {
  const item = (change: ChangeView): HTMLLIElement => changeItem(t, change, consequence);
  const list = (items: readonly ChangeView[], extra: HTMLElement | null = null): HTMLElement =>
    el('ul', { className: 'changes', attrs: { 'aria-labelledby': 'why-heading' } }, [
      ...items.map(item),
      extra,
    ]);
  const past = (c: ChangeView): boolean => !('rule' in c.cause) && c.cause.via === 'delayed';
  const rule = (c: ChangeView): boolean => 'rule' in c.cause && RULES_APART.has(c.cause.rule);
  if (!changes.some((c) => past(c) || rule(c))) return list(changes, hiddenLine);
  const own = changes.filter((c) => !past(c) && !rule(c));
  const groups: HTMLElement[] = [];
  if (own.length > 0)
    groups.push(el('h4', { className: 'why-group', text: t('consequence.yourChoice') }), list(own));
  for (const landed of consequence.landed) {
    const mine = changes.filter(
      (c) => past(c) && !('rule' in c.cause) && c.cause.turn === landed.turn && c.cause.card === landed.card,
    );
    if (mine.length === 0) continue;
    groups.push(
      el('h4', {
        className: 'why-group',
        text: `${t('consequence.landed')} ${t('consequence.landedFrom', { turn: landed.turn, text: landed.choiceText })}`,
      }),
      list(mine),
    );
  }
  const rules = changes.filter(rule);
  if (rules.length > 0)
    groups.push(el('h4', { className: 'why-group', text: t('consequence.rules') }), list(rules));
  if (hiddenLine) groups.push(el('ul', { className: 'changes' }, [hiddenLine]));
  return el('div', { className: 'why-groups' }, groups);
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
      consequence.feedback ? el('p', { className: 'lead feedback', text: consequence.feedback }) : null,
      consequence.outcomeFeedback
        ? el('p', { className: 'lead feedback outcome-feedback', text: consequence.outcomeFeedback })
        : null,
      consequence.risk
        ? el('p', {
            className: 'risk-result',
            text: t(consequence.risk.happened ? 'consequence.riskHappened' : 'consequence.riskAvoided', {
              label: consequence.risk.label,
              chance: consequence.risk.words,
            }),
          })
        : null,
      consequence.risk?.feedback ? el('p', { className: 'feedback', text: consequence.risk.feedback }) : null,
      ...consequence.landed.map((landed) => landedBlock(t, landed)),
      consequence.drifts.length > 0
        ? el('div', { className: 'drift-texts' }, [
            el('h3', { text: t('consequence.drifts') }),
            ...consequence.drifts.map((text) => el('p', { text })),
          ])
        : null,
      el('h3', { className: 'why-heading', text: t('consequence.why'), attrs: { id: 'why-heading' } }),
      changes.length > 0 || hiddenLine
        ? whyList(t, changes, consequence, hiddenLine)
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
