// One conversation in the panel: its turns in order (turns.js), each message drawn once (ledger.js), the
// bot's answers revealed after their typing delays (O1), the live stream, catching up after the network
// came back, and the tab's memory of it (continuity.js). Consent and the end state stay with the widget.
import { writeSession } from './continuity.js';
import { extras } from './lazy-extras.js';
import { connectLive } from './live.js';
import { messageLedger } from './ledger.js';
import { offlineNotice } from './offline.js';
import { articleCards, bubble, choicesOf, el, note } from './render.js';
import { turnQueue } from './turns.js';

/**
 * `pick(value, label)` sends a quick reply or a slot through the widget (which checks consent first);
 * `ended()` shows the end state; `answers` are the consent answers the tab keeps with the conversation;
 * `identity()` is the site's identity token (O10) when the conversation starts.
 */
export function createConversation({ api, panel, t, events, flow, language, base, root, launcher, who, keep, answers, identity, pick, ended }) {
  const enqueue = turnQueue();
  const ledger = messageLedger();
  const offline = offlineNotice(panel, t);
  const labels = new Map();
  let current = null;
  let starting = false;
  let readSeq = 0;
  let told = 0;
  let unread = 0;
  let badge = null;

  // The tab's memory: only once a conversation exists, and only what resuming needs; an ended one (e)
  // still shows where its chatflow does, but pages no chatflow targets stay without the widget.
  function save() {
    if (keep && current) writeSession({ c: current.id, v: api.token(), f: flow.id, o: panel.isOpen, r: readSeq, a: told, k: answers, e: /ended|closed/.test(current.status) });
  }

  // What the visitor has seen: everything, while the panel is open and the page in view.
  function markRead() {
    if (panel.isOpen && document.visibilityState !== 'hidden') readSeq = ledger.last();
    tellRead();
    const count = ledger.unreadAfter(readSeq);
    if (count !== unread) {
      unread = count;
      if (unread || badge) extras().then((m) => { badge ||= m.launcherBadge(launcher.button?.(), t); badge(unread); });
      events.emit('unreadChanged', { count: unread });
    }
    save();
  }

  // M1: only a reply the visitor read on screen spares them its mail; one drawn into a tab that is closing,
  // or into a page hidden behind another, is not read. The server hears of each newly read reply once.
  function tellRead() {
    const seen = ledger.agentUpTo(readSeq);
    if (!current || seen <= told) return;
    told = seen;
    api.read(current.id, readSeq);
  }

  function start(cookies) {
    starting = true;
    enqueue(async () => {
      const result = await api.start(flow.id, identity(), cookies);
      if (result.data) current = { id: result.data.conversationId, status: result.data.status };
      if (result.data) follow(current, result.data);
      save();
      await settle(result);
      starting = false;
    });
  }

  // Carries on the tab's conversation (or, with the cookie, the visitor's open one) on this page: the
  // history without typing delays, then the live stream after the last message. `after(found)` runs then;
  // not found means gone, or no longer this visitor's.
  function restore(resume, after) {
    current = { id: resume.c, status: 'active' };
    enqueue(async () => {
      const { data } = await api.messagesAfter(current.id, 0);
      if (!data) {
        current = null;
        after(false);
        return;
      }
      current.status = data.status;
      readSeq = resume.r ?? Math.max(0, ...data.messages.filter((m) => m.author === 'visitor').map((m) => m.seq));
      told = resume.a || 0;
      data.messages.forEach((message, i) => draw(message, i === data.messages.length - 1));
      markRead();
      if (isOver()) ended();
      else follow(current, { visitorId: api.token(), streamToken: data.streamToken, messages: data.messages });
      after(true);
    });
  }

  /** Sends the visitor's text, shown as `label` (a quick reply's); with no chat to send to, it goes back to the composer. */
  function send(text, label) {
    enqueue(async () => {
      if (!current || current.status === 'ended') {
        if (label === text) panel.restoreText(text);
        return;
      }
      panel.choices([]);
      panel.append(bubble(label, 'visitor', who.visitor));
      events.emit('message', { author: 'visitor', text });
      const result = await api.send(current.id, text, offline.show);
      offline.clear();
      if (result.error && label === text) panel.restoreText(text);
      if (result.data) current.status = result.data.status;
      await settle(result);
    });
  }

  // A message from the stream: another tab's turn, an agent's reply, or one this tab already drew.
  function arrive(message) {
    enqueue(async () => {
      if (ledger.has(message.seq)) return;
      if (message.author === 'visitor') draw(message, false);
      else await reveal(message);
    });
  }

  // Back online: whatever the conversation gained meanwhile (an agent's answer, a turn whose answer was
  // lost) is read with `after=`, so nothing is missed and nothing is shown twice.
  function catchUp() {
    enqueue(async () => {
      if (!current) return;
      const { data } = await api.messagesAfter(current.id, ledger.last());
      if (!data) return;
      current.status = data.status;
      for (const message of data.messages) {
        if (ledger.has(message.seq)) continue;
        if (message.author === 'visitor') draw(message, false);
        else await reveal(message);
      }
    });
  }

  /** Shows a turn's answer: the bot's messages in order, or what went wrong. */
  async function settle({ data, error }) {
    // The visitor's own message is on screen already, as typed or as the quick reply's label, without its number.
    for (const message of data?.messages || []) if (message.author === 'visitor') ledger.note(message);
    if (error) {
      panel.append(note(problemText(error), true));
      panel.announce(problemText(error));
      return;
    }
    for (const message of data.messages.filter((m) => m.author !== 'visitor' && !ledger.has(m.seq))) await reveal(message);
    if (data.status === 'ended') ended();
  }

  async function reveal(message) {
    // The server keeps delays within the chatflow's one range (FlowOptions.MaxTypingDelayMs).
    const delay = Number(message.payload?.delayMs) || 0;
    if (delay > 0) {
      panel.typing(true);
      await new Promise((resolve) => setTimeout(resolve, delay));
      panel.typing(false);
    }
    if (ledger.has(message.seq)) return; // the other path brought it during the delay
    draw(message, true);
    panel.announce(message.text);
    markRead();
    events.emit('message', { author: message.author, kind: message.kind, text: message.text });
  }

  /** Draws one message; `latest` offers its answers (quick replies, slots), as the last one does. */
  function draw(message, latest) {
    ledger.note(message);
    if (message.author === 'visitor') {
      // A quick reply is stored as its value; the visitor saw (and picked) its label.
      panel.append(bubble(labels.get(message.text) || message.text, 'visitor', who.visitor));
      return;
    }
    for (const choice of choicesOf(message)) labels.set(String(choice.value), choice.label);
    panel.append(bubble(message.text, message.author, message.author === 'agent' ? message.payload?.agentName || who.bot : who.bot));
    if (message.kind === 'articles' && Array.isArray(message.payload?.articles)) panel.append(articleCards(message.payload.articles, t('articles')));
    if (!latest) return;
    const choices = choicesOf(message);
    const offer = (picker) => picker || !choices.length || panel.choices(choices, (choice) => {
      panel.focusInput(); // the buttons go away; keep keyboard users in the composer
      pick(choice.value, choice.label);
    });
    if (message.kind === 'meetingSlots' || message.payload?.invitationUrl) {
      // The slot picker's code comes with extras.js; it takes this place in the log when it arrives.
      const slot = el('div');
      panel.append(slot);
      extras().then((m) => {
        const parts = m.meetingParts(root, message, { t, locale: language, base, onPick: (choice) => pick(choice.value, choice.label) });
        slot.replaceWith(...parts.filter(Boolean));
        offer(parts[0]);
      });
    } else offer();
    if (message.kind === 'question' || message.kind === 'invalid') panel.inputHint(message.payload?.inputHint);
  }

  // Agent replies, typing and the agent closing the chat arrive live (live.js).
  function follow(following, { visitorId, streamToken, messages }) {
    following.live = connectLive({
      base, conversationId: following.id, visitorId, streamToken, after: Math.max(0, ...messages.map((m) => m.seq)), root,
      onMessage: arrive,
      onTyping: (on) => panel.typing(on),
      onStatus: (status) => enqueue(async () => {
        if (current !== following || following.status === 'ended') return;
        following.status = status === 'closed' ? 'ended' : status;
        if (following.status === 'ended') { panel.choices([]); ended(); }
      }),
    });
  }

  function problemText(error) {
    if (error.status === 429) return error.retryAfter ? t('tooFast', { n: error.retryAfter }) : t('tooFastSoon');
    return flow.errorMessage || t('error');
  }

  const isOver = () => current?.status === 'ended' || current?.status === 'closed';

  return {
    start, restore, send, catchUp, markRead, save, enqueue,
    /** The conversation going on, or null. */
    current: () => current,
    isStarting: () => starting,
    unread: () => unread,
    /** The ended chat's stream closes; a new one in the same panel starts its own numbering. */
    stop: () => current?.live?.close(),
    forget() {
      current = null;
      readSeq = 0;
      told = 0;
      ledger.forget();
    },
  };
}
