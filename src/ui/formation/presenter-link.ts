import type { Translate } from '../../adapters/i18n';
import type * as FormationModel from '../../engine/modes/formation/formation-model';
import type { PresenterSnapshot } from '../../engine/modes/formation/presenter-protocol';

/**
 * The projected page's side of the presenter view: opens the second window (V, or the panel's button),
 * answers its hello with a snapshot, sends a snapshot on every change, and reads the keys it sends as
 * the page's own. Without `BroadcastChannel`, or with the presenter closed, the page works alone.
 */
export interface PresenterLink {
  /** Opens the presenter window (or brings it forward); closes it when it is open. */
  toggle(): void;
  /** Sends what the projected page shows now (kept, to answer a later hello). */
  publish(snapshot: PresenterSnapshot): void;
  /** The current screen's key reader; returns the removal. */
  onKeys(handler: (key: string) => void): () => void;
  /** Closes the channel (the presenter is told). */
  dispose(): void;
}

/** What the link needs from the page. */
export interface PresenterLinkDeps {
  t: Translate;
  say: (text: string) => void;
  /** The page's window (window.open, BroadcastChannel, the address). */
  win: Window & typeof globalThis;
  model: typeof FormationModel;
}

/** Creates the link; the channel opens with the first toggle (or a presenter already listening). */
export function createPresenterLink(deps: PresenterLinkDeps): PresenterLink {
  const { presenter } = deps.model;
  const Channel = deps.win.BroadcastChannel as typeof BroadcastChannel | undefined;
  let channel: BroadcastChannel | null = null;
  let opened: Window | null = null;
  let last: PresenterSnapshot | null = null;
  let handler: ((key: string) => void) | null = null;
  const post = (message: unknown): void => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel: the page goes on alone.
    }
  };
  const onMessage = (event: MessageEvent): void => {
    const message = presenter.readPresenterMessage(event.data);
    if (!message) return;
    if (message.type === 'hello' && last) post(presenter.snapshotMessage(last));
    if (message.type === 'keys') for (const key of message.keys) handler?.(key);
  };
  const listen = (): void => {
    if (channel || !Channel) return;
    channel = new Channel(presenter.PRESENTER_CHANNEL);
    channel.addEventListener('message', onMessage);
  };
  // A presenter window left open from before a reload finds the page again.
  listen();
  return {
    toggle() {
      if (!Channel) {
        deps.say(deps.t('formation.presenter.unsupported'));
        return;
      }
      listen();
      if (opened && !opened.closed) {
        opened.close();
        opened = null;
        deps.say(deps.t('formation.presenter.closed'));
        return;
      }
      const url = new URL(deps.win.location.href);
      url.search = '';
      url.searchParams.set('page', 'presentateur');
      const lang = new URL(deps.win.location.href).searchParams.get('lang');
      if (lang) url.searchParams.set('lang', lang);
      opened = deps.win.open(url.href, 'tisser-presentateur', 'popup,width=1000,height=760');
      deps.say(deps.t(opened ? 'formation.presenter.open' : 'formation.presenter.blocked'));
    },
    publish(snapshot) {
      last = snapshot;
      post(presenter.snapshotMessage(snapshot));
    },
    onKeys(next) {
      handler = next;
      return () => {
        if (handler === next) handler = null;
      };
    },
    dispose() {
      post({ v: presenter.PRESENTER_PROTOCOL, from: 'projected', type: 'bye' });
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      channel = null;
    },
  };
}
