// The builder's preview (B6): a button that reopens the real widget after the editor closed it.
document.getElementById('cf-preview-open')?.addEventListener('click', () => {
  (window.ChatflowsWidget || window.Chatflows)?.open();
});
