// W6, W7: what the visitor should expect before writing, as the status line under the header.

export function availabilityLine(availability, t, language) {
  switch (availability?.instruction) {
    case 'showResponseTime': return availability.typicalResponseTime && availability.typicalResponseTime !== 'none' ? t(availability.typicalResponseTime) : '';
    case 'showBackAt': return availability.nextOpening ? t('backAt', { when: backAt(availability.nextOpening, language) }) : availability.message;
    case 'showAwayMessage':
    case 'showWaitMessage': return availability.message;
    default: return '';
  }
}

// "Back Monday 09:00" in the visitor's own language and time zone, formatted in the widget rather than by
// the loader so the page never pays for the browser's locale data before the chat opens.
function backAt(when, language) {
  const at = new Date(when);
  const soon = at - Date.now() < 6 * 24 * 3600 * 1000;
  const options = soon ? { weekday: 'long', hour: '2-digit', minute: '2-digit' } : { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(language, options).format(at);
  } catch {
    return at.toLocaleString();
  }
}
