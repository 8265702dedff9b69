import type { Translate } from '../../adapters/i18n';
import type { CardView } from '../../engine/view-model';
import type { RoundRecord, Trend } from '../../engine/modes/formation/votes';
import { FAMILIES } from '../../core/vocabulary';
import { el } from '../dom';
import type { FormationController } from './formation-controller';
import { ROLE_KEYS, TREND_KEYS } from './formation-labels';
import { shownNumber } from './vote-strip';

const TRENDS: readonly Trend[] = ['up', 'same', 'down'];
const ARROWS: Record<Trend, string> = { up: '↑', same: '=', down: '↓' };

/** A family's column heading, with the digit that names it while predicting. */
const familyHeading = (t: Translate, family: string, i: number): string =>
  `${i + 1} · ${t(ROLE_KEYS[family] ?? family)}`;

/**
 * The predictions, under the card that stays on screen: which choice the room retained (not played
 * yet), each team's prediction per family (↑ = ↓ buttons, pressed again to clear; or by keys: team,
 * family, ↑/↓/=), the team being typed, and the key that reveals.
 */
export function predictionPanel(t: Translate, controller: FormationController, card: CardView): HTMLElement {
  const state = controller.state;
  const round = state?.round;
  const section = el('section', {
    className: 'formation-votes formation-predict',
    attrs: { 'aria-labelledby': 'formation-predict-heading' },
  });
  if (!state || !round || !round.decided) return section;
  const pendingTeam = state.keys.team;
  const pendingFamily = state.keys.family ?? null;
  const table = el('table', { className: 'formation-predictions' }, [
    el('caption', { text: t('formation.predict.caption') }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: t('formation.predict.team'), attrs: { scope: 'col' } }),
        ...FAMILIES.map((family, i) =>
          el('th', { text: familyHeading(t, family, i), attrs: { scope: 'col' } }),
        ),
      ]),
    ]),
    el(
      'tbody',
      {},
      state.settings.teams.map((team) =>
        el('tr', { className: pendingTeam === team.id ? 'formation-team-pending' : '' }, [
          el('th', { text: `${team.id} · ${team.name}`, attrs: { scope: 'row' } }),
          ...FAMILIES.map((family, i) => {
            const current = round.predictions[team.id]?.[family];
            const typing = pendingTeam === team.id && pendingFamily === i + 1;
            return el('td', { className: typing ? 'formation-predict-typing' : '' }, [
              el(
                'span',
                {
                  className: 'formation-trends',
                  attrs: { role: 'group', 'aria-label': `${team.name} — ${t(ROLE_KEYS[family] ?? family)}` },
                },
                TRENDS.map((trend) => {
                  const button = el('button', {
                    className: 'formation-trend',
                    text: ARROWS[trend],
                    attrs: {
                      type: 'button',
                      'aria-pressed': String(current === trend),
                      'aria-label': t(TREND_KEYS[trend]),
                      'data-fkey': `p-${team.id}-${family}-${trend}`,
                    },
                  });
                  button.addEventListener('click', () =>
                    controller.dispatch({
                      type: 'predict',
                      team: team.id,
                      family,
                      trend: current === trend ? null : trend,
                    }),
                  );
                  return button;
                }),
              ),
            ]);
          }),
        ]),
      ),
    ),
  ]);
  const reveal = el('button', {
    className: 'button button-primary',
    text: t('formation.predict.reveal'),
    attrs: { type: 'button', 'aria-keyshortcuts': 'R PageDown', 'data-fkey': 'reveal' },
  });
  reveal.addEventListener('click', () =>
    controller.dispatch({ type: 'command', command: { type: 'reveal' } }),
  );
  const teamName = state.settings.teams.find((team) => team.id === pendingTeam)?.name ?? '';
  const hint =
    pendingTeam === null
      ? t('formation.step.predictHint')
      : pendingFamily === null
        ? t('formation.step.predictFamily', { team: teamName })
        : t('formation.step.predictTrend', {
            team: teamName,
            family: t(ROLE_KEYS[FAMILIES[pendingFamily - 1] ?? ''] ?? ''),
          });
  section.append(
    el('h3', {
      text: t('formation.step.predictHeading', { choice: shownNumber(card, round.decided.choice) }),
      attrs: { id: 'formation-predict-heading' },
    }),
    el('p', {
      className: 'formation-outcome',
      text: t('formation.step.notPlayed'),
      attrs: { role: 'status' },
    }),
    table,
    el('p', { className: 'hint', text: hint }),
    el('div', { className: 'actions' }, [reveal]),
  );
  return section;
}

/**
 * After the reveal, over the consequences: each team's prediction against what happened, family by
 * family (arrows and words, a ✓ or ✗ for each: never colour alone).
 */
export function predictionResults(
  t: Translate,
  record: RoundRecord,
  teamNames: ReadonlyMap<number, string>,
): HTMLElement | null {
  const teams = [...teamNames.keys()].filter((id) => Object.keys(record.predictions[id] ?? {}).length > 0);
  if (teams.length === 0) return null;
  const word = (trend: Trend): string => `${ARROWS[trend]} ${t(TREND_KEYS[trend])}`;
  return el(
    'section',
    { className: 'formation-results', attrs: { 'aria-labelledby': 'formation-results-heading' } },
    [
      el('h3', { text: t('formation.step.resultsHeading'), attrs: { id: 'formation-results-heading' } }),
      el('table', { className: 'formation-predictions' }, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: t('formation.predict.team'), attrs: { scope: 'col' } }),
            ...FAMILIES.map((family) =>
              el('th', { text: t(ROLE_KEYS[family] ?? family), attrs: { scope: 'col' } }),
            ),
          ]),
        ]),
        el('tbody', {}, [
          el('tr', { className: 'formation-results-actual' }, [
            el('th', { text: t('formation.step.actual'), attrs: { scope: 'row' } }),
            ...FAMILIES.map((family) => el('td', { text: word(record.trends[family]) })),
          ]),
          ...teams.map((id) =>
            el('tr', {}, [
              el('th', {
                text: t('formation.step.teamScore', {
                  team: teamNames.get(id) ?? String(id),
                  right: record.scores[id]?.right ?? 0,
                  predicted: record.scores[id]?.predicted ?? 0,
                }),
                attrs: { scope: 'row' },
              }),
              ...FAMILIES.map((family) => {
                const guess = record.predictions[id]?.[family];
                if (guess === undefined) return el('td', { text: '—' });
                const right = guess === record.trends[family];
                return el('td', {
                  className: right ? 'formation-result-right' : 'formation-result-wrong',
                  text: `${word(guess)} ${right ? '✓' : '✗'}`,
                  attrs: {
                    'aria-label': `${word(guess)} — ${t(right ? 'formation.step.right' : 'formation.step.wrong')}`,
                  },
                });
              }),
            ]),
          ),
        ]),
      ]),
    ],
  );
}
