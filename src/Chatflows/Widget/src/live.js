// Live events for one conversation (issue 9): agent replies, the agent typing and status changes arrive
// over one EventSource; it reconnects by itself and resumes with Last-Event-ID, so nothing is missed.
// Every message comes through here, so another tab's turn shows too; the widget draws each sequence
// number once, whichever of the POST answer and the stream brings it first. The visitor typing is sent,
// throttled, to agents.

const TYPING_EVERY_MS = 3000;
const TYPING_IDLE_MS = 4000;
const TYPING_SHOWN_MS = 10000;

// A browser opens at most six connections to a site over HTTP/1.1, and each open stream holds one: a
// visitor with many tabs of the site would starve its pages. A tab hidden for a while lets its stream go
// and, shown again, resumes after the last event it saw, so nothing is missed either way.
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

  function open() {
    // The stream token, never the visitor id, goes in the address: addresses end up in logs.
    const query = `after=${lastId}${streamToken ? `&token=${encodeURIComponent(streamToken)}` : ''}`;
    source = new EventSource(`${base}/chatflows/api/conversations/${id}/events?${query}`);
    source.addEventListener('message', onAgentMessage);
    source.addEventListener('typing', onAgentTyping);
    source.addEventListener('status', onStatusChange);
  }

  function onVisibility() {
    clearTimeout(release);
    if (document.visibilityState === 'hidden') {
      release = setTimeout(() => { source?.close(); source = null; }, HIDDEN_RELEASE_MS);
    } else if (!source && !stopped) {
      open();
    }
  }

  open();
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
    source?.close();
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
