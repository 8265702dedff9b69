import type { Translate } from '../../adapters/i18n';
import type { Trend } from '../../engine/modes/formation/votes';
import { FAMILIES } from '../../core/vocabulary';
import { el } from '../dom';
import type { FormationController } from './formation-controller';
import { ROLE_KEYS, TREND_KEYS } from './formation-labels';

const TRENDS: readonly Trend[] = ['up', 'same', 'down'];
const ARROWS: Record<Trend, string> = { up: '↑', same: '=', down: '↓' };

/**
 * The cover over hidden consequences: each team's prediction per family (up, same, down; pressed
 * again to clear), and the reveal button.
 */
export function predictionCover(
  t: Translate,
  controller: FormationController,
  onReveal: () => void,
): HTMLElement {
  const state = controller.state;
  const round = state?.round;
  const section = el('section', {
    className: 'panel formation-cover',
    attrs: { 'aria-labelledby': 'formation-cover-heading' },
  });
  if (!state || !round) return section;
  const heading = el('h2', {
    className: 'panel-heading',
    text: t('formation.predict.heading'),
    attrs: { id: 'formation-cover-heading', tabindex: '-1' },
  });
  const table = el('table', { className: 'formation-predictions' }, [
    el('caption', { text: t('formation.predict.caption') }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: t('formation.predict.team'), attrs: { scope: 'col' } }),
        ...FAMILIES.map((family) =>
          el('th', { text: t(ROLE_KEYS[family] ?? family), attrs: { scope: 'col' } }),
        ),
      ]),
    ]),
    el(
      'tbody',
      {},
      state.settings.teams.map((team) =>
        el('tr', {}, [
          el('th', { text: team.name, attrs: { scope: 'row' } }),
          ...FAMILIES.map((family) => {
            const current = round.predictions[team.id]?.[family];
            return el('td', {}, [
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
    attrs: { type: 'button', 'aria-keyshortcuts': 'R', 'data-fkey': 'reveal' },
  });
  reveal.addEventListener('click', onReveal);
  section.append(
    heading,
    el('p', { className: 'lead', text: t('formation.predict.lead') }),
    table,
    el('div', { className: 'actions' }, [reveal]),
  );
  return section;
}
