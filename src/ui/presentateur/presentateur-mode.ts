/**
 * The presenter view (`?page=presentateur`, #18) as a mode of the table (src/ui/mode-registry.ts): a page
 * of its own, opened by the training mode's projected page in a second window of the same browser. It
 * listens on a `BroadcastChannel` for the projected page's snapshots and sends back the keys the
 * facilitator presses or clicks (protocol: src/engine/modes/formation/presenter-protocol.ts). Nothing
 * goes on the network; without `BroadcastChannel` it says so and the projected page works alone.
 */
import * as protocol from '../../engine/modes/formation/presenter-protocol';
import type { Mode, ModeHost } from '../mode-contract';
import { createPresenterPanel, type PresenterPanel } from './presenter-panel';
import '../formation/pressed-buttons.css';
import './presentateur.css';

/** Keys the presenter window passes on (both cases of the letters). */
const BOUND = [
  ...protocol.PRESENTER_KEYS,
  ...protocol.PRESENTER_KEYS.filter((k) => /^[a-z]$/.test(k)).map((k) => k.toUpperCase()),
];

/** Creates the presenter mode. */
export function createMode(host: ModeHost): Mode {
  let channel: BroadcastChannel | null = null;
  let panel: PresenterPanel | null = null;
  const offs: (() => void)[] = [];
  const send = (keys: string[]): void => {
    const message = protocol.keysMessage(keys);
    if (message) channel?.postMessage(message);
  };
  return {
    keepsSaves: false,
    page() {
      const { t } = host.i18n;
      panel = createPresenterPanel(t, send);
      host.show('presenter', panel);
      if (typeof BroadcastChannel === 'undefined') {
        host.say(t('formation.presenter.unsupported'));
        return Promise.resolve();
      }
      channel = new BroadcastChannel(protocol.PRESENTER_CHANNEL);
      const onMessage = (event: MessageEvent): void => {
        const message = protocol.readProjectedMessage(event.data);
        if (!message || !panel) return;
        if (message.type === 'bye') panel.update(null, 'lost');
        else panel.update(message.snapshot, 'live');
      };
      channel.addEventListener('message', onMessage);
      panel.update(null, 'waiting');
      channel.postMessage({ v: protocol.PRESENTER_PROTOCOL, from: 'presenter', type: 'hello' });
      const bye = (): void =>
        channel?.postMessage({ v: protocol.PRESENTER_PROTOCOL, from: 'presenter', type: 'bye' });
      window.addEventListener('pagehide', bye);
      offs.push(
        () => window.removeEventListener('pagehide', bye),
        () => channel?.removeEventListener('message', onMessage),
        host.shortcuts.bind(BOUND, (key) => send([key.length === 1 ? key.toLowerCase() : key])),
      );
      return Promise.resolve();
    },
    teardown() {
      offs.forEach((off) => off());
      channel?.close();
      channel = null;
      panel?.unmount();
    },
  };
}
