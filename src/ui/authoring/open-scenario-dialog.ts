import type { Translate } from '../../adapters/i18n';
import { localize } from '../../engine/localize';
import type { Language } from '../../scenario/format';
import { createDialog, type Dialog } from '../dialog';
import { el, listen } from '../dom';
import { isJsonName, MAX_SCENARIO_BYTES, type OpenedScenario } from '../../engine/authoring/open-scenario';

/** Problems listed in the dialog at most (the CLI lists them all). */
const MAX_LISTED = 50;

/** What the "Open a scenario" dialog needs. */
export interface OpenDialogOptions {
  host: HTMLElement;
  t: Translate;
  lang: Language;
  /** Checks a file's text (see openScenarioText). */
  check: (text: string, file: string) => Promise<OpenedScenario>;
  /** Plays a scenario that passed the checks. */
  onPlay: (opened: Extract<OpenedScenario, { ok: true }>) => void;
  /** A result to show at once (the last opened scenario that no longer passes the checks). */
  initial?: OpenedScenario;
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

/** The result of a check, in plain words: a list of located problems, or the scenario's title and Play. */
function resultView(options: OpenDialogOptions, opened: OpenedScenario, dialog: Dialog): HTMLElement {
  const { t } = options;
  if (opened.ok) {
    const title = localize(opened.loaded.index.scenario.meta.title, options.lang);
    const play = el('button', {
      className: 'button button-primary',
      text: t('authoring.play'),
      attrs: { type: 'button' },
    });
    play.addEventListener('click', () => {
      dialog.close();
      options.onPlay(opened);
    });
    return el('div', { className: 'open-result is-ok', attrs: { role: 'status' } }, [
      el('p', { text: t('authoring.ready', { title }) }),
      play,
    ]);
  }
  if (opened.reason !== 'invalid') {
    const text =
      opened.reason === 'too-big'
        ? t('authoring.tooBig', {
            name: opened.file,
            size: megabytes(opened.size ?? 0),
            max: megabytes(MAX_SCENARIO_BYTES),
          })
        : opened.reason === 'not-json'
          ? t('authoring.notJson', { name: opened.file })
          : t('authoring.unreadable', { name: opened.file });
    return el('div', { className: 'open-result is-error', attrs: { role: 'alert' } }, [el('p', { text })]);
  }
  const shown = opened.problems.slice(0, MAX_LISTED);
  const items = shown.map((problem) =>
    el('li', { className: 'open-problem' }, [
      el('span', {
        className: 'open-problem-where',
        text: `${problem.file}:${problem.line}:${problem.column}`,
      }),
      el('span', { className: 'open-problem-message', text: problem.message }),
    ]),
  );
  const more = opened.problems.length - shown.length;
  return el('div', { className: 'open-result is-error', attrs: { role: 'alert' } }, [
    el('p', { text: t('authoring.problems', { name: opened.file, count: opened.problems.length }) }),
    el('ul', { className: 'open-problems' }, items),
    more > 0 ? el('p', { text: t('authoring.more', { count: more }) }) : null,
  ]);
}

/** Reads a picked or dropped file, refusing what is not a .json file or is too big, then checks it. */
async function readAndCheck(file: File, options: OpenDialogOptions): Promise<OpenedScenario> {
  if (!isJsonName(file.name)) return { ok: false, file: file.name, reason: 'not-json' };
  if (file.size > MAX_SCENARIO_BYTES)
    return { ok: false, file: file.name, reason: 'too-big', size: file.size };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, file: file.name, reason: 'unreadable' };
  }
  return options.check(text, file.name);
}

/**
 * Opens the "Open a scenario" dialog: a file input and a drop zone; the file is checked in the page
 * (nothing is sent anywhere) and either every problem is listed with its line, or the scenario can be
 * played.
 */
export function openScenarioDialog(options: OpenDialogOptions): Dialog {
  const { t } = options;
  const dialog = createDialog({
    host: options.host,
    title: t('authoring.openTitle'),
    closeLabel: t('dialog.close'),
    className: 'dialog-open-scenario',
  });
  const input = el('input', {
    className: 'open-input',
    attrs: { type: 'file', accept: '.json,application/json', id: 'open-scenario-file' },
  });
  const result = el('div', { className: 'open-results', attrs: { 'aria-live': 'polite' } });
  const zone = el('div', { className: 'open-drop', attrs: { 'data-drop': 'scenario' } }, [
    el('label', { text: t('authoring.pick'), attrs: { for: 'open-scenario-file' } }),
    input,
    el('p', { className: 'hint', text: t('authoring.drop') }),
  ]);
  let generation = 0;
  const handle = (file: File | undefined): void => {
    if (!file) return;
    const mine = ++generation;
    result.replaceChildren(el('p', { text: t('authoring.checking', { name: file.name }) }));
    void readAndCheck(file, options).then((opened) => {
      if (mine !== generation || !dialog.isOpen) return;
      result.replaceChildren(resultView(options, opened, dialog));
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
  if (options.initial) result.replaceChildren(resultView(options, options.initial, dialog));
  dialog.open();
  return dialog;
}
