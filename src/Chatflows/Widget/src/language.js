// O4: the chatflow's language wins, then the browser's, then English.

/** The first of the candidates (e.g. "nl", "de-AT") that the table has, or "en". */
export function pickLanguage(table, ...candidates) {
  for (const candidate of candidates) {
    const code = String(candidate || '').slice(0, 2).toLowerCase();
    if (code in table) return code;
  }
  return 'en';
}
