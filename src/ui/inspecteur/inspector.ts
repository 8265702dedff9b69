/**
 * The scenario inspector (`?page=inspecteur`), an author's page: the graph of phases, cards, chains and
 * flags (from src/scenario/authoring/graph.ts, drawn as plain DOM), and the coverage of simulated
 * playthroughs (cards never drawn, rare endings, meters hitting their bounds).
 */
import type { Translate } from '../../adapters/i18n';
import type * as InspectorTools from '../../engine/authoring/inspector-tools';
import type { PlayableScenario } from '../../engine/authoring/open-scenario';
import { localize } from '../../core/vocabulary';
import type { Language } from '../../scenario/format';
import type { SessionFactory } from '../../engine/session-factory';
import { createArtAssets } from '../../adapters/art-assets';
import { el, type Component, textButton } from '../dom';
import { createInspectorAnalysis } from './inspector-analysis';
import { openCardForm } from './inspector-card-form';
import { createTrial } from './inspector-trial';
import { downloadText, scenarioFileName, scenarioFileText } from '../authoring/scenario-file';

/** Simulated playthroughs behind the coverage (half random, half principled). */
export const INSPECTOR_RUNS = 200;

const list = (items: readonly string[], empty: string): HTMLElement =>
  items.length === 0
    ? el('p', { text: empty })
    : el(
        'ul',
        {},
        items.map((item) => el('li', { text: item })),
      );

/**
 * The inspector of one scenario. Each card of the graph is a button: it opens the "play from this
 * card" form, and the trial game then takes the inspector's place until "Back to the inspector".
 */
