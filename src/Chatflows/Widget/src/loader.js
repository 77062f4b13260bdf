// The only script a page loads before the visitor opens the chat (≤ 4 KB brotli, DESIGN "The widget").
// It asks which chatflow targets this page, shows the launcher bubble, and imports the full widget
// on first open. It writes no cookies and no storage: consent (O6) comes before that. It reads the tab's
// session storage, which holds something only after the visitor started a chat (continuity.js): then it
// loads the widget at once so the conversation carries on (issue 16).
import { paletteRule } from './colour.js';
import { createEvents } from './events.js';
import { request } from './http.js';
import { pickLanguage } from './language.js';
import { launcherCss } from './launcher-styles.js';
import { afterFirstPaint, nextTask } from './paint.js';

// The widget's fingerprinted file name, set by build.mjs, so the loader needs no data-widget attribute.
/* global __CF_WIDGET__ */
const ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z';

const script = document.currentScript;
const existing = window.Chatflows;
if (!existing?.__chatflows && !window.ChatflowsWidget?.__chatflows) start();

function start() {
  const data = script?.dataset || {};
  const base = (data.base || new URL(script?.src || location.href).origin).replace(/\/+$/, '');
  const widgetUrl = new URL(data.widget || `/chatflows/widget/${__CF_WIDGET__}`, `${base}/`).href;
  const events = createEvents();
  const state = { resumed: null, loaded: false, shown: 0, config: null, widget: null, importing: null, wantOpen: false, token: null, button: null, welcome: null, stopTrigger: null, kept: null, forced: data.lang || null };
  let device = 'desktop';

  const api = {
    __chatflows: true,
    open: () => { open(); },
    close: () => { state.widget?.close(); },
    identify(token) {
      state.token = typeof token === 'string' ? token : null;
      state.widget?.identify(state.token);
      // Targeting sees who the visitor is (O10): identified after the page asked, it asks again.
      if (state.loaded && !state.widget) refresh();
    },
    on: (name, fn) => events.on(name, fn),
    getConversation: () => state.widget?.getConversation() || null,
    load: () => { load(); },
    refresh: () => refresh(),
    setLanguage(code) {
      state.forced = typeof code === 'string' && code ? code : null;
      relabel();
      // A conversation going on keeps the language it started in; a widget without one is made afresh, with
      // the chatflow's texts asked again in the new language.
      if (state.widget?.getConversation()) return;
      const wasOpen = state.widget?.isOpen();
      state.widget?.destroy();
      Object.assign(state, { widget: null, importing: null });
      refresh().then(() => { if (wasOpen) open(); });
    },
  };
  // A page may own a global of the same name; keep theirs and offer ours under a second name.
  if (!existing) window.Chatflows = api;
  window.ChatflowsWidget = api;

  // Everything else waits for a task after the page's load event and its first contentful paint (paint.js):
  // while the page loads, the loader only defines the API above, so it adds next to nothing to the page's
  // own work and never lengthens its load event or its first paint. Asking the API, watching routes and
  // drawing the launcher come after; a tab that holds a chat carries on at once after the load event.
  if (data.delayLoad !== 'true') afterFirstPaint(load, holdsChat());

  function fetchConfig() {
    // No time zone here: the first Intl call loads locale data (tens of milliseconds, a long task on a
    // slow phone); the widget formats "back at …" itself when the visitor opens the chat.
    device = matchMedia('(max-width: 640px)').matches ? 'mobile' : 'desktop';
    // The visitor's languages, most wanted first, as language() weighs them: the server answers in the first the chatflow speaks.
    const lang = [state.forced, document.documentElement.lang, ...(navigator.languages || [navigator.language])].filter(Boolean).join(',').slice(0, 100);
    const query = new URLSearchParams({ url: location.href, lang: lang || 'en', device });
    if (state.kept?.f) query.set('chatflow', state.kept.f);
    // The identity token goes in a header, so it stays out of access logs (docs/api.md).
    const headers = state.token ? { 'X-Chatflows-Identity': state.token } : {};
    return request(`${base}/chatflows/api/widget?${query}`, { headers }).then((r) => r.data);
  }

  async function load() {
    if (state.loaded) return;
    state.loaded = true;
    try {
      state.kept = JSON.parse(sessionStorage.getItem('chatflows'));
    } catch {}
    // A reply mail's link back into a conversation (issue 20, docs/embedding.md): its token buys a signed
    // visitor id for that conversation; the fragment leaves the address bar, history and bookmarks at once.
    const link = /chatflows-resume=([\w-]+)/.exec(location.hash);
    if (link) {
      history.replaceState(history.state, '', location.href.split('#')[0]);
      const r = (await request(`${base}/chatflows/api/visitor/resume`, { method: 'POST', body: { token: link[1] } })).data;
      if (r) state.kept = state.resumed = { c: r.conversationId, v: r.visitorId, f: r.chatflowId, o: 1 };
    }
    // A page no chatflow targets gets the loader only to carry on a chat this tab started (issue 16).
    if (data.continueOnly && (!state.kept?.c || state.kept.e)) return;
    watchRoutes(refresh, () => { if (location.hash === '#chat-open') open(); });
    const seen = state.shown;
    show(await fetchConfig(), seen);
  }

  // Single-page sites: a new route may be targeted by another chatflow or by none. An open chat stays
  // as it is, so a visitor who follows a link mid-conversation is not cut off.
  async function refresh() {
    if (!state.loaded) return;
    const seen = ++state.shown;
    const config = await fetchConfig();
    if (seen !== state.shown || state.widget?.isOpen() || state.widget?.getConversation()) return;
    if (config?.chatflow?.id && config.chatflow.id === state.config?.chatflow?.id) {
      state.config = config;
      return;
    }
    state.stopTrigger?.();
    state.welcome?.remove();
    state.button?.getRootNode().host.remove();
    state.widget?.destroy();
    Object.assign(state, { config: null, widget: null, importing: null, button: null, welcome: null, stopTrigger: null });
    show(config, seen);
  }

  async function show(config, seen) {
    if (!config?.chatflow || seen !== state.shown) return;
    state.config = config;
    await whenBodyReady();
    // Reading the answer and drawing the launcher are two short tasks, not one long one.
    await nextTask();
    if (seen !== state.shown) return;
    const display = config.chatflow.display || {};
    const behavior = (device === 'mobile' ? display.mobileBehavior : display.desktopBehavior) || 'launcherThenWelcome';
    const launcher = () => { if (!state.button && config.availability?.instruction !== 'hideLauncher') showLauncher(config); };
    // A conversation going on (this tab's, or the cookie's) comes back at once, as it was.
    const kept = state.kept?.c && state.kept.f === config.chatflow.id && (config.sessionContinuity !== false || state.kept === state.resumed) ? state.kept : null;
    const known = config.visitor?.conversation;
    if (kept || known) {
      if (!state.button) showLauncher(config);
      widget(kept || { c: known.id });
      return;
    }
    // D5: links in e-mails and campaigns open the chat with #chat-open, whatever the trigger.
    if (state.wantOpen || location.hash === '#chat-open') {
      state.wantOpen = false;
      launcher();
      open();
      return;
    }
    // W6, W7: a hidden launcher means nobody is there to answer, so no trigger may open the chat either.
    if (config.availability?.instruction === 'hideLauncher') return;
    if (behavior !== 'launcherOnTrigger') launcher();
    state.stopTrigger = whenTriggered(display, () => {
      launcher();
      if (behavior === 'openOnTrigger') open();
      else if (behavior === 'launcherThenWelcome' && state.button && !state.widget?.isOpen()) showWelcome(config.chatflow, display);
    });
  }

  async function open(reply) {
    state.welcome?.remove();
    if (!state.config) {
      state.wantOpen = true;
      return;
    }
    (await widget())?.open(reply);
  }

  // Issue 23: the visitor's language among the chatflow's (language.js).
  function language(config) {
    return pickLanguage(config.languages || [config.language], state.forced, document.documentElement.lang, navigator.languages || [], navigator.language);
  }

  // The launcher's label and side (right-to-left scripts put it on the left) in the visitor's language.
  function relabel() {
    const texts = state.config?.texts?.[language(state.config)] || {};
    if (!state.button) return;
    state.button.setAttribute('aria-label', texts.openChat || 'Chat');
    state.button.getRootNode().host.dir = texts.dir || 'ltr';
  }

  // Only the visitor's language is fetched, in parallel with the widget's script (both cached for a year).
  function words(lang) {
    const file = state.config.texts?.[lang]?.file;
    // Next to the widget's script, like it (the builder's preview has an API base of its own).
    return file ? request(new URL(file, widgetUrl).href).then((r) => r.data || Promise.reject(r.error)) : {};
  }

  function widget(resume) {
    const lang = state.config && language(state.config);
    return state.importing ||= Promise.all([import(/* webpackIgnore: true */ widgetUrl), lang && words(lang)]).then(
      ([module, texts]) => state.config && (state.widget = module.createWidget({
        config: state.config, base, token: state.token, events, resume, texts, language: lang,
        launcher: { focus: () => state.button?.focus(), expanded: (on) => state.button?.setAttribute('aria-expanded', String(on)), button: () => state.button },
      })),
      () => { state.importing = null; });
  }

  // D2: the welcome message as a small bubble by the launcher, optionally with its quick replies.
  function showWelcome(flow, display) {
    if (!flow.welcomeMessage || state.welcome) return;
    const box = document.createElement('div');
    box.className = 'cf-welcome';
    const text = document.createElement('button');
    text.type = 'button';
    text.className = 'cf-welcome-text';
    text.textContent = flow.welcomeMessage;
    text.dir = 'auto';
    text.addEventListener('click', () => open());
    box.append(text);
    if (display.showQuickRepliesOutside) {
      for (const reply of flow.welcomeQuickReplies || []) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'cf-reply';
        button.textContent = reply.label;
        button.addEventListener('click', () => open(reply));
        box.append(button);
      }
    }
    state.button.before(box);
    state.welcome = box;
  }

  function showLauncher(config) {
    const host = document.createElement('chatflows-launcher');
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(paletteRule(config.channel?.accentColor) + launcherCss);
    root.adoptedStyleSheets = [sheet];
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cf-launcher';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', 'false');
    button.append(icon());
    button.addEventListener('click', () => (state.widget?.isOpen() ? state.widget.close() : open()));
    root.append(button);
    document.body.append(host);
    state.button = button;
    relabel();
  }
}

