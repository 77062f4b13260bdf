// Live events for one conversation (issue 9): agent replies, the agent typing and status changes arrive
// over one EventSource; it reconnects by itself and resumes with Last-Event-ID, so nothing is missed.
// Every message comes through here, so another tab's turn shows too; the widget draws each sequence
// number once, whichever of the POST answer and the stream brings it first. The visitor typing is sent,
// throttled, to agents.

const TYPING_EVERY_MS = 3000;
const TYPING_IDLE_MS = 4000;
const TYPING_SHOWN_MS = 10000;

// A browser opens at most six connections to a site over HTTP/1.1, and each open stream holds one: a
// visitor with many tabs of the site would starve its pages. So the tabs of one conversation share one
// stream where the browser can (issue 16): the tab holding a Web Lock opens it and passes every event to
// the others over a BroadcastChannel; when it goes, the next tab takes the lock and resumes after the last
// event it heard. A leading tab hidden for a while lets the stream go and, shown again, asks to lead again,
// resuming after the last event it saw, so nothing is missed either way.
const HIDDEN_RELEASE_MS = 15000;

export function connectLive({ base, conversationId, visitorId, streamToken, after, root, onMessage, onTyping, onStatus }) {
  if (typeof EventSource === 'undefined') return { close() {} };
  const id = encodeURIComponent(conversationId);
  let lastId = Number(after) || 0;
  let typingTimer = null;
  let source = null;
  let release = null;
  let stopped = false;

  const seen = (event) => { lastId = Math.max(lastId, Number(event.lastEventId) || 0); };
  const onAgentMessage = (event) => {
    seen(event);
    const message = parse(event.data);
    if (!message) return;
    if (message.author === 'agent') {
      clearTimeout(typingTimer);
      onTyping(false);
    }
    onMessage(message);
  };
  const onAgentTyping = (event) => {
    const data = parse(event.data);
    if (!data || data.author !== 'agent') return;
    clearTimeout(typingTimer);
    onTyping(!!data.typing, data.name);
    // A lost "stopped typing" must not leave the dots forever.
    if (data.typing) typingTimer = setTimeout(() => onTyping(false), TYPING_SHOWN_MS);
  };
  const onStatusChange = (event) => {
    const data = parse(event.data);
    if (!data?.status) return;
    onStatus(data.status);
    if (data.status === 'closed' || data.status === 'ended') stop();
  };
  const handlers = { message: onAgentMessage, typing: onAgentTyping, status: onStatusChange };
  const shared = typeof BroadcastChannel !== 'undefined' && navigator.locks ? new BroadcastChannel(`chatflows:${conversationId}`) : null;
  let asked = false;
  let leading = null;
  if (shared) shared.onmessage = ({ data }) => handlers[data?.type]?.({ data: data.data, lastEventId: data.id });

  function open() {
    // The stream token, never the visitor id, goes in the address: addresses end up in logs.
    const query = `after=${lastId}${streamToken ? `&token=${encodeURIComponent(streamToken)}` : ''}`;
    source = new EventSource(`${base}/chatflows/api/conversations/${id}/events?${query}`);
    for (const [type, handle] of Object.entries(handlers)) {
      source.addEventListener(type, (event) => {
        shared?.postMessage({ type, data: event.data, id: event.lastEventId });
        handle(event);
      });
    }
  }

  function lead() {
    asked = true;
    if (!shared) return open();
    navigator.locks.request(`chatflows:${conversationId}`, () => new Promise((resolve) => {
      leading = resolve;
      if (stopped || document.visibilityState === 'hidden') letGo();
      else open();
    }));
  }

  function letGo() {
    source?.close();
    source = null;
    asked = false;
    leading?.();
    leading = null;
  }

  function onVisibility() {
    clearTimeout(release);
    if (document.visibilityState === 'hidden') {
      if (source) release = setTimeout(letGo, HIDDEN_RELEASE_MS);
    } else if (!asked && !stopped) {
      lead();
    }
  }

  lead();
  document.addEventListener('visibilitychange', onVisibility);

  const input = root?.getElementById('cf-input');
  let lastSent = 0;
  let idle = null;
  const headers = { 'Content-Type': 'application/json', ...(visitorId ? { 'X-Chatflows-Visitor': visitorId } : {}) };
  const typing = (on) => fetch(`${base}/chatflows/api/conversations/${id}/typing`, {
    method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ typing: on }),
  }).catch(() => {});
  const onInput = () => {
    const now = Date.now();
    if (now - lastSent > TYPING_EVERY_MS) {
      lastSent = now;
      typing(true);
    }
    clearTimeout(idle);
    idle = setTimeout(() => { lastSent = 0; typing(false); }, TYPING_IDLE_MS);
  };
  input?.addEventListener('input', onInput);

  function stop() {
    stopped = true;
    letGo();
    shared?.close();
    clearTimeout(release);
    document.removeEventListener('visibilitychange', onVisibility);
    clearTimeout(typingTimer);
    clearTimeout(idle);
    input?.removeEventListener('input', onInput);
  }

  return { close: stop };
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
