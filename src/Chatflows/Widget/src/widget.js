// The full widget, imported by the loader on first open. One conversation at a time; bot messages
// appear one after another, each after its typing delay (O1).
import { createApi } from './api.js';
import { clearSession, writeSession } from './continuity.js';
import { connectLive } from './live.js';
import { askCookies, showDataProcessing } from './consent.js';
import { translator } from './i18n.js';
import { mountHelp } from './help.js';
import { buildPanel } from './panel.js';
import { availabilityLine } from './availability-line.js';
import { messageLedger } from './ledger.js';
import { offlineNotice } from './offline.js';
import { articleCards, bubble, choicesOf, el, note } from './render.js';
import { panelSheet } from './styles.js';
import { endSheet } from './survey.js';
import { turnQueue } from './turns.js';

// extras.js, next to this file under its fingerprinted name (build.mjs), imported on first use.
/* global __CF_EXTRAS__ */
let extrasModule = null;
const extras = () => (extrasModule ||= import(/* webpackIgnore: true */ new URL(__CF_EXTRAS__, import.meta.url).href));

class ChatflowsWidgetElement extends HTMLElement {
  constructor() {
    super();
    // Open, so tests and assistive tools can reach in; the shadow root still isolates the CSS.
    this.attachShadow({ mode: 'open' });
  }
}
if (!customElements.get('chatflows-widget')) customElements.define('chatflows-widget', ChatflowsWidgetElement);