function holdsChat() {
  try {
    return !!sessionStorage.getItem('chatflows') || location.hash.includes('chatflows-resume=');
  } catch {
    return false;
  }
}

function icon() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICON);
  svg.append(path);
  return svg;
}

// D4: every chosen trigger is armed and the first to fire wins (the others are disarmed); none chosen
// fires at once. Exit intent is the pointer leaving through the top of the window.
// Returns a function that stops watching (a single-page site moved on to another route).
function whenTriggered(display, fire) {
  let timer = 0;
  const on = display.triggers || [];
  const stop = () => {
    clearTimeout(timer);
    removeEventListener('scroll', onScroll);
    document.removeEventListener('mouseout', onOut);
  };
  const once = () => {
    stop();
    fire();
  };
  const onOut = (event) => { if (!event.relatedTarget && event.clientY <= 0) once(); };
  const onScroll = () => {
    const room = document.documentElement.scrollHeight - innerHeight;
    if (room > 0 && (scrollY / room) * 100 >= display.percent) once();
  };
  if (on.includes('exitIntent')) document.addEventListener('mouseout', onOut);
  if (on.includes('timeOnPage')) timer = setTimeout(once, display.seconds * 1000);
  if (on.includes('scrollPercentage')) addEventListener('scroll', onScroll, { passive: true });
  if (!on.length) once();
  return stop;
}

// Routes of single-page sites change through the History API without a page load; the loader wraps
// pushState/replaceState (keeping the page's own wrappers working) and listens to popstate.
function watchRoutes(onRoute, onHash) {
  let last = location.href.split('#')[0];
  const check = () => {
    const now = location.href.split('#')[0];
    if (now === last) return onHash();
    last = now;
    onRoute();
  };
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name];
    history[name] = function (...args) {
      const result = original.apply(this, args);
      check();
      return result;
    };
  }
  addEventListener('popstate', check);
  addEventListener('hashchange', onHash);
}

function whenBodyReady() {
  return document.body ? Promise.resolve() : new Promise((resolve) => addEventListener('DOMContentLoaded', resolve, { once: true }));
}
