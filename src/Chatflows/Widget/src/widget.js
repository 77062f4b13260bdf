// The full widget, imported by the loader on first open: the panel, consent before and during the chat,
// and the end state. The conversation itself (turns, drawing, the live stream) is conversation.js.
import { createApi } from './api.js';
import { clearSession } from './continuity.js';
import { askCookies, showDataProcessing } from './consent.js';
import { createConversation } from './conversation.js';
import { translator } from './i18n.js';
import { extras } from './lazy-extras.js';
import { mountHelp } from './help.js';
import { buildPanel } from './panel.js';
import { availabilityLine } from './availability-line.js';
import { el, note } from './render.js';
import { panelSheet } from './styles.js';
import { endSheet } from './survey.js';

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
  const host = document.createElement('chatflows-widget');
  // Issue 23: right-to-left scripts mirror the whole panel; styles.js uses logical properties only.
  host.dir = texts.dir || 'ltr';
  host.shadowRoot.adoptedStyleSheets = [panelSheet(channel.accentColor), endSheet()];
  const panel = buildPanel(host.shadowRoot, { channel, base, t, onClose: close, onSubmit: () => send(panel.takeText()) });
  document.body.append(host);

  panel.status(availabilityLine(config.availability, t, language));
  // K2: the Help tab, when the chatflow searches a knowledge base.
  if (flow.help) mountHelp(panel, { base, language: flow.help.language || language, knowledgeBaseId: flow.help.knowledgeBaseId, t });

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
  let beginning = false;
  // Continuity (issue 16): a chat the visitor started is kept in the tab unless the site switched it off.
  const chat = createConversation({
    api, panel, t, events, flow, language, base, root: host.shadowRoot, launcher, who, answers,
    keep: config.sessionContinuity !== false, identity: () => identityToken, pick: (value, label) => send(value, label), ended: showEnd,
  });
  addEventListener('online', chat.catchUp);
  document.addEventListener('visibilitychange', chat.markRead);
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
    chat.markRead();
    askDataProcessing();
    if (!chat.current() && !beginning && !chat.isStarting()) begin();
  }

  // The notice is shown until the visitor agreed to this version; a legitimate-interest notice (nothing to
  // answer) is not repeated in a conversation the tab carries on.
  function askDataProcessing() {
    if (!processing.enabled || dataNotice || answer('dataProcessing') !== undefined || (resume && processing.type !== 'explicit')) return;
    dataNotice = showDataProcessing(panel, processing, t, () => {
      agreed = true;
      answers.dataProcessing = [consent.version, true];
      chat.save();
      panel.focusInput();
      // After the start, so the answer is stored under the conversation's visitor id.
      chat.enqueue(async () => {
        await api.consent('dataProcessing', flow.id, consent.version, true);
        sendPending();
      });
    });
  }

  // O6: with the banner "before chat", the conversation starts only once the visitor answered, and
  // only a yes lets the server set the visitor cookie.
  // A visitor the site identified (O10) is not asked about cookies, as the site knows them: no banner, no cookie.
  async function begin() {
    beginning = true;
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
    chat.start(cookies);
    beginning = false;
    chat.enqueue(async () => sendPending());
  }

  // O6 "on exit intent": the chat runs without the cookie; when the visitor heads for the address bar
  // or the tabs, the question shows in the chat, which opens if it was closed.
  function onExitIntent(event) {
    if (event.relatedTarget || event.clientY > 0 || !chat.current()) return;
    document.removeEventListener('mouseout', onExitIntent);
    open();
    askCookies(panel, consent.cookies, t).then((granted) => {
      cookieChoice = granted;
      answers.cookies = [consent.version, granted];
      chat.save();
      panel.focusInput();
      // Recorded in turn after any message in flight, under the conversation's visitor id; a yes sets the cookie.
      chat.enqueue(() => api.consent('cookies', flow.id, consent.version, granted));
    });
  }

  function sendPending() {
    if (!pendingReply || !agreed || !chat.current()) return;
    const reply = pendingReply;
    pendingReply = null;
    send(reply.value, reply.label);
  }

  function close() {
    if (!panel.isOpen) return;
    panel.hide();
    launcher.expanded(false);
    launcher.focus();
    chat.save();
    events.emit('close');
  }

  // The panel as the tab left it; a conversation gone meanwhile is forgotten, and starts afresh when asked.
  function restore() {
    if (resume.o) {
      panel.show();
      launcher.expanded(true);
    }
    chat.restore(resume, (found) => {
      if (!found) clearSession();
      if (panel.isOpen) (found ? askDataProcessing : begin)();
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
    chat.send(text, label === typed ? text : label);
  }

  function showEnd() {
    const ended = chat.current();
    chat.stop();
    chat.save();
    const restart = el('button', 'cf-btn cf-btn-primary', t('restart'));
    restart.type = 'button';
    restart.addEventListener('click', () => {
      panel.clear();
      chat.forget();
      panel.focusInput();
      chat.start(cookieChoice);
    });
    panel.append(note(t('ended')));
    if (flow.survey) {
      // In its place above the actions, though its code arrives a moment later.
      const slot = el('div');
      panel.append(slot);
      const options = { survey: flow.survey, conversationId: ended.id, base, headers: api.headers, t };
      extras().then((m) => m.showSurvey({ announce: panel.announce, append: (node) => slot.replaceWith(node) }, options));
    }
    const actions = el('div', 'cf-end-actions');
    actions.append(restart);
    extras().then((m) => actions.prepend(...m.endButtons({
      base, conversationId: ended.id, headers: api.headers, t, panel, language, restart, onDeleted: chat.forget,
    })));
    if (cookieChoice && !config.visitor) actions.append(earlierToggle());
    panel.append(actions);
    events.emit('conversationEnded', { conversationId: ended.id });
  }

  // The visitor's earlier conversations (extras.js), for a visitor the server can recognise.
  function earlierToggle() {
    const toggle = el('button', 'cf-btn', t('earlier'));
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.addEventListener('click', () => extras().then((m) => m.showEarlier({ api, panel, t, language, who, toggle })));
    return toggle;
  }

  return {
    open,
    close,
    isOpen: () => panel.isOpen,
    identify(value) { identityToken = value; },
    /** The conversation going on in this tab, for the site's script (window.Chatflows.getConversation). */
    getConversation() {
      const current = chat.current();
      return current ? { id: current.id, status: current.status, open: panel.isOpen, unread: chat.unread() } : null;
    },
    /** Takes the widget off the page (a single-page site moved to a route without this chatflow). */
    destroy() {
      removeEventListener('online', chat.catchUp);
      document.removeEventListener('visibilitychange', chat.markRead);
      document.removeEventListener('mouseout', onExitIntent);
      host.remove();
    },
  };
}