export function createInspector(
  t: Translate,
  lang: Language,
  loaded: PlayableScenario,
  sessions: SessionFactory,
  tools: typeof InspectorTools,
): Component {
  const { collectStrings, fromCsv, importTranslations, scenarioCoverage, scenarioGraph, toCsv } = tools;
  const { scenario } = loaded.index;
  const art = createArtAssets();
  let trial: Component | null = null;
  let overview: HTMLElement | null = null;
  const backFromTrial = (card: string): void => {
    trial?.unmount();
    trial = null;
    if (!overview) return;
    overview.hidden = false;
    overview.querySelector<HTMLElement>(`[data-card="${CSS.escape(card)}"] button`)?.focus();
  };
  const playCard = (card: string, opener: HTMLElement): void => {
    openCardForm({
      tools,
      host: opener.ownerDocument.body,
      t,
      lang,
      index: loaded.index,
      card,
      onPlay: (state) => {
        trial?.unmount();
        trial = createTrial({
          t,
          lang,
          loaded,
          state,
          portraitUrl: (id) => art.portrait(id),
          sessions,
          onBack: () => backFromTrial(card),
        });
        if (!overview) return;
        overview.hidden = true;
        overview.after(trial.element);
        trial.focusTarget.focus();
      },
    });
  };
  const cardButton = (id: string): HTMLButtonElement => {
    const button = el('button', {
      className: 'inspector-card-button',
      text: id,
      attrs: { type: 'button', 'aria-label': t('inspector.playFrom', { card: id }) },
    });
    button.addEventListener('click', () => playCard(id, button));
    return button;
  };
  const graph = scenarioGraph(scenario);
  /** A card's note for the facilitator (shown here, never to the room or a solo player). */
  const facilitatorNote = (id: string): HTMLElement | null => {
    const note = loaded.index.cards.get(id)?.facilitatorNote;
    return note
      ? el('p', {
          className: 'inspector-note',
          text: t('inspector.facilitatorNote', { note: localize(note, lang) }),
        })
      : null;
  };
  const chains = (cardId: string): string[] =>
    graph.edges
      .filter((edge) => edge.kind === 'chain' && edge.from === `card:${cardId}`)
      .map((edge) => `${edge.label} → ${edge.to.replace(/^card:/, '')}`);
  const columns = graph.phases.map((phase) =>
    el('section', { className: 'inspector-phase', attrs: { 'data-phase': phase.id } }, [
      el('h3', { text: phase.id }),
      ...phase.cards.map((id) =>
        el('div', { className: 'inspector-card', attrs: { 'data-card': id } }, [
          cardButton(id),
          list(chains(id), ''),
          facilitatorNote(id),
        ]),
      ),
    ]),
  );
  const flagRows = graph.flags.map((flag) => {
    const setBy = graph.edges.filter((e) => e.kind === 'sets' && e.to === `flag:${flag}`).map((e) => e.from);
    const readBy = graph.edges
      .filter((e) => e.kind === 'reads' && e.from === `flag:${flag}`)
      .map((e) => e.to);
    return t('inspector.flag', { flag, set: setBy.join(', ') || '—', read: readBy.join(', ') || '—' });
  });
  const coverage = scenarioCoverage(loaded.index, INSPECTOR_RUNS);
  const analysis = createInspectorAnalysis(t, lang, scenario, tools);
  const percent = (share: number): string => `${Math.round(share * 1000) / 10} %`;
  const heading = el('h2', {
    className: 'panel-heading',
    text: t('inspector.heading', { title: localize(scenario.meta.title, lang) }),
    attrs: { tabindex: '-1', id: 'inspector-heading' },
  });
  // Translation round trip (as `npm run scenario -- strings export|import … --lang en`).
  const exportStrings = textButton(t('inspector.stringsExport'), 'button button-quiet');
  exportStrings.addEventListener('click', () =>
    downloadText(`${scenario.meta.id}.en.csv`, toCsv(collectStrings(scenario, 'en'), 'en'), 'text/csv'),
  );
  const importInput = el('input', {
    attrs: { type: 'file', accept: '.csv,text/csv', id: 'inspector-import' },
  });
  const importStatus = el('p', { attrs: { role: 'status' } });
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (!file) return;
    void file.text().then((csv) => {
      const result = importTranslations(scenarioFileText(scenario), scenario, fromCsv(csv), 'en');
      importStatus.textContent = t('inspector.stringsApplied', { count: result.applied.length });
      downloadText(scenarioFileName(scenario), result.text);
    });
  });
  const element = el(
    'section',
    // Long and scrollable: reachable by keyboard (tabindex 0).
    { className: 'panel inspector', attrs: { 'aria-labelledby': 'inspector-heading', tabindex: '0' } },
    [
      heading,
      (overview = el('div', { className: 'inspector-overview' }, [
        el('p', { className: 'hint', text: t('inspector.playHint') }),
        el('h3', { text: t('inspector.graph') }),
        el(
          'div',
          {
            className: 'inspector-phases',
            attrs: { tabindex: '0', role: 'group', 'aria-label': t('inspector.graph') },
          },
          columns,
        ),
        el('h3', { text: t('inspector.flags') }),
        list(flagRows, '—'),
        el('h3', { text: t('inspector.strings') }),
        el('div', { className: 'actions' }, [exportStrings]),
        el('p', { className: 'field' }, [
          el('label', { text: t('inspector.stringsImport'), attrs: { for: 'inspector-import' } }),
          importInput,
        ]),
        importStatus,
        el('h3', { text: t('inspector.coverage', { runs: coverage.runs }) }),
        el('section', { attrs: { 'data-coverage': 'never-drawn' } }, [
          el('h4', { text: t('inspector.neverDrawn') }),
          list(coverage.neverDrawn, t('inspector.none')),
        ]),
        el('section', { attrs: { 'data-coverage': 'endings' } }, [
          el('h4', { text: t('inspector.endings') }),
          list(
            Object.entries(coverage.endings).map(
              ([id, share]) =>
                `${id} : ${percent(share)}${coverage.rareEndings.includes(id) ? ` (${t('inspector.rare')})` : ''}`,
            ),
            t('inspector.none'),
          ),
        ]),
        el('section', { attrs: { 'data-coverage': 'bounds' } }, [
          el('h4', { text: t('inspector.bounds') }),
          list(
            coverage.metersAtBounds.map(({ id, bound }) => `${id} : ${bound === 'min' ? 'min' : 'max'}`),
            t('inspector.none'),
          ),
        ]),
        analysis.element,
      ])),
    ],
  );
  return {
    element,
    focusTarget: heading,
    unmount: () => {
      trial?.unmount();
      analysis.unmount();
      element.remove();
    },
  };
}
