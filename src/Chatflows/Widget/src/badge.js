// The launcher's unread badge (issue 16): the count of agent replies the visitor has not seen, drawn into
// the launcher's shadow root, and a status region that tells screen readers when it changes.
const CSS = `.cf-badge{position:absolute;top:-4px;inset-inline-end:-4px;min-width:20px;height:20px;padding:0 6px;box-sizing:border-box;border-radius:10px;
background:#b00020;color:#fff;font:700 12px/20px system-ui,sans-serif;text-align:center}.cf-badge[hidden]{display:none}
.cf-launcher{position:relative}.cf-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

export function launcherBadge(button, t) {
  if (!button) return () => {};
  const root = button.getRootNode();
  const label = button.getAttribute('aria-label');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const badge = document.createElement('span');
  badge.className = 'cf-badge';
  badge.setAttribute('aria-hidden', 'true');
  badge.hidden = true;
  const status = document.createElement('span');
  status.className = 'cf-sr';
  status.setAttribute('role', 'status');
  button.append(badge);
  root.append(status);
  return (count) => {
    badge.hidden = !count;
    badge.textContent = count ? String(count) : '';
    const said = count ? t('unread', { n: count }) : '';
    button.setAttribute('aria-label', said ? `${label}, ${said}` : label);
    status.textContent = said;
  };
}
