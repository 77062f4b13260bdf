// "Earlier conversations" (issue 16): a returning visitor with the cookie reads their last ten ended
// conversations, newest first, read-only. Each opens (a disclosure) to its messages, fetched on demand.
import { bubble, el } from './render.js';

const CSS = `.cf-earlier{display:flex;flex-direction:column;gap:6px;max-height:45vh;overflow:auto;padding:8px;border:1px solid #d0d0d0;border-radius:8px;background:#fff;color:#1a1a1a}
.cf-earlier h3{margin:0;font-size:15px}.cf-earlier ul{margin:0;padding:0;list-style:none}.cf-earlier li{margin:0 0 4px}
.cf-earlier summary{cursor:pointer;padding:4px 0}.cf-earlier summary:focus-visible{outline:3px solid var(--cf-focus);outline-offset:2px}
.cf-earlier-log{display:flex;flex-direction:column;gap:6px;padding:6px 0}`;

export function showEarlier({ api, panel, t, language, who }) {
  const toggle = el('button', 'cf-btn', t('earlier'));
  toggle.type = 'button';
  let sheet = null;
  toggle.addEventListener('click', async () => {
    if (sheet) return sheet.querySelector('h3').focus();
    sheet = el('section', 'cf-earlier');
    const heading = el('h3', null, t('earlier'));
    heading.id = 'cf-earlier-title';
    heading.tabIndex = -1;
    sheet.setAttribute('aria-labelledby', heading.id);
    adopt(panel.root.getRootNode());
    sheet.append(heading);
    const back = el('button', 'cf-btn', t('backToChat'));
    back.type = 'button';
    back.addEventListener('click', () => { sheet.remove(); sheet = null; toggle.focus(); });
    const { data } = await api.conversations();
    const earlier = data?.earlier || [];
    if (!earlier.length) sheet.append(el('p', null, t('earlierEmpty')));
    const list = el('ul');
    for (const conversation of earlier) list.append(item(conversation));
    sheet.append(list, back);
    panel.notice(sheet);
    heading.focus();
  });
  return toggle;

  function item(conversation) {
    const details = el('details');
    details.append(el('summary', null, t('startedOn', { when: when(conversation.startedUtc) })));
    details.addEventListener('toggle', async () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'true';
      const { data } = await api.messagesAfter(conversation.id, 0);
      const log = el('div', 'cf-earlier-log');
      for (const m of data?.messages || []) log.append(bubble(m.text, m.author, m.author === 'visitor' ? who.visitor : m.payload?.agentName || who.bot));
      details.append(log);
    });
    const entry = el('li');
    entry.append(details);
    return entry;
  }

  function when(iso) {
    try {
      return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    } catch {
      return new Date(iso).toLocaleString();
    }
  }
}

let adopted = null;
function adopt(root) {
  if (adopted === root) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted = root;
}
