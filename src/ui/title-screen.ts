import type { Translate, UiLanguage } from '../adapters/i18n';
import type { CatalogEntry } from '../adapters/scenario-catalog';
import { localize } from '../core/vocabulary';
import type { Audience, TerritoryKind } from '../scenario/format';
import { el, listen, type Component, textButton } from './dom';
import { createLanguageSwitch } from './language-switch';
import { titleModes, type ModeId } from './mode-registry';

const AUDIENCE_KEYS: Record<Audience, string> = {
  solo: 'audience.solo',
  formation: 'audience.formation',
  evenement: 'audience.evenement',
};

const TERRITORY_KEYS: Record<TerritoryKind, string> = {
  urbain: 'territory.urbain',
  rural: 'territory.rural',
  industriel: 'territory.industriel',
  periurbain: 'territory.periurbain',
};

/** What the title screen needs: the catalog, the current picks, and what to do. */
export interface TitleOptions {
  t: Translate;
  lang: UiLanguage;
  catalog: readonly CatalogEntry[];
  selected: string;
  mode: ModeId;
  /** Whether a saved game of the selected scenario can be resumed. */
  canContinue: boolean;
  /** Focus the language switch (after switching language) rather than "Play". */
  focusLanguage?: boolean;
  onLanguage: (lang: UiLanguage) => void;
  onSelect: (id: string) => void;
  onMode: (mode: ModeId) => void;
  onPlay: () => void;
  onContinue: () => void;
  onSettings: () => void;
}

function scenarioOption(
  t: Translate,
  lang: UiLanguage,
  entry: CatalogEntry,
  checked: boolean,
  onPick: () => void,
  offs: (() => void)[],
): HTMLDivElement {
  const titleId = `scenario-${entry.id}-title`;
  const detailsId = `scenario-${entry.id}-details`;
  const input = el('input', {
    className: 'scenario-radio',
    attrs: {
      type: 'radio',
      name: 'scenario',
      value: entry.id,
      'aria-labelledby': titleId,
      'aria-describedby': detailsId,
    },
  });
  input.checked = checked;
  offs.push(listen(input, 'change', () => input.checked && onPick()));
  const facts = [
    t('title.duration', { minutes: entry.durationMinutes }),
    t(TERRITORY_KEYS[entry.territory]),
    t('title.audiences', { list: entry.audiences.map((a) => t(AUDIENCE_KEYS[a])).join(', ') }),
  ];
  return el('div', { className: `scenario-option${checked ? ' is-selected' : ''}` }, [
    el('label', { className: 'scenario-label' }, [
      input,
      el('span', { className: 'scenario-text' }, [
        el('span', {
          className: 'scenario-title',
          text: localize(entry.title, lang),
          attrs: { id: titleId },
        }),
        el('span', { className: 'scenario-details', attrs: { id: detailsId } }, [
          el('span', { className: 'scenario-summary', text: localize(entry.summary, lang) }),
          el('span', { className: 'scenario-facts', text: facts.join(' · ') }),
        ]),
      ]),
    ]),
  ]);
}

/** The title screen: plain DOM, interactive before the scenario and Phaser load. */
export function createTitleScreen(options: TitleOptions): Component {
  const { t, lang } = options;
  const offs: (() => void)[] = [];
  const selected = options.catalog.find((entry) => entry.id === options.selected) ?? options.catalog[0];
  const play = textButton(
    options.canContinue ? t('title.newGame') : t('title.play'),
    'button button-primary',
  );
  offs.push(listen(play, 'click', () => options.onPlay()));
  const resume = options.canContinue ? textButton(t('title.continue'), 'button button-primary') : null;
  if (resume) offs.push(listen(resume, 'click', () => options.onContinue()));
  const settings = textButton(t('menu.settings'), 'button button-quiet');
  offs.push(listen(settings, 'click', () => options.onSettings()));
  const languages = createLanguageSwitch({ t, lang, onChange: options.onLanguage });
  offs.push(() => languages.unmount());
  const heading = el('h2', {
    className: 'panel-heading',
    text: t('title.pick'),
    attrs: { tabindex: '-1', id: 'title-heading' },
  });
  const modeSelect = el(
    'select',
    { attrs: { id: 'mode-select' } },
    titleModes().map((mode) => {
      const option = el('option', { text: t(mode.label), attrs: { value: mode.id } });
      option.selected = mode.id === options.mode;
      return option;
    }),
  );
  offs.push(listen(modeSelect, 'change', () => options.onMode(modeSelect.value as ModeId)));
  const element = el(
    'section',
    { className: 'panel panel-title', attrs: { 'aria-labelledby': 'title-heading' } },
    [
      el('p', { className: 'tagline', text: t('app.tagline') }),
      heading,
      el(
        'div',
        { className: 'scenario-list', attrs: { role: 'radiogroup', 'aria-labelledby': 'title-heading' } },
        options.catalog.map((entry) =>
          scenarioOption(t, lang, entry, entry === selected, () => options.onSelect(entry.id), offs),
        ),
      ),
      el('p', { className: 'field' }, [
        el('label', { text: t('title.mode'), attrs: { for: 'mode-select' } }),
        modeSelect,
      ]),
      el('div', { className: 'actions' }, [resume, play]),
      el('div', { className: 'title-tools' }, [languages.element, settings]),
      el('p', { className: 'hint', text: t('title.keysHint') }),
    ],
  );
  return {
    element,
    focusTarget: options.focusLanguage ? languages.focusTarget : (resume ?? play),
    unmount() {
      offs.forEach((off) => off());
      element.remove();
    },
  };
}
