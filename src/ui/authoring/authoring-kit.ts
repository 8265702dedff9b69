import type { I18n } from '../../adapters/i18n';
import { loadCodexConcepts, type ScenarioLoad } from '../../adapters/scenario-source';
import type { SafeStorage } from '../../adapters/storage';
import type { Concept, Scenario } from '../../scenario/format';
import { el, textButton } from '../dom';
import { createLastOpened } from './last-opened';
import { openScenarioDialog } from './open-scenario-dialog';
import { openScenarioArchive } from '../../engine/authoring/open-archive';
import { openScenarioText, type OpenedScenario } from '../../engine/authoring/open-scenario';
import {
  browserInflate,
  fromBase64,
  imageUrls,
  revokeImageUrls,
  scenarioArchive,
  scenarioArchiveName,
  toBase64,
  type PlayableWithImages,
} from './archive-images';
import { downloadBytes, downloadText, scenarioFileName, scenarioFileText } from './scenario-file';

/** What the authoring kit needs from the shell. */
export interface AuthoringKitOptions {
  host: HTMLElement;
  i18n: I18n;
  storage: SafeStorage;
  /** The scenario selected on the title screen, for "Export" (null when it does not load). */
  selectedScenario: () => Promise<Scenario | null>;
  /** Plays a scenario opened from a file. */
  onPlay: (loaded: Extract<ScenarioLoad, { ok: true }>) => void;
  /** Tells the player something (a notice). */
  report: (message: string) => void;
}

/** The authoring tools on the title screen: open a scenario file, replay the last one, export one. */
export interface AuthoringKit {
  /** Adds the "Write a scenario" section to the title screen shown in the container (once). */
  decorate(container: HTMLElement): void;
  /** Checks a scenario text (shared codex included). */
  check(text: string, file: string): Promise<OpenedScenario>;
  /** Checks a scenario archive (.zip with images). */
  checkArchive(bytes: Uint8Array, file: string): Promise<OpenedScenario>;
}

/** Creates the kit; the codex is loaded once, on first use. */
export function createAuthoringKit(options: AuthoringKitOptions): AuthoringKit {
  const { i18n } = options;
  const last = createLastOpened(options.storage);
  let codex: Promise<Map<string, Concept>> | null = null;
  const concepts = (): Promise<Map<string, Concept>> => (codex ??= loadCodexConcepts(i18n.language));
  const check = async (text: string, file: string, images: readonly string[] = []): Promise<OpenedScenario> =>
    openScenarioText(text, file, i18n.language, await concepts(), images);
  const checkArchive = async (bytes: Uint8Array, file: string): Promise<OpenedScenario> =>
    openScenarioArchive(bytes, file, browserInflate, i18n.language, await concepts());
  /** The scenario opened from a file and on show, with its images' object URLs (for "Export"). */
  let playing: PlayableWithImages | null = null;
  const start = (loaded: PlayableWithImages): void => {
    revokeImageUrls(playing?.imageUrls);
    playing =
      loaded.images && loaded.images.size > 0 ? { ...loaded, imageUrls: imageUrls(loaded.images) } : loaded;
    options.onPlay(playing);
  };
  /** Keeps the scenario for after a reload: the whole archive if it fits, else its text alone. */
  const keep = (opened: Extract<OpenedScenario, { ok: true }>, bytes?: Uint8Array): void => {
    const images = [...(opened.loaded.images?.keys() ?? [])];
    if (bytes && last.write({ file: opened.file, text: opened.text, archive: toBase64(bytes) })) return;
    if (!last.write({ file: opened.file, text: opened.text, ...(images.length > 0 ? { images } : {}) }))
      return options.report(i18n.t('authoring.notKept'));
    if (images.length > 0) options.report(i18n.t('authoring.imagesNotKept'));
  };
  const play = (opened: Extract<OpenedScenario, { ok: true }>, bytes?: Uint8Array): void => {
    keep(opened, bytes);
    start(opened.loaded);
  };
  /** The "open a scenario" dialog, empty or showing what a reopened file still gets wrong. */
  const openDialog = (initial?: OpenedScenario): void => {
    openScenarioDialog({
      host: options.host,
      t: i18n.t,
      lang: i18n.language,
      check,
      checkArchive,
      onPlay: play,
      ...(initial ? { initial } : {}),
    });
  };
  const reopen = async (entry: NonNullable<ReturnType<typeof last.read>>): Promise<OpenedScenario> => {
    const bytes = entry.archive ? fromBase64(entry.archive) : null;
    if (bytes) return checkArchive(bytes, entry.file);
    return check(entry.text, entry.file, entry.images ?? []);
  };
  const playLast = async (): Promise<void> => {
    const entry = last.read();
    if (!entry) return;
    const opened = await reopen(entry);
    if (opened.ok) start(opened.loaded);
    else openDialog(opened);
  };
  const exportSelected = async (): Promise<void> => {
    const scenario = await options.selectedScenario();
    if (!scenario) return options.report(i18n.t('authoring.exportFailed'));
    // A scenario opened from an archive goes back out with its images.
    const images = playing?.index.scenario === scenario ? playing.images : undefined;
    if (images && images.size > 0)
      return downloadBytes(
        scenarioArchiveName(scenario),
        scenarioArchive(scenario, images),
        'application/zip',
      );
    downloadText(scenarioFileName(scenario), scenarioFileText(scenario));
  };

  const section = (): HTMLElement => {
    const { t } = i18n;
    const button = (text: string, action: () => void): HTMLButtonElement => {
      const node = textButton(text, 'button button-quiet');
      node.addEventListener('click', action);
      return node;
    };
    const entry = last.read();
    const lastRow = entry
      ? el('div', { className: 'authoring-last' }, [
          el('p', { text: t('authoring.last', { name: entry.file }) }),
          button(t('authoring.playLast'), () => void playLast()),
          button(t('authoring.forget'), () => {
            last.forget();
            lastRow?.remove();
          }),
        ])
      : null;
    return el('section', { className: 'authoring-kit', attrs: { 'aria-labelledby': 'authoring-heading' } }, [
      el('h3', { text: t('authoring.heading'), attrs: { id: 'authoring-heading' } }),
      el('div', { className: 'actions' }, [
        button(t('authoring.open'), () => openDialog()),
        button(t('authoring.export'), () => void exportSelected()),
      ]),
      lastRow,
    ]);
  };

  return {
    check: (text, file) => check(text, file),
    checkArchive,
    decorate(container) {
      const title = container.querySelector(':scope > .panel-title');
      if (!title || title.querySelector(':scope > .authoring-kit')) return;
      const node = section();
      const hint = title.querySelector(':scope > .hint');
      if (hint) hint.before(node);
      else title.append(node);
    },
  };
}
