import type { Translate } from '../adapters/i18n';
import type { CodexView } from '../engine/debrief/codex-entries';
import { createDialog, type Dialog } from './dialog';
import { el } from './dom';

/**
 * The codex: the concepts and people met so far. Opened from the menu, the top bar or a concept
 * link of a consequence (`focus` names the concept to show first).
 */
export function openCodexDialog(options: {
  host: HTMLElement;
  t: Translate;
  codex: CodexView;
  focus?: string;
  familyName: (family: string) => string;
  onClose?: () => void;
}): Dialog {
  const { t, codex } = options;
  const dialog = createDialog({
    host: options.host,
    title: t('codex.title'),
    closeLabel: t('dialog.close'),
    className: 'dialog-codex',
    ...(options.onClose ? { onClose: options.onClose } : {}),
  });
  let target: HTMLElement | null = null;
  const concepts = codex.concepts.map((concept) => {
    const title = el('h4', { className: 'codex-term', text: concept.title, attrs: { tabindex: '-1' } });
    if (concept.id === options.focus) target = title;
    return el('article', { className: 'codex-entry', attrs: { id: `codex-${concept.id}` } }, [
      title,
      el('p', { text: concept.text }),
      concept.source
        ? el('p', { className: 'meta', text: t('codex.source', { source: concept.source }) })
        : null,
    ]);
  });
  dialog.body.append(
    el('h3', { text: t('codex.concepts') }),
    concepts.length > 0
      ? el('div', { className: 'codex-list' }, concepts)
      : el('p', { text: t('codex.empty') }),
    el('h3', { text: t('codex.actors') }),
    codex.actors.length > 0
      ? el(
          'ul',
          { className: 'codex-actors' },
          codex.actors.map((actor) =>
            el('li', { className: `codex-actor family-${actor.family}` }, [
              el('strong', { text: actor.name }),
              el('span', { text: ` — ${actor.role} (${options.familyName(actor.family)})` }),
            ]),
          ),
        )
      : el('p', { text: t('codex.noActors') }),
  );
  dialog.open();
  const focusTarget = target as HTMLElement | null;
  if (focusTarget) {
    focusTarget.focus();
    focusTarget.scrollIntoView({ block: 'start' });
  }
  return dialog;
}
