// The visitor API (docs/api.md, version 1). The visitor id is the signed token the server issued; it
// lives in this closure, and in the tab's session storage only once a chat started (continuity.js).
import { request } from './http.js';

const RETRIES = 3;
const OFFLINE_LIMIT_MS = 10 * 60 * 1000;

export function createApi(base, kept = null, language = null) {
  let visitorId = kept;
  const headers = () => (visitorId ? { 'X-Chatflows-Visitor': visitorId } : {});

  return {
    /** The visitor id header, for modules that make requests of their own (survey, transcript). */
    headers,
    /** The signed visitor id as the server gave it, to keep for the tab's next page. */
    token: () => visitorId,

    async start(chatflowId, identityToken, cookieConsent = false) {
      const result = await request(`${base}/chatflows/api/conversations`, {
        method: 'POST',
        headers: headers(),
        body: { chatflowId, pageUrl: location.href.slice(0, 2048), identityToken: identityToken || null, cookieConsent, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || null, language },
      });
      if (result.data?.visitorId) visitorId = result.data.visitorId;
      return result;
    },

    /** Records a consent answer (O6, O7) with the version of the text shown; adopts the visitor id it returns. */
    async consent(kind, chatflowId, version, granted) {
      const result = await request(`${base}/chatflows/api/consents`, {
        method: 'POST', headers: headers(), body: { kind, chatflowId, version, granted },
      });
      if (!visitorId && result.data?.visitorId) visitorId = result.data.visitorId;
      return result;
    },

    /** The visitor's conversation still going on and the last ten that ended (docs/api.md). */
    conversations() {
      return request(`${base}/chatflows/api/visitor/conversations`, { headers: headers() });
    },

    /**
     * Sends once per message: a retry reuses the clientMessageId, so the server stores it exactly once.
     * While the browser is offline, attempts are not spent: the send waits for the network (telling
     * `onOffline` once) and goes out again when it is back.
     */
    async send(conversationId, text, onOffline = () => {}) {
      const url = `${base}/chatflows/api/conversations/${encodeURIComponent(conversationId)}/messages`;
      const body = { clientMessageId: newMessageId(), text };
      const giveUp = Date.now() + OFFLINE_LIMIT_MS;
      for (let attempt = 0; ;) {
        const result = await request(url, { method: 'POST', headers: headers(), body });
        if (result.error?.network && !navigator.onLine && Date.now() < giveUp) {
          onOffline();
          await backOnline(giveUp - Date.now());
          continue;
        }
        if (!retryable(result.error) || attempt === RETRIES) return result;
        await new Promise((resolve) => setTimeout(resolve, 400 * 2 ** attempt++));
      }
    },

    /** The visitor read every message up to `seq` on screen: a reply read needs no mail (M1). */
    read(conversationId, seq) {
      return request(`${base}/chatflows/api/conversations/${encodeURIComponent(conversationId)}/read`, { method: 'POST', headers: headers(), body: { seq } });
    },

    /** Messages after `seq`, to catch up after the connection was lost (docs/api.md). */
    messagesAfter(conversationId, seq) {
      return request(`${base}/chatflows/api/conversations/${encodeURIComponent(conversationId)}/messages?after=${seq}`, { headers: headers() });
    },
  };
}

// The 'online' event, or a look every few seconds in case a browser misses it.
function backOnline(maxMs) {
  return new Promise((resolve) => {
    const done = () => { clearInterval(poll); removeEventListener('online', done); resolve(); };
    const poll = setInterval(() => { if (navigator.onLine) done(); }, 3000);
    addEventListener('online', done);
    setTimeout(done, maxMs);
  });
}

// A lost answer or a server hiccup may have stored the message already; the same id makes that safe.
function retryable(error) {
  return !!error && (error.network || error.status >= 500);
}

// crypto.randomUUID exists only in secure contexts; a plain-http site still gets 122 random bits.
function newMessageId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
