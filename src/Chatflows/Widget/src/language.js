// Issue 23: the visitor's language among the chatflow's: the site's forced choice (data-lang,
// Chatflows.setLanguage), then the page's <html lang>, then the browser's languages, then the chatflow's base.

/** The first candidate ("nl", "de-AT") the chatflow speaks, exactly or by its base language; else the first of `available`. */
export function pickLanguage(available, ...candidates) {
  const lower = available.map((code) => code.toLowerCase());
  for (const candidate of candidates.flat()) {
    const code = String(candidate || '').toLowerCase();
    if (!code) continue;
    const exact = lower.indexOf(code);
    if (exact >= 0) return available[exact];
    const base = lower.indexOf(code.split('-')[0]);
    if (base >= 0) return available[base];
  }
  return available[0];
}
