// Sending while offline (W3): the visitor's message waits in the turn queue and is sent when the network
// is back; meanwhile one note says so, once, to sighted and screen-reader users alike.
import { note } from './render.js';

export function offlineNotice(panel, t) {
  let shown = null;
  return {
    show() {
      if (shown) return;
      shown = note(t('offline'), true);
      panel.append(shown);
      panel.announce(t('offline'));
    },
    clear() {
      shown?.remove();
      shown = null;
    },
  };
}
