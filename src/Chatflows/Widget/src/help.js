// The Help tab (K2): "Chat" and "Help" as ARIA tabs over the panel; in Help the visitor browses the
// knowledge base by category, searches as they type, and reads an article in the panel. Article HTML
// comes only from the API's server-sanitised field; snippets keep nothing but text and <mark>.
import { request } from './http.js';
import { el } from './render.js';
import { helpSheet } from './styles.js';

const DEBOUNCE_MS = 250;

/**
 * Adds the tabs to the panel. `chat` are the panel's chat parts, wrapped into the Chat tab; the
 * returned `showChat` switches back (e.g. when the bot is opened from outside).
 */
export function mountHelp(panel, { base, language, knowledgeBaseId, t }) {
  const dialog = panel.root;
  const root = dialog.getRootNode();
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, helpSheet()];

  const header = dialog.querySelector('.cf-header');
  const chatPanel = tabPanel('chat');
  chatPanel.append(...[...dialog.children].filter((node) => node !== header && node.getAttribute('aria-live') !== 'polite'));
  const helpPanel = tabPanel('help');
  helpPanel.classList.add('cf-help');
  helpPanel.hidden = true;

  const tabs = el('div', 'cf-tabs');
  tabs.setAttribute('role', 'tablist');
  tabs.setAttribute('aria-label', t('helpTabs'));
  const chatTab = tab('chat', t('chatTab'));
  const helpTab = tab('help', t('helpTab'));
  tabs.append(chatTab, helpTab);
  header.after(tabs, chatPanel, helpPanel);

  const params = (extra) => new URLSearchParams({ lang: language, ...(knowledgeBaseId ? { kb: knowledgeBaseId } : {}), ...extra });
  const search = el('input', 'cf-help-search');
  search.dir = 'auto';
  search.type = 'search';
  search.id = 'cf-help-q';
  search.maxLength = 200;
  search.placeholder = t('helpSearchPlaceholder');
  search.autocomplete = 'off';
  const label = el('label', 'cf-sr', t('helpSearch'));
  label.htmlFor = search.id;
  const form = el('form');
  form.setAttribute('role', 'search');
  form.append(label, search);
  form.addEventListener('submit', (event) => { event.preventDefault(); find(); });
  const status = el('p', 'cf-help-note');
  status.setAttribute('aria-live', 'polite');
  const body = el('div', 'cf-help-body');
  const more = el('div', 'cf-help-more');
  const toChat = el('button', 'cf-btn cf-btn-primary', t('helpChat'));
  toChat.type = 'button';
  toChat.addEventListener('click', () => { select(chatTab); panel.focusInput(); });
  more.append(el('span', null, t('helpStillNeed')), toChat);
  helpPanel.append(form, status, body, more);

  let categories = null;
  let timer = 0;
  let sequence = 0;
  let lastList = null;

  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(find, DEBOUNCE_MS);
  });

  function tabPanel(name) {
    const node = el('div', 'cf-tabpanel');
    node.id = `cf-${name}-panel`;
    node.setAttribute('role', 'tabpanel');
    node.setAttribute('aria-labelledby', `cf-${name}-tab`);
    return node;
  }

  function tab(name, text) {
    const button = el('button', 'cf-tab', text);
    button.type = 'button';
    button.id = `cf-${name}-tab`;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', `cf-${name}-panel`);
    button.addEventListener('click', () => select(button));
    // Two tabs: the arrows go to the other one, Home and End to the first and last (WAI-ARIA tabs pattern).
    button.addEventListener('keydown', (event) => {
      const other = button === chatTab ? helpTab : chatTab;
      const target = { ArrowRight: other, ArrowLeft: other, Home: chatTab, End: helpTab }[event.key];
      if (!target) return;
      event.preventDefault();
      select(target);
      target.focus();
    });
    return button;
  }

  function select(chosen) {
    for (const [button, node] of [[chatTab, chatPanel], [helpTab, helpPanel]]) {
      const on = button === chosen;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      node.hidden = !on;
    }
    if (chosen === helpTab && !categories) browse();
  }
  select(chatTab);

  // Whatever puts the visitor in the composer (opening the panel, a quick reply, a consent answer)
  // is about the conversation, so it shows the Chat tab first: a hidden input cannot take focus.
  const focusInput = panel.focusInput;
  panel.focusInput = () => {
    select(chatTab);
    focusInput();
  };

  async function browse() {
    categories = [];
    const { data, error } = await request(`${base}/chatflows/api/kb/categories?${params()}`);
    if (error) {
      categories = null;
      status.textContent = t('helpError');
      return;
    }
    categories = data.categories || [];
    if (!search.value.trim()) showBrowse();
  }

  function showBrowse() {
    const nodes = [];
    for (const category of categories || []) {
      nodes.push(el('h3', null, category.name), list(category.articles.map((a) => ({ ...a, snippetHtml: '' }))));
    }
    status.textContent = categories && categories.length === 0 ? t('helpEmpty') : '';
    body.replaceChildren(...nodes);
    lastList = null;
  }

  async function find() {
    const q = search.value.trim();
    const mine = ++sequence;
    if (!q) {
      showBrowse();
      return;
    }
    const { data, error } = await request(`${base}/chatflows/api/kb/search?${params({ q })}`);
    if (mine !== sequence) return; // a newer search is under way
    if (error) {
      status.textContent = t('helpError');
      return;
    }
    status.textContent = data.results.length ? t('helpResults', { n: data.results.length }) : t('helpNoResults');
    lastList = list(data.results);
    body.replaceChildren(lastList);
  }

  function list(articles) {
    const ul = el('ul', 'cf-help-list');
    for (const article of articles) {
      const button = el('button', 'cf-help-item');
      button.type = 'button';
      button.append(el('strong', null, article.title));
      if (article.snippetHtml) button.append(snippet(article.snippetHtml));
      button.addEventListener('click', () => read(article, button));
      const item = el('li');
      item.append(button);
      ul.append(item);
    }
    return ul;
  }

  async function read(article, opener) {
    const view = [...body.childNodes];
    const { data, error } = await request(`${base}/chatflows/api/kb/articles/${encodeURIComponent(article.slug)}?${params()}`);
    if (error) {
      status.textContent = t('helpError');
      return;
    }
    const back = el('button', 'cf-btn cf-help-back', t('helpBack'));
    back.type = 'button';
    back.addEventListener('click', () => {
      body.replaceChildren(...view);
      form.hidden = false;
      opener.focus();
    });
    const content = el('article', 'cf-help-article');
    const title = el('h2', null, data.title);
    title.tabIndex = -1;
    const text = el('div');
    text.innerHTML = data.html; // sanitised on the server (ArticleRenderer): the API's safe field
    content.append(title, text);
    form.hidden = true;
    status.textContent = '';
    body.replaceChildren(back, content);
    title.focus();
  }

  return { showChat: () => select(chatTab) };
}

// The search snippet is encoded text with <mark> around matches; rebuilt from text nodes only.
function snippet(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
  const span = el('span');
  for (const node of parsed.childNodes) {
    span.append(node.nodeName === 'MARK' ? el('mark', null, node.textContent) : document.createTextNode(node.textContent));
  }
  return span;
}