export function createWidget({ config, base, token, events, launcher, resume = null, texts = {}, language = config.language }) {
  const flow = config.chatflow;
  const channel = config.channel || {};
  const t = translator(texts);
  const api = createApi(base, resume?.v || null, language);
  // Continuity (issue 16): a chat the visitor started is kept in the tab unless the site switched it off.
  const keep = config.sessionContinuity !== false;
  const host = document.createElement('chatflows-widget');
  // Issue 23: right-to-left scripts mirror the whole panel; styles.js uses logical properties only.
  host.dir = texts.dir || 'ltr';
  host.shadowRoot.adoptedStyleSheets = [panelSheet(channel.accentColor), endSheet()];
  const panel = buildPanel(host.shadowRoot, { channel, base, t, onClose: close, onSubmit: () => send(panel.takeText()) });
  document.body.append(host);

  panel.status(availabilityLine(config.availability, t, language));
  // K2: the Help tab, when the chatflow searches a knowledge base.
  if (flow.help) mountHelp(panel, { base, language, knowledgeBaseId: flow.help.knowledgeBaseId, t });

  const who = { bot: channel.headingName || 'Bot', visitor: t('you') };
  const consent = flow.consent || {};
  const processing = consent.dataProcessing || {};
  // Consent is asked once per version of the texts (issue 16): the tab remembers answers, and with the
  // cookie the server knows them (config.visitor).
  const answers = { ...(resume?.k || {}) };
  for (const kind of ['cookies', 'dataProcessing']) {
    if (typeof config.visitor?.[kind] === 'boolean') answers[kind] = [consent.version, config.visitor[kind]];
  }
  const answer = (kind) => (answers[kind]?.[0] === consent.version ? answers[kind][1] : undefined);
  let agreed = !(processing.enabled && processing.type === 'explicit') || answer('dataProcessing') === true;
  let dataNotice = null;
  let pendingReply = null;
  let cookieChoice = false;
  let identityToken = token;
  let conversation = null;
  let starting = false;
  const enqueue = turnQueue();
  const ledger = messageLedger();
  const offline = offlineNotice(panel, t);
  const labels = new Map();
  let readSeq = 0;
  let unread = 0;
  let badge = null;
  addEventListener('online', catchUp);
  document.addEventListener('visibilitychange', markRead);
  // A returning visitor the server knows (the consented cookie) can read their earlier conversations.
  if (config.visitor) panel.notice(earlierToggle());
  if (resume) restore();

  /** Opens the panel; a welcome quick reply picked outside the window (D2) is sent once the chat is ready. */
  function open(reply) {
    if (reply) pendingReply = reply;
    if (panel.isOpen) return;
    panel.show();
    panel.focusInput();
    launcher.expanded(true);
    events.emit('open');
    markRead();
    askDataProcessing();
    if (!conversation && !starting) begin();
  }

  // The notice is shown until the visitor agreed to this version; a legitimate-interest notice (nothing to
  // answer) is not repeated in a conversation the tab carries on.
  function askDataProcessing() {
    if (!processing.enabled || dataNotice || answer('dataProcessing') !== undefined || (resume && processing.type !== 'explicit')) return;
    dataNotice = showDataProcessing(panel, processing, t, () => {
      agreed = true;
      answers.dataProcessing = [consent.version, true];
      save();
      panel.focusInput();
      // After the start, so the answer is stored under the conversation's visitor id.
      enqueue(async () => {
        await api.consent('dataProcessing', flow.id, consent.version, true);
        sendPending();
      });
    });
  }

  // O6: with the banner "before chat", the conversation starts only once the visitor answered, and
  // only a yes lets the server set the visitor cookie.
  // A visitor the site identified (O10) is not asked about cookies, as the site knows them: no banner, no cookie.
  async function begin() {
    starting = true;
    let cookies = answer('cookies') === true;
    const ask = consent.cookies?.enabled && !config.visitorIdentified && answer('cookies') === undefined;
    if (ask && consent.cookies.when === 'beforeChat') {
      cookies = await askCookies(panel, consent.cookies, t);
      answers.cookies = [consent.version, cookies];
      await api.consent('cookies', flow.id, consent.version, cookies);
    } else if (ask && consent.cookies.when === 'onExitIntent') {
      document.addEventListener('mouseout', onExitIntent);
    }
    cookieChoice = cookies;
    start(cookies);
    enqueue(async () => sendPending());
  }

  // O6 "on exit intent": the chat runs without the cookie; when the visitor heads for the address bar
  // or the tabs, the question shows in the chat, which opens if it was closed.
  function onExitIntent(event) {
    if (event.relatedTarget || event.clientY > 0 || !conversation) return;
    document.removeEventListener('mouseout', onExitIntent);
    open();
    askCookies(panel, consent.cookies, t).then((granted) => {
      cookieChoice = granted;
      answers.cookies = [consent.version, granted];
      save();
      panel.focusInput();
      // Recorded in turn after any message in flight, under the conversation's visitor id; a yes sets the cookie.
      enqueue(() => api.consent('cookies', flow.id, consent.version, granted));
    });
  }

  function sendPending() {
    if (!pendingReply || !agreed || !conversation) return;
    const reply = pendingReply;
    pendingReply = null;
    send(reply.value, reply.label);
  }

  function close() {
    if (!panel.isOpen) return;
    panel.hide();
    launcher.expanded(false);
    launcher.focus();
    save();
    events.emit('close');
  }

  // The tab's memory (continuity.js): only once a conversation exists, and only what resuming needs; an ended
  // one (e) still shows where its chatflow does, but pages no chatflow targets stay without the widget.
  function save() {
    if (keep && conversation) writeSession({ c: conversation.id, v: api.token(), f: flow.id, o: panel.isOpen, r: readSeq, k: answers, e: /ended|closed/.test(conversation.status) });
  }

  // What the visitor has seen: everything, while the panel is open and the page in view.
  function markRead() {
    if (panel.isOpen && document.visibilityState !== 'hidden') readSeq = ledger.last();
    const count = ledger.unreadAfter(readSeq);
    if (count !== unread) {
      unread = count;
      if (unread || badge) extras().then((m) => { badge ||= m.launcherBadge(launcher.button?.(), t); badge(unread); });
      events.emit('unreadChanged', { count: unread });
    }
    save();
  }

  // Carries on the tab's conversation (or, with the cookie, the visitor's open one) on this page: the
  // panel as it was, the history without typing delays, then the live stream after the last message.
  function restore() {
    conversation = { id: resume.c, status: 'active' };
    if (resume.o) {
      panel.show();
      launcher.expanded(true);
    }
    enqueue(async () => {
      const { data } = await api.messagesAfter(conversation.id, 0);
      if (!data) {
        // Gone, or no longer this visitor's: forget it, and start afresh when the visitor asks.
        clearSession();
        conversation = null;
        if (panel.isOpen) begin();
        return;
      }
      conversation.status = data.status;
      readSeq = resume.r ?? Math.max(0, ...data.messages.filter((m) => m.author === 'visitor').map((m) => m.seq));
      data.messages.forEach((message, i) => draw(message, i === data.messages.length - 1));
      markRead();
      if (data.status === 'ended' || data.status === 'closed') showEnd();
      else follow(conversation, { visitorId: api.token(), streamToken: data.streamToken, messages: data.messages });
      if (panel.isOpen) askDataProcessing();
    });
  }

  function start(cookies = false) {
    starting = true;
    enqueue(async () => {
      const result = await api.start(flow.id, identityToken, cookies);
      if (result.data) conversation = { id: result.data.conversationId, status: result.data.status };
      if (result.data) follow(conversation, result.data);
      save();
      await settle(result);
      starting = false;
    });
  }

  function send(typed, label = typed) {
    const text = String(typed).trim();
    if (!text) return;
    if (!agreed) {
      // O7 explicit: nothing is sent before "I agree".
      if (label === typed) panel.restoreText(text);
      panel.announce(t('agreeFirst'));
      dataNotice?.querySelector('button')?.focus();
      return;
    }
    enqueue(async () => {
      if (!conversation || conversation.status === 'ended') {
        if (label === typed) panel.restoreText(text);
        return;
      }
      panel.choices([]);
      panel.append(bubble(label, 'visitor', who.visitor));
      events.emit('message', { author: 'visitor', text });
      const result = await api.send(conversation.id, text, offline.show);
      offline.clear();
      if (result.error && label === typed) panel.restoreText(text);
      if (result.data) conversation.status = result.data.status;
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
      if (!conversation) return;
      const { data } = await api.messagesAfter(conversation.id, ledger.last());
      if (!data) return;
      conversation.status = data.status;
      for (const message of data.messages) {
        if (ledger.has(message.seq)) continue;
        if (message.author === 'visitor') draw(message, false);
        else await reveal(message);
      }
    });
  }

  /** Shows a turn's answer: the bot's messages in order, or what went wrong. */
  async function settle({ data, error }) {
    // The visitor's own message is on screen already, without its number.
    for (const message of data?.messages || []) if (message.author === 'visitor') ledger.note(message);
    if (error) {
      panel.append(note(problemText(error), true));
      panel.announce(problemText(error));
    } else {
      // The visitor's own message is already on screen, as typed or as the quick reply's label.
      for (const message of data.messages.filter((m) => m.author !== 'visitor' && !ledger.has(m.seq))) await reveal(message);
      if (data.status === 'ended') showEnd();
    }
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

  /** Draws one message; `current` offers its answers (quick replies, slots), as the last one does. */
  function draw(message, current) {
    ledger.note(message);
    if (message.author === 'visitor') {
      // A quick reply is stored as its value; the visitor saw (and picked) its label.
      panel.append(bubble(labels.get(message.text) || message.text, 'visitor', who.visitor));
      return;
    }
    for (const choice of choicesOf(message)) labels.set(String(choice.value), choice.label);
    panel.append(bubble(message.text, message.author, message.author === 'agent' ? message.payload?.agentName || who.bot : who.bot));
    if (message.kind === 'articles' && Array.isArray(message.payload?.articles)) panel.append(articleCards(message.payload.articles, t('articles')));
    if (!current) return;
    const choices = choicesOf(message);
    const offer = (picker) => picker || !choices.length || panel.choices(choices, (choice) => {
      panel.focusInput(); // the buttons go away; keep keyboard users in the composer
      send(choice.value, choice.label);
    });
    if (message.kind === 'meetingSlots' || message.payload?.invitationUrl) {
      // The slot picker's code comes with extras.js; it takes this place in the log when it arrives.
      const slot = el('div');
      panel.append(slot);
      extras().then((m) => {
        const parts = m.meetingParts(host.shadowRoot, message, { t, locale: language, base, onPick: (choice) => send(choice.value, choice.label) });
        slot.replaceWith(...parts.filter(Boolean));
        offer(parts[0]);
      });
    } else offer();
    if (message.kind === 'question' || message.kind === 'invalid') panel.inputHint(message.payload?.inputHint);
  }

  // Agent replies, typing and the agent closing the chat arrive live (live.js).
  function follow(current, { visitorId, streamToken, messages }) {
    current.live = connectLive({
      base, conversationId: current.id, visitorId, streamToken, after: Math.max(0, ...messages.map((m) => m.seq)), root: host.shadowRoot,
      onMessage: arrive,
      onTyping: (on) => panel.typing(on),
      onStatus: (status) => enqueue(async () => {
        if (conversation !== current || current.status === 'ended') return;
        current.status = status === 'closed' ? 'ended' : status;
        if (current.status === 'ended') { panel.choices([]); showEnd(); }
      }),
    });
  }

  function showEnd() {
    conversation?.live?.close();
    save();
    const restart = el('button', 'cf-btn cf-btn-primary', t('restart'));
    restart.type = 'button';
    restart.addEventListener('click', () => {
      panel.clear();
      conversation = null;
      ledger.forget();
      panel.focusInput();
      start(cookieChoice);
    });
    panel.append(note(t('ended')));
    if (flow.survey) {
      // In its place above the actions, though its code arrives a moment later.
      const slot = el('div');
      panel.append(slot);
      const options = { survey: flow.survey, conversationId: conversation.id, base, headers: api.headers, t };
      extras().then((m) => m.showSurvey({ announce: panel.announce, append: (node) => slot.replaceWith(node) }, options));
    }
    const actions = el('div', 'cf-end-actions');
    actions.append(restart);
    const ended = conversation.id;
    extras().then((m) => actions.prepend(...m.endButtons({
      base, conversationId: ended, headers: api.headers, t, panel, language, restart, onDeleted: () => { conversation = null; },
    })));
    if (cookieChoice && !config.visitor) actions.append(earlierToggle());
    panel.append(actions);
    events.emit('conversationEnded', { conversationId: conversation.id });
  }

  // The visitor's earlier conversations (extras.js), for a visitor the server can recognise.
  function earlierToggle() {
    const toggle = el('button', 'cf-btn', t('earlier'));
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.addEventListener('click', () => extras().then((m) => m.showEarlier({ api, panel, t, language, who, toggle })));
    return toggle;
  }

  function problemText(error) {
    if (error.status === 429) return error.retryAfter ? t('tooFast', { n: error.retryAfter }) : t('tooFastSoon');
    return flow.errorMessage || t('error');
  }

  return {
    open,
    close,
    isOpen: () => panel.isOpen,
    identify(value) { identityToken = value; },
    /** The conversation going on in this tab, for the site's script (window.Chatflows.getConversation). */
    getConversation: () => (conversation ? { id: conversation.id, status: conversation.status, open: panel.isOpen, unread } : null),
    /** Takes the widget off the page (a single-page site moved to a route without this chatflow). */
    destroy() {
      removeEventListener('online', catchUp);
      document.removeEventListener('visibilitychange', markRead);
      document.removeEventListener('mouseout', onExitIntent);
      host.remove();
    },
  };
}
