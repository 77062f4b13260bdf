// The builder's preview (B6): a button that reopens the real widget after the editor closed it.
document.getElementById('cf-preview-open')?.addEventListener('click', () => {
  (window.ChatflowsWidget || window.Chatflows)?.open();
});

// Trying another language (L1) starts a new preview conversation: one going on keeps the language it started in,
// and the widget resumes the tab's conversation (sessionStorage, see Widget/src/continuity.js).
document.getElementById('lang')?.form?.addEventListener('submit', () => {
  sessionStorage.removeItem('chatflows');
});
