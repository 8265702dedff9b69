import type { Translate } from '../../adapters/i18n';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { FormationSettings } from '../../engine/modes/formation/session';
import type { SessionLength } from '../../engine/modes/formation/session-length';
import type { TeamRole, TeamSetupError } from '../../engine/modes/formation/teams';
import { el, focusableHeading, listen, type Component, textButton } from '../dom';
import { ROLE_KEYS, RULE_KEYS, TIE_KEYS } from './formation-labels';
import { setupCompare } from './setup-compare';

const roleValue = (role: TeamRole): string => role ?? 'none';

/** A length of play as the setup offers it. */
export interface LengthChoice {
  length: SessionLength;
  turns: number;
  minutes: number;
}

/** The label of a length of play: its minutes and the cards it holds at most. */
function lengthLabel(t: Translate, choice: LengthChoice | undefined, length: SessionLength): string {
  if (length === 'full')
    return choice
      ? t('exports.length.fullCount', { cards: choice.turns, minutes: choice.minutes })
      : t('exports.length.full');
  return choice
    ? t('exports.length.minutesCount', { minutes: length, cards: choice.turns })
    : t('exports.length.minutes', { minutes: length });
}

function errorText(
  t: Translate,
  error: TeamSetupError,
  { MIN_TEAMS, MAX_TEAMS }: typeof FormationModel.teams,
): string {
  switch (error.kind) {
    case 'too-few':
    case 'too-many':
      return t('formation.setup.errorCount', { min: MIN_TEAMS, max: MAX_TEAMS });
    case 'empty-name':
      return t('formation.setup.errorEmpty', { team: error.team });
    case 'duplicate-name':
      return t('formation.setup.errorDuplicate', { name: error.name });
    case 'no-voter':
      return t('formation.setup.errorNoVoter');
    case 'unknown-role':
      return t('formation.setup.errorEmpty', { team: error.team });
  }
}

/** A number field in steps of 0.5, from 0.5 to `max` (minutes or seconds), holding `value`. */
function decimalInput(id: string, max: number, value: number): HTMLInputElement {
  const input = el('input', {
    attrs: { type: 'number', id, min: '0.5', max: String(max), step: '0.5', inputmode: 'decimal' },
  });
  input.value = String(value);
  return input;
}

/**
 * The setup of a training session: teams (2–6, names, roles), decision rule and tie-break, discussion
 * timer, predict before reveal. `initial` pre-fills the form (a previous setup).
 */
