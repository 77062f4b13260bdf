// The chat panel's DOM: a labelled, non-modal dialog with header (W2), message log, answer buttons,
// composer and a polite live region that announces what the bot says.
import { el, icon, typingIndicator } from './render.js';

const HINTS = {
  email: { type: 'email', inputMode: 'email', autocomplete: 'email' },
  phone: { type: 'tel', inputMode: 'tel', autocomplete: 'tel' },
  number: { type: 'text', inputMode: 'decimal', autocomplete: 'off' },
  date: { type: 'date', inputMode: 'none', autocomplete: 'off' },
};
const PLAIN = { type: 'text', inputMode: 'text', autocomplete: 'off' };

export function buildPanel(root, { channel, base, t, onClose, onSubmit }) {
  const dialog = el('div', 'cf-panel');
  dialog.hidden = true;
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'false');
  dialog.setAttribute('aria-labelledby', 'cf-title');

  const header = el('div', 'cf-header');
  if (channel.avatarUrl) {
    const avatar = el('img', 'cf-avatar');
    avatar.alt = '';
    avatar.src = new URL(channel.avatarUrl, `${base}/`).href;
    header.append(avatar);
  }
  const title = el('h2', 'cf-title', channel.headingName || '');
  title.id = 'cf-title';
  const close = el('button', 'cf-icon');
  close.type = 'button';
  close.setAttribute('aria-label', t('close'));
  close.append(icon('close'));
  close.addEventListener('click', onClose);
  header.append(title, close);

  const status = el('p', 'cf-status');
  status.hidden = true;
  const notices = el('div', 'cf-notices');

  const log = el('div', 'cf-log');
  // A long history scrolls: keyboard users must be able to reach it (WCAG 2.1.1), links or not.
  log.tabIndex = 0;
  log.setAttribute('role', 'region');
  log.setAttribute('aria-label', t('chatTab'));
  const typing = typingIndicator(t('typing', { name: channel.headingName || '' }));
  const replies = el('div', 'cf-replies');
  replies.setAttribute('role', 'group');
  replies.setAttribute('aria-label', t('choices'));

  const form = el('form', 'cf-composer');
  form.noValidate = true; // the bot's own validation answers (B2), in the chatflow's words
  const label = el('label', 'cf-sr', t('message'));
  label.htmlFor = 'cf-input';
  const input = el('input', 'cf-input');
  input.id = 'cf-input';
  input.dir = 'auto'; // the visitor may write in another script than the widget's
  input.maxLength = 2000;
  input.placeholder = t('placeholder');
  const send = el('button', 'cf-icon cf-send');
  send.type = 'submit';
  send.setAttribute('aria-label', t('send'));
  send.append(icon('send'));
  form.append(label, input, send);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(input.value);
  });

  const live = el('div', 'cf-sr');
  live.setAttribute('aria-live', 'polite');
  dialog.append(header, status, log, notices, form, live);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onClose();
  });
  root.append(dialog);

  const scroll = () => { log.scrollTop = log.scrollHeight; };
  return {
    root: dialog,
    get isOpen() { return !dialog.hidden; },
    show() { dialog.hidden = false; scroll(); },
    hide() { dialog.hidden = true; },
    focusInput() { input.focus(); },
    append(node) { log.insertBefore(node, typing.isConnected ? typing : null); scroll(); },
    clear() { log.replaceChildren(); },
    announce(text) { live.textContent = text; },
    typing(on) { if (on) log.append(typing); else typing.remove(); scroll(); },
    takeText() { const text = input.value; input.value = ''; return text; },
    restoreText(text) { if (!input.value) input.value = text; },
    /** Shows answer buttons after the last message; picking one calls onPick with its choice. */
    choices(list, onPick) {
      replies.replaceChildren(...list.map((choice) => {
        const button = el('button', 'cf-btn', choice.label);
        button.type = 'button';
        button.addEventListener('click', () => onPick(choice));
        return button;
      }));
      if (list.length) this.append(replies); else replies.remove();
    },
    /** The availability line under the header (W6, W7); empty text hides it. */
    status(text) { status.textContent = text || ''; status.hidden = !text; },
    /** A consent question or notice between the log and the composer. */
    notice(node) { notices.append(node); },
    inputHint(hint) { Object.assign(input, HINTS[hint] || PLAIN); },
  };
}
