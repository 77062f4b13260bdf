// Consent (O6, O7) inside the panel: the cookie question before the chat starts and the data-processing
// notice before the first message. Answers go to the server with the text version; nothing is stored
// in the browser, so a visitor who declines leaves no trace there.
import { el } from './render.js';

/** The cookie question; resolves true (allow) or false (decline) once the visitor answers. */
export function askCookies(panel, cookies, t) {
  return new Promise((resolve) => {
    const box = el('div', 'cf-consent cf-consent-cookies');
    box.setAttribute('role', 'group');
    box.append(el('p', null, cookies.text));
    const row = el('div', 'cf-consent-actions');
    for (const [label, granted] of [[t('allowCookies'), true], [t('declineCookies'), false]]) {
      const button = el('button', granted ? 'cf-btn cf-btn-primary' : 'cf-btn', label);
      button.type = 'button';
      button.addEventListener('click', () => { box.remove(); resolve(granted); });
      row.append(button);
    }
    box.append(row);
    panel.notice(box);
  });
}

/**
 * The data-processing notice. Explicit: text, privacy link and "I agree", and `onAgree` runs on the
 * click; legitimate interest: the text only. Returns the notice so a blocked send can point at it.
 */
export function showDataProcessing(panel, processing, t, onAgree) {
  const box = el('div', 'cf-consent cf-consent-data');
  box.append(el('p', null, processing.text));
  const href = safeHref(processing.privacyPolicyUrl);
  if (href) {
    const link = el('a', null, t('privacyPolicy'));
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener';
    box.append(link);
  }
  if (processing.type === 'explicit') {
    const agree = el('button', 'cf-btn cf-btn-primary', t('agree'));
    agree.type = 'button';
    agree.addEventListener('click', () => { box.remove(); onAgree(); });
    box.append(agree);
  }
  panel.notice(box);
  return box;
}

function safeHref(url) {
  if (!url) return null;
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