export function createFormationSetup(options: {
  t: Translate;
  scenarioTitle: string;
  initial: FormationSettings | null;
  /** What each length of play gives on this scenario (cards at most, minutes); null when unknown. */
  lengths?: readonly LengthChoice[] | null;
  onStart: (settings: FormationSettings) => void;
  onBack: () => void;
  /** The formation's pure model, handed in by the mode's module. */
  model: typeof FormationModel;
}): Component {
  const { t } = options;
  const { DECISION_RULES, TIE_BREAKS } = options.model.decisionRule;
  const { createTeams, defaultTeams, MAX_TEAM_NAME, MAX_TEAMS, MIN_TEAMS, TEAM_ROLES } = options.model.teams;
  const roleOf = (value: string): TeamRole => TEAM_ROLES.find((role) => roleValue(role) === value) ?? null;
  const offs: (() => void)[] = [];
  const heading = focusableHeading('h2', t('formation.setup.title'));
  const initialTeams = options.initial?.teams ?? defaultTeams(4, (n) => t('formation.setup.teamName', { n }));
  const count = el('select', { attrs: { id: 'formation-count' } });
  for (let n = MIN_TEAMS; n <= MAX_TEAMS; n++) {
    const option = el('option', { text: String(n), attrs: { value: String(n) } });
    option.selected = n === initialTeams.length;
    count.append(option);
  }
  const rows = el('ol', { className: 'formation-team-rows' });
  const names: HTMLInputElement[] = [];
  const roles: HTMLSelectElement[] = [];
  const renderRows = (): void => {
    const n = Number(count.value);
    while (names.length < n) {
      const i = names.length + 1;
      const previous = initialTeams[i - 1];
      const name = el('input', {
        attrs: {
          id: `formation-team-${i}`,
          type: 'text',
          maxlength: String(MAX_TEAM_NAME),
          autocomplete: 'off',
        },
      });
      name.value = previous?.name ?? t('formation.setup.teamName', { n: i });
      const role = el(
        'select',
        { attrs: { id: `formation-role-${i}` } },
        TEAM_ROLES.map((r) => {
          const option = el('option', {
            text: t(ROLE_KEYS[roleValue(r)] ?? 'formation.role.none'),
            attrs: { value: roleValue(r) },
          });
          option.selected = r === (previous?.role ?? null);
          return option;
        }),
      );
      names.push(name);
      roles.push(role);
    }
    rows.replaceChildren(
      ...names.slice(0, n).map((name, i) =>
        el('li', { className: 'formation-team-row' }, [
          el('label', { text: t('formation.setup.nameOf', { n: i + 1 }), attrs: { for: name.id } }),
          name,
          el('label', {
            text: t('formation.setup.roleOf', { n: i + 1 }),
            attrs: { for: roles[i]?.id ?? '' },
          }),
          roles[i] ?? null,
        ]),
      ),
    );
  };
  renderRows();
  offs.push(listen(count, 'change', renderRows));
  const ruleNow = options.initial?.rule.rule ?? 'majority';
  const ruleRadios = DECISION_RULES.map((rule) => {
    const input = el('input', {
      attrs: { type: 'radio', name: 'formation-rule', value: rule, id: `formation-rule-${rule}` },
    });
    input.checked = rule === ruleNow;
    return el('label', { className: 'formation-radio', attrs: { for: input.id } }, [
      input,
      el('span', { text: t(RULE_KEYS[rule]) }),
    ]);
  });
  const tie = el(
    'select',
    { attrs: { id: 'formation-tie' } },
    TIE_BREAKS.map((value) => {
      const option = el('option', { text: t(TIE_KEYS[value]), attrs: { value } });
      option.selected = value === (options.initial?.rule.tieBreak ?? 'facilitator');
      return option;
    }),
  );
  const timerOn = el('input', { attrs: { type: 'checkbox', id: 'formation-timer-on' } });
  timerOn.checked = options.initial?.timerEnabled ?? true;
  const minutes = decimalInput('formation-minutes', 30, (options.initial?.timerMs ?? 120_000) / 60_000);
  const autoStart = el('input', { attrs: { type: 'checkbox', id: 'formation-autostart' } });
  autoStart.checked = options.initial?.timerAutoStart ?? false;
  const { DEFAULT_REPLAY_MS } = options.model.session;
  const replay = decimalInput(
    'formation-replay',
    10,
    (options.initial?.replayMs ?? DEFAULT_REPLAY_MS) / 1000,
  );
  const { SESSION_LENGTHS, MINUTES_PER_CARD } = options.model.sessionLength;
  const lengthNow = options.initial?.length ?? 'full';
  const length = el(
    'select',
    { attrs: { id: 'formation-length', 'aria-describedby': 'formation-length-hint' } },
    SESSION_LENGTHS.map((value) => {
      const choice = options.lengths?.find((c) => c.length === value);
      const option = el('option', { text: lengthLabel(t, choice, value), attrs: { value: String(value) } });
      option.selected = value === lengthNow;
      return option;
    }),
  );
  const lengthHint = el('p', {
    className: 'formation-hint',
    text: t('exports.length.hint', { minutes: MINUTES_PER_CARD }),
    attrs: { id: 'formation-length-hint' },
  });
  const predict = el('input', { attrs: { type: 'checkbox', id: 'formation-predict' } });
  predict.checked = options.initial?.predict ?? true;
  const error = el('p', { className: 'formation-error', attrs: { role: 'alert' } });
  const start = el('button', {
    className: 'button button-primary',
    text: t('formation.setup.start'),
    attrs: { type: 'submit' },
  });
  const back = textButton(t('formation.setup.back'), 'button');
  const actions = el('div', { className: 'actions' }, [back, start]);
  const form = el('form', { className: 'formation-setup-form', attrs: { novalidate: '' } }, [
    el('fieldset', {}, [
      el('legend', { text: t('formation.setup.teams') }),
      el('label', { text: t('formation.setup.count'), attrs: { for: count.id } }),
      count,
      rows,
    ]),
    el('fieldset', { className: 'formation-rule' }, [
      el('legend', { text: t('formation.setup.rule') }),
      ...ruleRadios,
      el('label', { text: t('formation.setup.tieBreak'), attrs: { for: tie.id } }),
      tie,
    ]),
    el('fieldset', {}, [
      el('legend', { text: t('formation.setup.timing') }),
      el('label', { className: 'formation-check', attrs: { for: timerOn.id } }, [
        timerOn,
        el('span', { text: t('formation.setup.timerOn') }),
      ]),
      el('label', { text: t('formation.setup.minutes'), attrs: { for: minutes.id } }),
      minutes,
      el('label', { className: 'formation-check', attrs: { for: autoStart.id } }, [
        autoStart,
        el('span', { text: t('formation.setup.autoStart') }),
      ]),
      el('label', { text: t('formation.setup.replaySeconds'), attrs: { for: replay.id } }),
      replay,
      el('label', { className: 'formation-check', attrs: { for: predict.id } }, [
        predict,
        el('span', { text: t('formation.setup.predict') }),
      ]),
      el('label', { text: t('exports.length.label'), attrs: { for: length.id } }),
      length,
      lengthHint,
    ]),
    error,
    actions,
  ]);
  const element = el(
    'section',
    { className: 'panel panel-formation-setup', attrs: { 'aria-labelledby': 'formation-setup-heading' } },
    [el('p', { className: 'eyebrow', text: options.scenarioTitle }), heading, form],
  );
  const compare = setupCompare({ t, model: options.model, form, host: element });
  actions.insertBefore(compare.button, start);
  offs.push(
    () => compare.dispose(),
    listen(back, 'click', () => options.onBack()),
    listen(form, 'submit', (event) => {
      event.preventDefault();
      const n = Number(count.value);
      const teams = createTeams(
        names.slice(0, n).map((name, i) => ({ name: name.value, role: roleOf(roles[i]?.value ?? 'none') })),
      );
      if (!teams.ok) {
        error.textContent = errorText(t, teams.error, options.model.teams);
        return;
      }
      const picked = ruleRadios
        .map((label) => label.querySelector('input'))
        .find((input) => input?.checked)?.value;
      const rule = DECISION_RULES.find((r) => r === picked) ?? 'majority';
      const tieBreak = TIE_BREAKS.find((v) => v === tie.value) ?? 'facilitator';
      const mins = Number(minutes.value.replace(',', '.'));
      const secs = Number(replay.value.replace(',', '.'));
      const timerMs = Number.isFinite(mins) && mins > 0 ? Math.round(Math.min(30, mins) * 60_000) : 120_000;
      options.onStart({
        teams: teams.teams,
        rule: { rule, tieBreak },
        timerMs,
        timerEnabled: timerOn.checked,
        predict: predict.checked,
        timerAutoStart: autoStart.checked,
        replayMs:
          Number.isFinite(secs) && secs > 0 ? Math.round(Math.min(10, secs) * 1000) : DEFAULT_REPLAY_MS,
        length: SESSION_LENGTHS.find((value) => String(value) === length.value) ?? 'full',
      });
    }),
  );
  heading.id = 'formation-setup-heading';
  return {
    element,
    focusTarget: heading,
    unmount() {
      offs.forEach((off) => off());
      element.remove();
    },
  };
}
