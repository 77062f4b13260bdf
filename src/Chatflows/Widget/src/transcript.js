// "Download transcript": the conversation as a plain-text file. Fetched with the visitor header (the
// cookie may not exist before consent), then saved through a temporary object URL.
import { el } from './render.js';

export function transcriptButton({ base, conversationId, headers, t, panel }) {
  const button = el('button', 'cf-btn', t('transcript'));
  button.type = 'button';
  button.addEventListener('click', async () => {
    try {
      const response = await fetch(`${base}/chatflows/api/conversations/${encodeURIComponent(conversationId)}/transcript`, {
        headers: headers(), credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = el('a');
      link.href = url;
      link.download = fileName(response.headers.get('Content-Disposition'));
      link.hidden = true;
      button.after(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch {
      panel.announce(t('transcriptFailed'));
    }
  });
  return button;
}

function fileName(disposition) {
  const match = /filename="?([^";]+)"?/.exec(disposition || '');
  return match ? match[1] : 'conversation.txt';
}
