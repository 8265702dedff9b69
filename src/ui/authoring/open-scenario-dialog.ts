import type { Translate } from '../../adapters/i18n';
import { localize } from '../../core/vocabulary';
import type { Language } from '../../scenario/format';
import type { Problem } from '../../scenario/validation';
import { createDialog, type Dialog } from '../dialog';
import { el, listen, textButton } from '../dom';
import type { CheckedFile } from '../../engine/authoring/check-file';
import type { ArchiveError } from '../../engine/authoring/open-archive';
import { imageUrls, revokeImageUrls } from './archive-images';

/** Problems listed in the dialog at most (the CLI lists them all). */
const MAX_LISTED = 50;

/** What the "Open a scenario" dialog needs. */
export interface OpenDialogOptions {
  host: HTMLElement;
  t: Translate;
  lang: Language;
  /**
   * Checks a picked or dropped file (.json or .zip): refuses at once what is not a scenario file or is
   * too big, else checks it off the page's main thread.
   */
  checkFile: (file: File) => Promise<CheckedFile>;
  /** The largest scenario file accepted, in bytes (told when a file is too big). */
  maxScenarioBytes: number;
  /** Plays a scenario that passed the checks. */
  onPlay: (checked: Extract<CheckedFile, { ok: true }>) => void;
  /** A result to show at once (the last opened scenario that no longer passes the checks). */
  initial?: CheckedFile;
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

/** The message of each archive error. */
const ARCHIVE_MESSAGES: Record<ArchiveError['code'], string> = {
  'not-zip': 'authoring.zip.notZip',
  'archive-too-big': 'authoring.zip.archiveTooBig',
  'too-many-entries': 'authoring.zip.tooManyEntries',
  'unsafe-path': 'authoring.zip.unsafePath',
  'nested-archive': 'authoring.zip.nested',
  'too-compressed': 'authoring.zip.tooCompressed',
  'unsupported-method': 'authoring.zip.method',
  'entry-too-big': 'authoring.zip.entryTooBig',
  'total-too-big': 'authoring.zip.totalTooBig',
  corrupt: 'authoring.zip.corrupt',
  'no-scenario': 'authoring.zip.noScenario',
  'several-scenarios': 'authoring.zip.severalScenarios',
  'unsupported-file': 'authoring.zip.unsupportedFile',
  'bad-image': 'authoring.zip.badImage',
};

/** Why an archive was refused, in plain words. */
export function archiveErrorText(t: Translate, file: string, error: ArchiveError): string {
  return t(ARCHIVE_MESSAGES[error.code], {
    file,
    name: 'name' in error ? error.name : '',
    names: 'names' in error ? error.names.join(', ') : '',
    count: 'count' in error ? error.count : 0,
    size: 'size' in error ? megabytes(error.size) : '',
    max: 'max' in error ? ('count' in error ? error.max : megabytes(error.max)) : '',
  });
}

/** The images of an archive, as small previews (through <img>: an SVG never runs as a page). */
function imagePreviews(t: Translate, checked: Extract<CheckedFile, { ok: true }>): HTMLElement | null {
  if (checked.images.length === 0) return null;
  const images = new Map(checked.images.map((image) => [image.name, image]));
  const urls = imageUrls(images);
  const list = el(
    'ul',
    { className: 'open-images', attrs: { 'aria-label': t('authoring.images', { count: images.size }) } },
    [...urls].map(([name, url]) =>
      el('li', {}, [el('img', { attrs: { src: url, alt: name, width: '48', height: '48' } })]),
    ),
  );
  // The previews only live as long as the dialog's result.
  const revoke = (): void => revokeImageUrls(urls);
  list.addEventListener('preview-gone', revoke, { once: true });
  return el('div', {}, [el('p', { text: t('authoring.images', { count: images.size }) }), list]);
}

/** Located problems, one a line: `file:line:column` and the message. */
function problemList(problems: readonly Problem[]): HTMLElement {
  return el(
    'ul',
    { className: 'open-problems' },
    problems.map((problem) =>
      el('li', { className: 'open-problem' }, [
        el('span', {
          className: 'open-problem-where',
          text: `${problem.file}:${problem.line}:${problem.column}`,
        }),
        el('span', { className: 'open-problem-message', text: problem.message }),
      ]),
    ),
  );
}

/** The result of a check, in plain words: a list of located problems, or the scenario's title and Play. */
function resultView(options: OpenDialogOptions, opened: CheckedFile, dialog: Dialog): HTMLElement {
  const { t } = options;
  if (opened.ok) {
    const title = localize(opened.title, options.lang);
    const play = textButton(t('authoring.play'), 'button button-primary');
    play.addEventListener('click', () => {
      dialog.close();
      options.onPlay(opened);
    });
    const warnings = opened.warnings.slice(0, MAX_LISTED);
    return el('div', { className: 'open-result is-ok', attrs: { role: 'status' } }, [
      el('p', { text: t('authoring.ready', { title }) }),
      warnings.length > 0
        ? el('p', { text: t('authoring.warnings', { count: opened.warnings.length }) })
        : null,
      warnings.length > 0 ? problemList(warnings) : null,
      imagePreviews(t, opened),
      play,
    ]);
  }
  if (opened.reason === 'archive')
    return el('div', { className: 'open-result is-error', attrs: { role: 'alert' } }, [
      el('p', { text: archiveErrorText(t, opened.file, opened.error) }),
    ]);
  if (opened.reason !== 'invalid') {
    const text =
      opened.reason === 'too-big'
        ? t('authoring.tooBig', {
            name: opened.file,
            size: megabytes(opened.size ?? 0),
            max: megabytes(options.maxScenarioBytes),
          })
        : opened.reason === 'not-json'
          ? t('authoring.notJson', { name: opened.file })
          : t('authoring.unreadable', { name: opened.file });
    return el('div', { className: 'open-result is-error', attrs: { role: 'alert' } }, [el('p', { text })]);
  }
  const shown = opened.problems.slice(0, MAX_LISTED);
  const more = opened.problems.length - shown.length;
  return el('div', { className: 'open-result is-error', attrs: { role: 'alert' } }, [
    el('p', { text: t('authoring.problems', { name: opened.file, count: opened.problems.length }) }),
    problemList(shown),
    more > 0 ? el('p', { text: t('authoring.more', { count: more }) }) : null,
  ]);
}

/**
 * Opens the "Open a scenario" dialog: a file input and a drop zone; the file is checked on this device,
 * in a worker beside the page (nothing is sent anywhere) and either every problem is listed with its line, or the scenario can be
 * played.
 */
export function openScenarioDialog(options: OpenDialogOptions): Dialog {
  const { t } = options;
  const dialog = createDialog({
    host: options.host,
    title: t('authoring.openTitle'),
    closeLabel: t('dialog.close'),
    className: 'dialog-open-scenario',
    onClose: () => show(el('div')),
  });
  const input = el('input', {
    className: 'open-input',
    attrs: { type: 'file', accept: '.json,.zip,application/json,application/zip', id: 'open-scenario-file' },
  });
  const result = el('div', { className: 'open-results', attrs: { 'aria-live': 'polite' } });
  const zone = el('div', { className: 'open-drop', attrs: { 'data-drop': 'scenario' } }, [
    el('label', { text: t('authoring.pick'), attrs: { for: 'open-scenario-file' } }),
    input,
    el('p', { className: 'hint', text: t('authoring.drop') }),
  ]);
  let generation = 0;
  /** Shows a result; the previous one's image previews are freed. */
  const show = (view: HTMLElement): void => {
    for (const list of result.querySelectorAll('.open-images')) list.dispatchEvent(new Event('preview-gone'));
    result.replaceChildren(view);
  };
  const handle = (file: File | undefined): void => {
    if (!file) return;
    const mine = ++generation;
    result.replaceChildren(el('p', { text: t('authoring.checking', { name: file.name }) }));
    void options.checkFile(file).then((checked) => {
      if (mine !== generation || !dialog.isOpen) return;
      show(resultView(options, checked, dialog));
    });
  };
  listen(input, 'change', () => handle(input.files?.[0]));
  listen(zone, 'dragover', (event) => {
    event.preventDefault();
    zone.classList.add('is-over');
  });
  listen(zone, 'dragleave', () => zone.classList.remove('is-over'));
  listen(zone, 'drop', (event) => {
    event.preventDefault();
    zone.classList.remove('is-over');
    handle(event.dataTransfer?.files[0]);
  });
  dialog.body.append(el('p', { text: t('authoring.help') }), zone, result);
  if (options.initial) show(resultView(options, options.initial, dialog));
  dialog.open();
  return dialog;
}
