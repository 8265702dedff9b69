import type { I18n } from '../../adapters/i18n';
import { loadCodexConcepts, type ScenarioLoad } from '../../adapters/scenario-source';
import type { SafeStorage } from '../../adapters/storage';
import type { Concept, Scenario } from '../../scenario/format';
import { el, textButton } from '../dom';
import { createLastOpened } from './last-opened';
import { openScenarioDialog } from './open-scenario-dialog';
import type { CheckedFile } from '../../engine/authoring/check-file';
import {
  isArchiveName,
  isJsonName,
  MAX_ARCHIVE_BYTES,
  MAX_SCENARIO_BYTES,
  openScenarioText,
  playableScenario,
  type OpenedScenario,
} from '../../engine/authoring/open-scenario';
import { createFileChecker, type FileSource } from './file-checker';
import { imageUrls, revokeImageUrls, type PlayableWithImages } from './archive-images';
import { downloadBytes, downloadText, scenarioFileName, scenarioFileText } from './scenario-file';
import './authoring.css';

/** What the authoring kit needs from the shell. */
export interface AuthoringKitOptions {
  host: HTMLElement;
  i18n: I18n;
  storage: SafeStorage;
  /** The scenario selected on the title screen, for "Export" (null when it does not load). */
  selectedScenario: () => Promise<Scenario | null>;
  /** Plays a scenario opened from a file; `hash` identifies its content (its saves are kept by it). */
  onPlay: (loaded: Extract<ScenarioLoad, { ok: true }>, hash: string) => void;
  /** Tells the player something (a notice). */
  report: (message: string) => void;
}

/** The authoring tools on the title screen: open a scenario file, replay the last one, export one. */
export interface AuthoringKit {
  /** Adds the "Write a scenario" section to the title screen shown in the container (once). */
  decorate(container: HTMLElement): void;
  /** Checks a scenario text in the page (shared codex included): the live preview of the author's files. */
  check(text: string, file: string): Promise<OpenedScenario>;
}

type Checked = Extract<CheckedFile, { ok: true }>;

/** Refuses at once what is not a scenario file or is too big; otherwise checks the file off the page. */
function readAndCheck(file: File, checkFile: (file: File) => Promise<CheckedFile>): Promise<CheckedFile> {
  if (isArchiveName(file.name)) {
    const max = MAX_ARCHIVE_BYTES;
    if (file.size > max)
      return Promise.resolve({
        ok: false,
        file: file.name,
        reason: 'archive',
        error: { code: 'archive-too-big', size: file.size, max },
      });
  } else if (!isJsonName(file.name))
    return Promise.resolve({ ok: false, file: file.name, reason: 'not-json' });
  else if (file.size > MAX_SCENARIO_BYTES)
    return Promise.resolve({ ok: false, file: file.name, reason: 'too-big', size: file.size });
  return checkFile(file);
}

/** Creates the kit; the codex is loaded once, on first use. */
export function createAuthoringKit(options: AuthoringKitOptions): AuthoringKit {
  const { i18n } = options;
  const last = createLastOpened(options.storage);
  let codex: Promise<Map<string, Concept>> | null = null;
  const concepts = (): Promise<Map<string, Concept>> => (codex ??= loadCodexConcepts(i18n.language));
  const check = async (text: string, file: string): Promise<OpenedScenario> =>
    openScenarioText(text, file, i18n.language, await concepts());
  // Files are opened, unpacked and validated in a worker: the page never waits on a big file.
  const checker = createFileChecker();
  /** The archives (base64) of checked files small enough to keep after a reload. */
  const archives = new WeakMap<Checked, string>();
  /** Big scenarios whose JSON the worker holds until they are played. */
  const held = new WeakMap<Checked, number>();
  const checkFile = async (source: FileSource): Promise<CheckedFile> => {
    const reply = await checker.check(source, i18n.language, [...(await concepts()).keys()]);
    if (reply.checked.ok && reply.archive) archives.set(reply.checked, reply.archive);
    if (reply.checked.ok && reply.held !== undefined) held.set(reply.checked, reply.held);
    return reply.checked;
  };
  /** The scenario opened from a file and on show, with its images' object URLs (for "Export"). */
  let playing: PlayableWithImages | null = null;
  /** Compiles the checked scenario (only now, on "Play") and hands it to the shell. */
  const start = async (checked: Checked): Promise<void> => {
    revokeImageUrls(playing?.imageUrls);
    const images = new Map(checked.images.map((image) => [image.name, image]));
    const heldBy = held.get(checked);
    const json = heldBy === undefined ? checked.json : await checker.take(heldBy);
    const loaded = playableScenario(JSON.parse(json) as Scenario, await concepts(), images);
    playing = images.size > 0 ? { ...loaded, imageUrls: imageUrls(images) } : loaded;
    options.onPlay(playing, checked.hash);
  };
  /** Keeps the scenario for after a reload: the whole archive if it fits, else its text alone. */
  const keep = (checked: Checked): void => {
    // Too big to keep: the worker did not even send the text.
    if (checked.text === '') return options.report(i18n.t('authoring.notKept'));
    const images = checked.images.map((image) => image.name);
    const archive = archives.get(checked);
    if (archive && last.write({ file: checked.file, text: checked.text, archive })) return;
    if (!last.write({ file: checked.file, text: checked.text, ...(images.length > 0 ? { images } : {}) }))
      return options.report(i18n.t('authoring.notKept'));
    if (images.length > 0) options.report(i18n.t('authoring.imagesNotKept'));
  };
  const play = (checked: Checked): void => {
    keep(checked);
    void start(checked);
  };
  /** The "open a scenario" dialog, empty or showing what a reopened file still gets wrong. */
  const openDialog = (initial?: CheckedFile): void => {
    // The codex is ready before a file is picked (its concept ids go to the worker with the file).
    void concepts();
    openScenarioDialog({
      host: options.host,
      t: i18n.t,
      lang: i18n.language,
      checkFile: (file) => readAndCheck(file, (picked) => checkFile({ kind: 'file', file: picked })),
      maxScenarioBytes: MAX_SCENARIO_BYTES,
      onPlay: play,
      ...(initial ? { initial } : {}),
    });
  };
  const reopen = (entry: NonNullable<ReturnType<typeof last.read>>): Promise<CheckedFile> =>
    entry.archive
      ? checkFile({ kind: 'base64', name: entry.file, base64: entry.archive })
      : checkFile({ kind: 'text', name: entry.file, text: entry.text, images: entry.images ?? [] });
  const playLast = async (): Promise<void> => {
    const entry = last.read();
    if (!entry) return;
    const checked = await reopen(entry);
    if (checked.ok) await start(checked);
    else openDialog(checked);
  };
  const exportSelected = async (): Promise<void> => {
    const scenario = await options.selectedScenario();
    if (!scenario) return options.report(i18n.t('authoring.exportFailed'));
    // A scenario opened from an archive goes back out with its images.
    const images = playing?.index.scenario === scenario ? playing.images : undefined;
    if (images && images.size > 0) {
      const [{ scenarioArchive, scenarioArchiveName }, { writeZip }] = await Promise.all([
        import('./archive-export'),
        import('../../engine/authoring/zip-write'),
      ]);
      return downloadBytes(
        scenarioArchiveName(scenario),
        scenarioArchive(scenario, images, writeZip),
        'application/zip',
      );
    }
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
    check,
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
