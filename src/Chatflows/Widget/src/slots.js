// The meeting slot picker (B2): free times grouped by day, shown in the visitor's own time zone (the
// browser's), as a row of day buttons and the chosen day's times. Native buttons, so Tab/Enter/Space
// work; aria-pressed marks the chosen day and each time's accessible name says the full date.
import { el } from './render.js';

const css = `
.cf-slots{align-self:stretch;border:1px solid #e5e7eb;border-radius:12px;padding:10px;background:#fff}
.cf-slots-title{margin:0 0 8px;font-size:14px;font-weight:600}
.cf-slots-zone{display:block;font-weight:400;font-size:12px;color:#4b5563}
.cf-slot-days,.cf-slot-times{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 8px;padding:0;list-style:none}
.cf-slot-days button,.cf-slot-times button{padding:6px 10px;border:1.5px solid var(--cf-focus);border-radius:8px;background:#fff;color:#111827;font:inherit;font-size:14px;cursor:pointer}
.cf-slot-days button[aria-pressed=true]{background:var(--cf-accent);color:var(--cf-accent-text);border-color:var(--cf-accent)}
.cf-slot-times button:hover,.cf-slot-days button:hover{background:#f3f4f6}
.cf-slot-days button[aria-pressed=true]:hover{background:var(--cf-accent)}
.cf-slots-none{padding:6px 10px;border:0;background:none;color:#374151;text-decoration:underline;font:inherit;font-size:14px;cursor:pointer}
.cf-invite{display:flex;flex-wrap:wrap;gap:12px;font-size:14px}
.cf-invite a{color:var(--cf-focus)}
`;

let sheet = null;

/** The picker's styles, adopted next to the panel's. */
export function slotsSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

/**
 * A day/time picker for a meetingSlots message; onPick gets { value, label } like a quick reply.
 * Returns null when the message offers no slots.
 */
export function slotPicker(message, t, locale, onPick) {
  const slots = (message.payload?.slots || []).filter((s) => s && s.id && !Number.isNaN(Date.parse(s.start)));
  if (!slots.length) return null;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  const dayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const fullFormat = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

  const days = new Map();
  for (const slot of slots) {
    const key = dayFormat.format(new Date(slot.start));
    if (!days.has(key)) days.set(key, []);
    days.get(key).push(slot);
  }

  const root = el('div', 'cf-slots');
  root.setAttribute('role', 'group');
  const title = el('p', 'cf-slots-title', t('pickTime'));
  title.id = `cf-slots-${Math.random().toString(36).slice(2)}`;
  if (zone) title.append(el('span', 'cf-slots-zone', t('timesIn', { zone })));
  root.setAttribute('aria-labelledby', title.id);

  const dayList = el('ul', 'cf-slot-days');
  dayList.setAttribute('aria-label', t('days'));
  const timeList = el('ul', 'cf-slot-times');
  timeList.setAttribute('aria-label', t('times'));
  const dayButtons = [];

  const pick = (slot) => {
    root.remove();
    onPick({ value: slot.id, label: fullFormat.format(new Date(slot.start)) });
  };

  const showDay = (key) => {
    for (const button of dayButtons) button.setAttribute('aria-pressed', String(button.dataset.day === key));
    timeList.replaceChildren(...days.get(key).map((slot) => {
      const button = el('button', null, timeFormat.format(new Date(slot.start)));
      button.type = 'button';
      button.setAttribute('aria-label', fullFormat.format(new Date(slot.start)));
      button.addEventListener('click', () => pick(slot));
      const item = el('li');
      item.append(button);
      return item;
    }));
  };

  for (const key of days.keys()) {
    const button = el('button', null, key);
    button.type = 'button';
    button.dataset.day = key;
    button.addEventListener('click', () => showDay(key));
    dayButtons.push(button);
    const item = el('li');
    item.append(button);
    dayList.append(item);
  }

  root.append(title, dayList, timeList);
  const none = (message.payload?.quickReplies || []).find((q) => q.value === 'cancel');
  if (none) {
    const button = el('button', 'cf-slots-none', none.label);
    button.type = 'button';
    button.addEventListener('click', () => {
      root.remove();
      onPick({ value: none.value, label: none.label });
    });
    root.append(button);
  }
  showDay(days.keys().next().value);
  return root;
}

/** Links under a booking confirmation: the .ics invitation and the page to cancel or move it. */
export function invitationLinks(payload, base, t) {
  let ics;
  try {
    ics = new URL(String(payload.invitationUrl), `${base}/`);
  } catch {
    return null;
  }
  if (ics.protocol !== 'https:' && ics.protocol !== 'http:') return null;
  const box = el('p', 'cf-invite');
  const download = el('a', null, t('downloadInvite'));
  download.href = ics.href;
  download.setAttribute('download', '');
  const manage = el('a', null, t('manageMeeting'));
  manage.href = ics.href.replace(/\/invitation\.ics$/, '');
  manage.target = '_blank';
  manage.rel = 'noopener noreferrer';
  box.append(download, manage);
  return box;
}

/** The picker and the invitation links one message offers, with their styles adopted into the panel's root. */
export function meetingParts(root, message, { t, locale, base, onPick }) {
  if (!root.adoptedStyleSheets.includes(slotsSheet())) root.adoptedStyleSheets = [...root.adoptedStyleSheets, slotsSheet()];
  return [message.kind === 'meetingSlots' && slotPicker(message, t, locale, onPick), message.payload?.invitationUrl && invitationLinks(message.payload, base, t)];
}
