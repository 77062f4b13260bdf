// The full widget, imported by the loader on first open. One conversation at a time; bot messages
// appear one after another, each after its typing delay (O1).
import { createApi } from './api.js';
import { connectLive } from './live.js';
import { askCookies, showDataProcessing } from './consent.js';
import { translator } from './i18n.js';
import { mountHelp } from './help.js';
import { buildPanel } from './panel.js';
import { articleCards, bubble, choicesOf, el, note } from './render.js';
import { invitationLinks, slotPicker, slotsSheet } from './slots.js';
import { panelSheet } from './styles.js';
import { endSheet, showSurvey } from './survey.js';
import { transcriptButton } from './transcript.js';

const MAX_DELAY_MS = 5000;

class ChatflowsWidgetElement extends HTMLElement {
  constructor() {
    super();
    // Open, so tests and assistive tools can reach in; the shadow root still isolates the CSS.
    this.attachShadow({ mode: 'open' });
  }
}
if (!customElements.get('chatflows-widget')) customElements.define('chatflows-widget', ChatflowsWidgetElement);

export function createWidget({ config, base, token, events, launcher }) {
  const flow = config.chatflow;
  const channel = config.channel || {};
  const t = translator(config.language, navigator.language);
  const api = createApi(base);
  const host = document.createElement('chatflows-widget');
  host.shadowRoot.adoptedStyleSheets = [panelSheet(channel.accentColor), endSheet(), slotsSheet()];
  const panel = buildPanel(host.shadowRoot, { channel, base, t, onClose: close, onSubmit: () => send(panel.takeText()) });
  document.body.append(host);

  panel.status(availabilityLine(config.availability, t));
  // K2: the Help tab, when the chatflow searches a knowledge base.
  if (flow.help) mountHelp(panel, { base, language: flow.language, knowledgeBaseId: flow.help.knowledgeBaseId, t });

  const who = { bot: channel.headingName || 'Bot', visitor: t('you') };
  const consent = flow.consent || {};
  const processing = consent.dataProcessing || {};
  let agreed = !(processing.enabled && processing.type === 'explicit');
  let dataNotice = null;
  let pendingReply = null;
  let cookieChoice = false;
  let identityToken = token;
  let conversation = null;
  let starting = false;
  let turns = Promise.resolve();
  let lastSeq = 0;
  let offlineNote = null;
  addEventListener('online', catchUp);

  /** Opens the panel; a welcome quick reply picked outside the window (D2) is sent once the chat is ready. */
  function open(reply) {
    if (reply) pendingReply = reply;
    if (panel.isOpen) return;
    panel.show();
    panel.focusInput();
    launcher.expanded(true);
    events.emit('open');
    if (processing.enabled && !dataNotice) {
      dataNotice = showDataProcessing(panel, processing, t, () => {
        agreed = true;
        panel.focusInput();
        // After the start, so the answer is stored under the conversation's visitor id.
        enqueue(async () => {
          await api.consent('dataProcessing', flow.id, consent.version, true);
          sendPending();
        });
      });
    }
    if (!conversation && !starting) begin();
  }

  // O6: with the banner "before chat", the conversation starts only once the visitor answered, and
  // only a yes lets the server set the visitor cookie.
  async function begin() {
    starting = true;
    let cookies = false;
    if (consent.cookies?.enabled && consent.cookies.when === 'beforeChat') {
      cookies = await askCookies(panel, consent.cookies, t);
      cookieChoice = cookies;
      await api.consent('cookies', flow.id, consent.version, cookies);
    } else if (consent.cookies?.enabled && consent.cookies.when === 'onExitIntent') {
      document.addEventListener('mouseout', onExitIntent);
    }
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
    events.emit('close');
  }

  // Turns run one after another: a visitor who types ahead while the bot is still "typing" is sent
  // in order, after the bot's messages, never dropped.
  function enqueue(work) {
    turns = turns.then(work).catch((e) => setTimeout(() => { throw e; }));
  }

  function start(cookies = false) {
    starting = true;
    enqueue(async () => {
      const result = await api.start(flow.id, identityToken, cookies);
      if (result.data) conversation = { id: result.data.conversationId, status: result.data.status };
      if (result.data) follow(conversation, result.data);
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
      const result = await api.send(conversation.id, text, showOffline);
      offlineNote?.remove();
      offlineNote = null;
      if (result.error && label === typed) panel.restoreText(text);
      if (result.data) conversation.status = result.data.status;
      await settle(result);
    });
  }

  function showOffline() {
    if (offlineNote) return;
    offlineNote = note(t('offline'), true);
    panel.append(offlineNote);
    panel.announce(t('offline'));
  }

  // Back online: whatever the conversation gained meanwhile (an agent's answer, a turn whose answer was
  // lost) is read with `after=`, so nothing is missed and nothing is shown twice.
  function catchUp() {
    enqueue(async () => {
      if (!conversation) return;
      const { data } = await api.messagesAfter(conversation.id, lastSeq);
      if (!data) return;
      conversation.status = data.status;
      for (const message of data.messages) {
        if (message.seq <= lastSeq) continue;
        lastSeq = message.seq;
        if (message.author === 'visitor') panel.append(bubble(message.text, 'visitor', who.visitor));
        else await reveal(message);
      }
    });
  }

  /** Shows a turn's answer: the bot's messages in order, or what went wrong. */
  async function settle({ data, error }) {
    if (data?.messages) lastSeq = Math.max(lastSeq, ...data.messages.map((m) => m.seq || 0));
    if (error) {
      panel.append(note(problemText(error), true));
      panel.announce(problemText(error));
    } else {
      // The visitor's own message is already on screen, as typed or as the quick reply's label.
      for (const message of data.messages.filter((m) => m.author !== 'visitor')) await reveal(message);
      if (data.status === 'ended') showEnd();
    }
  }

  async function reveal(message) {
    const delay = Math.min(Number(message.payload?.delayMs) || 0, MAX_DELAY_MS);
    if (delay > 0) {
      panel.typing(true);
      await new Promise((resolve) => setTimeout(resolve, delay));
      panel.typing(false);
    }
    panel.append(bubble(message.text, message.author, message.author === 'agent' ? message.payload?.agentName || who.bot : who.bot));
    if (message.kind === 'articles' && Array.isArray(message.payload?.articles)) panel.append(articleCards(message.payload.articles, t('articles')));
    panel.announce(message.text);
    const choices = choicesOf(message);
    const picker = message.kind === 'meetingSlots' && slotPicker(message, t, config.language || navigator.language, (choice) => send(choice.value, choice.label));
    if (picker) panel.append(picker);
    else if (choices.length) {
      panel.choices(choices, (choice) => {
        panel.focusInput(); // the buttons go away; keep keyboard users in the composer
        send(choice.value, choice.label);
      });
    }
    const invite = message.payload?.invitationUrl && invitationLinks(message.payload, base, t);
    if (invite) panel.append(invite);
    if (message.kind === 'question' || message.kind === 'invalid') panel.inputHint(message.payload?.inputHint);
    events.emit('message', { author: message.author, kind: message.kind, text: message.text });
  }

  // Agent replies, typing and the agent closing the chat arrive live (live.js).
  function follow(current, { visitorId, streamToken, messages }) {
    current.live = connectLive({
      base, conversationId: current.id, visitorId, streamToken, after: Math.max(0, ...messages.map((m) => m.seq)), root: host.shadowRoot,
      onMessage: (message) => enqueue(() => reveal(message)),
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
    const restart = el('button', 'cf-btn cf-btn-primary', t('restart'));
    restart.type = 'button';
    restart.addEventListener('click', () => {
      panel.clear();
      conversation = null;
      panel.focusInput();
      start(cookieChoice);
    });
    panel.append(note(t('ended')));
    if (flow.survey) showSurvey(panel, { survey: flow.survey, conversationId: conversation.id, base, headers: api.headers, t });
    const actions = el('div', 'cf-end-actions');
    actions.append(transcriptButton({ base, conversationId: conversation.id, headers: api.headers, t, panel }), restart);
    panel.append(actions);
    events.emit('conversationEnded', { conversationId: conversation.id });
  }

  // "Back Monday 09:00" in the visitor's own language and time zone, formatted here rather than by the
  // loader so the page never pays for the browser's locale data before the chat opens.
  function backAt(when) {
    const at = new Date(when);
    const soon = at - Date.now() < 6 * 24 * 3600 * 1000;
    const options = soon ? { weekday: 'long', hour: '2-digit', minute: '2-digit' } : { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' };
    try {
      return new Intl.DateTimeFormat(config.language || navigator.language, options).format(at);
    } catch {
      return at.toLocaleString();
    }
  }

  // W6, W7: what the visitor should expect before writing.
  function availabilityLine(availability, tr) {
    switch (availability?.instruction) {
      case 'showResponseTime': return availability.typicalResponseTime && availability.typicalResponseTime !== 'none' ? tr(availability.typicalResponseTime) : '';
      case 'showBackAt': return availability.nextOpening ? tr('backAt', { when: backAt(availability.nextOpening) }) : availability.message;
      case 'showAwayMessage':
      case 'showWaitMessage': return availability.message;
      default: return '';
    }
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
    /** Takes the widget off the page (a single-page site moved to a route without this chatflow). */
    destroy() {
      removeEventListener('online', catchUp);
      document.removeEventListener('mouseout', onExitIntent);
      host.remove();
    },
  };
}
