import type { Translate } from '../../adapters/i18n';
import type { GameState } from '../../core/game-state';
import type { ScenarioIndex } from '../../core/scenario-index';
import type { EcosystemSnapshot } from '../../engine/debrief/debrief-types';
import type { wovenSummary } from '../../engine/modes/evenement/woven';
import { FAMILIES } from '../../core/vocabulary';
import type { FamilyId } from '../../scenario/format';
import { ecosystemChart } from '../debrief-charts';
import { el, listen, textButton } from '../dom';

const FAMILY_KEYS: Record<FamilyId, string> = {
  elus: 'family.elus',
  habitants: 'family.habitants',
  entreprises: 'family.entreprises',
  associations: 'family.associations',
};

/** The final summary card "Ce que vous avez tissé", with the picture of the ecosystem built. */
export interface WovenCard {
  readonly element: HTMLElement;
  readonly focusTarget: HTMLElement;
  unmount(): void;
}

/**
 * The connected actors moved apart to fill the picture (their map positions often sit in its middle),
 * keeping their layout's proportions, so names and threads do not pile up.
 */
export function spread<T extends { x: number; y: number }>(actors: readonly T[]): T[] {
  if (actors.length < 2) return [...actors];
  const xs = actors.map((a) => a.x);
  const ys = actors.map((a) => a.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY, 1);
  // 0–100 with a margin for the names under the discs.
  const scale = 90 / span;
  const offsetX = 50 - ((minX + maxX) / 2) * scale;
  const offsetY = 47 - ((minY + maxY) / 2) * scale;
  return actors.map((a) => ({ ...a, x: a.x * scale + offsetX, y: a.y * scale + offsetY }));
}

const COUNT_KEYS = {
  threads: { one: 'kiosk.threadsOne', other: 'kiosk.threadsOther' },
  cross: { one: 'kiosk.crossOne', other: 'kiosk.crossOther' },
  initiatives: { one: 'kiosk.initiativesOne', other: 'kiosk.initiativesOther' },
} as const;

/**
 * The headline: "3 nouveaux fils, dont 2 entre familles différentes ; 1 initiative lancée", each number
 * with its noun in the singular or the plural as the language wants (French: 0 and 1 take the singular);
 * the "of them" part only when a new thread joins two families.
 */
export function countsText(
  t: Translate,
  lang: string,
  counts: { newThreads: number; crossFamily: number; initiatives: number },
): string {
  const rules = new Intl.PluralRules(lang);
  const part = (keys: { one: string; other: string }, count: number): string =>
    t(rules.select(count) === 'one' ? keys.one : keys.other, { count });
  return t('kiosk.counts', {
    threads: part(COUNT_KEYS.threads, counts.newThreads),
    cross: counts.crossFamily > 0 ? part(COUNT_KEYS.cross, counts.crossFamily) : '',
    initiatives: part(COUNT_KEYS.initiatives, counts.initiatives),
  });
}

/** Builds the card from the final state; `onDone` ends the visit (back to the attract screen). */
export function createWovenCard(options: {
  t: Translate;
  /** The interface language (singular or plural of the counts). */
  lang: string;
  index: ScenarioIndex;
  state: GameState;
  /** The woven summary's model (src/engine/modes/evenement/woven.ts), handed in by the event mode. */
  summarize: typeof wovenSummary;
  onDone: () => void;
}): WovenCard {
  const { t, index } = options;
  const summary = options.summarize(index, options.state);
  const snapshot: EcosystemSnapshot = {
    actors: spread(
      summary.connected.flatMap((id) => {
        const actor = index.actors.get(id);
        return actor
          ? [{ id, name: actor.name, family: actor.family, x: actor.position.x, y: actor.position.y }]
          : [];
      }),
    ),
    links: summary.threads.map(({ from, to, strength }) => ({ from, to, strength })),
    density: summary.threads.reduce((sum, thread) => sum + thread.strength, 0),
  };
  const heading = el('h2', {
    className: 'kiosk-woven-title',
    text: t('kiosk.woven'),
    attrs: { tabindex: '-1' },
  });
  const done = textButton(t('kiosk.done'), 'button button-primary kiosk-done');
  const element = el(
    'section',
    {
      className: 'kiosk-woven',
      attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': t('kiosk.woven') },
    },
    [
      heading,
      el('p', {
        className: 'kiosk-woven-counts',
        text: countsText(t, options.lang, summary.counts),
      }),
      ecosystemChart(snapshot, t('kiosk.picture')),
      el(
        'ul',
        { className: 'kiosk-woven-families' },
        FAMILIES.map((family) =>
          el('li', {
            className: `family-${family}`,
            text: t('kiosk.family', {
              family: t(FAMILY_KEYS[family]),
              connected: summary.families[family].connected,
              total: summary.families[family].total,
            }),
          }),
        ),
      ),
      el('p', { className: 'kiosk-woven-note', text: t('kiosk.noData') }),
      done,
    ],
  );
  const off = listen(done, 'click', () => options.onDone());
  return {
    element,
    focusTarget: heading,
    unmount() {
      off();
      element.remove();
    },
  };
}
