/**
 * The scenario inspector (`?page=inspecteur`), an author's page: the graph of phases, cards, chains and
 * flags (from src/scenario/authoring/graph.ts, drawn as plain DOM), and the coverage of simulated
 * playthroughs (cards never drawn, rare endings, meters hitting their bounds).
 */
import type { Translate } from '../../adapters/i18n';
import { scenarioCoverage } from '../../engine/authoring/coverage';
import type { PlayableScenario } from '../../engine/authoring/open-scenario';
import { localize } from '../../engine/localize';
import { scenarioGraph } from '../../scenario/authoring/graph';
import { collectStrings } from '../../scenario/authoring/strings-collect';
import { fromCsv, toCsv } from '../../scenario/authoring/strings-formats';
import { importTranslations } from '../../scenario/authoring/strings-import';
import type { Language } from '../../scenario/format';
import { el, type Component } from '../dom';
import { downloadText, scenarioFileName, scenarioFileText } from './scenario-file';

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

/** The inspector of one scenario. */
export function createInspector(t: Translate, lang: Language, loaded: PlayableScenario): Component {
  const { scenario } = loaded.index;
  const graph = scenarioGraph(scenario);
  const chains = (cardId: string): string[] =>
    graph.edges
      .filter((edge) => edge.kind === 'chain' && edge.from === `card:${cardId}`)
      .map((edge) => `${edge.label} → ${edge.to.replace(/^card:/, '')}`);
  const columns = graph.phases.map((phase) =>
    el('section', { className: 'inspector-phase', attrs: { 'data-phase': phase.id } }, [
      el('h3', { text: phase.id }),
      ...phase.cards.map((id) =>
        el('div', { className: 'inspector-card', attrs: { 'data-card': id } }, [
          el('strong', { text: id }),
          list(chains(id), ''),
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
  const percent = (share: number): string => `${Math.round(share * 1000) / 10} %`;
  const heading = el('h2', {
    className: 'panel-heading',
    text: t('inspector.heading', { title: localize(scenario.meta.title, lang) }),
    attrs: { tabindex: '-1', id: 'inspector-heading' },
  });
  // Translation round trip (as `npm run scenario -- strings export|import … --lang en`).
  const exportStrings = el('button', {
    className: 'button button-quiet',
    text: t('inspector.stringsExport'),
    attrs: { type: 'button' },
  });
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
    ],
  );
  return { element, focusTarget: heading, unmount: () => element.remove() };
}
