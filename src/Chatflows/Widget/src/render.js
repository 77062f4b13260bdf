// DOM builders for messages. Server and visitor text only ever goes in through textContent (STYLE §22).

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = String(text);
  return node;
}

const ICONS = {
  close: 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z',
  send: 'M3 20.5V14l8-2-8-2V3.5L22 12z',
};

export function icon(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICONS[name]);
  svg.append(path);
  return svg;
}

/** A bubble with a hidden author prefix, so a screen reader's reading of the log says who spoke. */
export function bubble(text, author, who) {
  const node = el('div', `cf-msg cf-${author === 'visitor' ? 'visitor' : 'bot'}`);
  // Mixed scripts (issue 23): the bubble takes the direction of its own text; the hidden prefix, in the
  // widget's language, has a dir of its own so it does not decide the bubble's.
  node.dir = 'auto';
  const prefix = el('span', 'cf-sr', `${who}: `);
  prefix.dir = 'auto';
  node.append(prefix, document.createTextNode(String(text ?? '')));
  return node;
}

export function note(text, problem = false) {
  return el('p', problem ? 'cf-note cf-problem' : 'cf-note', text);
}

/** Article cards (K3): links open in the same tab; only http(s) addresses become links. */
export function articleCards(articles, label) {
  const list = el('ul', 'cf-cards');
  list.setAttribute('aria-label', label);
  for (const article of articles) {
    const href = safeHref(article?.url);
    if (!href) continue;
    const link = el('a');
    link.href = href;
    link.append(el('strong', null, article.title), el('span', null, article.snippet || ''));
    const item = el('li', 'cf-card');
    item.append(link);
    list.append(item);
  }
  return list;
}

export function typingIndicator(label) {
  const node = el('div', 'cf-typing');
  node.append(el('i'), el('i'), el('i'), el('span', 'cf-sr', label));
  return node;
}

/** The answers a question offers: quick replies, or meeting slots picked by id. */
export function choicesOf(message) {
  const payload = message.payload || {};
  if (Array.isArray(payload.quickReplies)) return payload.quickReplies.map((q) => ({ label: q.label, value: q.value ?? q.label }));
  if (Array.isArray(payload.slots)) return payload.slots.map((s) => ({ label: s.label, value: s.id }));
  return [];
}

function safeHref(url) {
  try {
    const parsed = new URL(String(url), location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
