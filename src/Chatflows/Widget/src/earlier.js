// "Earlier conversations" (issue 16): a returning visitor with the cookie reads their last ten ended
// conversations, newest first, read-only. Each is a disclosure whose messages are fetched when opened.
import { bubble, el } from './render.js';

const CSS = `.cf-earlier{max-height:45vh;overflow:auto;padding:8px;border:1px solid #d0d0d0;border-radius:8px;background:#fff;color:#1a1a1a}
.cf-earlier h3{margin:0 0 4px;font-size:15px}.cf-earlier ul{margin:0;padding:0;list-style:none}.cf-earlier summary{cursor:pointer;padding:4px 0}`;

/** Shows the list under the panel's notices, or takes it away when it is there (the toggle's second click). */
export async function showEarlier({ api, panel, t, language, who, toggle }) {
  if (toggle.sheet) {
    toggle.sheet.remove();
    toggle.sheet = null;
    return toggle.setAttribute('aria-expanded', 'false');
  }
  const root = panel.root.getRootNode();
  if (!root.cfEarlier) {
    root.cfEarlier = new CSSStyleSheet();
    root.cfEarlier.replaceSync(CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, root.cfEarlier];
  }
  const sheet = (toggle.sheet = el('section', 'cf-earlier'));
  const heading = el('h3', null, t('earlier'));
  heading.id = 'cf-earlier-title';
  sheet.setAttribute('aria-labelledby', heading.id);
  const list = el('ul');
  const { data } = await api.conversations();
  for (const conversation of data?.earlier || []) {
    const details = el('details');
    details.append(el('summary', null, when(conversation.startedUtc)));
    details.addEventListener('toggle', async () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = 'true';
      const { data: read } = await api.messagesAfter(conversation.id, 0);
      for (const m of read?.messages || []) details.append(bubble(m.text, m.author, m.author === 'visitor' ? who.visitor : m.payload?.agentName || who.bot));
    });
    const item = el('li');
    item.append(details);
    list.append(item);
  }
  sheet.append(heading, list.childElementCount ? list : el('p', null, t('earlierEmpty')));
  toggle.after(sheet);
  toggle.setAttribute('aria-expanded', 'true');

  function when(iso) {
    try {
      return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    } catch {
      return new Date(iso).toLocaleString();
    }
  }
}
