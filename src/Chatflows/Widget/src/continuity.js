// The tab's memory of a chat the visitor started (issue 16, docs/privacy.md): the conversation id, the
// signed visitor id, whether the panel was open, the last message read (and the last reply the server
// heard was read), the consent answers and whether it ended. Written only once a chat started (a
// "user-input" session identifier, Article 29 WP Opinion 04/2012 §3.1), in sessionStorage, so it ends
// with the tab. The loader reads the same key (loader.js).
export const SESSION_KEY = 'chatflows';

export function readSession() {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION_KEY)) || null;
  } catch {
    return null;
  }
}

export function writeSession(value) {
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the chat goes on in this page only, as before.
  }
}

export function clearSession() {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // nothing to clear
  }
}
