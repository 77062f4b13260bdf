// The live inbox (P2). The list re-reads itself from the server when anything happens; a thread appends
// new messages, shows the visitor typing and sends the agent's typing. Text goes in with textContent only.
(() => {
  const list = document.getElementById('cf-inbox-list');
  const transcript = document.getElementById('cf-transcript');
  const announce = document.getElementById('cf-inbox-announce');
  // The admin may live under another path than /admin (Chatflows:Admin:Path); the layout says where.
  const adminPath = document.body.dataset.admin || '/admin';

  if (list) {
    const events = new EventSource(list.dataset.live);
    let timer = null;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const response = await fetch(location.href, { credentials: 'same-origin' }).catch(() => null);
        if (!response?.ok) return;
        const page = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fresh = page.getElementById('cf-inbox-list');
        const current = document.getElementById('cf-inbox-list');
        if (fresh && current) current.replaceChildren(...Array.from(fresh.childNodes, (n) => document.importNode(n, true)));
        const badge = page.getElementById('cf-unread-mine');
        const tab = document.querySelector('.cf-tabs a[href*="view=mine"]');
        if (tab) {
          document.getElementById('cf-unread-mine')?.remove();
          if (badge) tab.append(document.importNode(badge, true));
        }
      }, 250);
    };
    for (const type of ['conversation', 'message', 'assignment', 'status']) {
      events.addEventListener(type, () => {
        refresh();
        if (type === 'conversation' && announce) announce.textContent = 'New conversation';
      });
    }
  }

  if (transcript) {
    const id = transcript.dataset.conversation;
    const seen = new Set(Array.from(transcript.querySelectorAll('[data-seq]'), (li) => li.dataset.seq));
    const typing = document.getElementById('cf-typing');
    const status = document.getElementById('cf-thread-status');
    const labels = { visitor: 'Visitor', bot: 'Bot', note: 'Internal note', system: 'System' };
    const events = new EventSource(`${adminPath}/inbox/events?conversation=${encodeURIComponent(id)}&after=${Number(transcript.dataset.lastSeq) || 0}`);
    let typingTimer = null;
    // What arrives while the thread is in view is read; what arrives in a background tab waits until it is shown.
    const readToken = document.querySelector('input[name="__RequestVerificationToken"]')?.value;
    let readUpTo = Number(transcript.dataset.lastSeq) || 0;
    let unreadUpTo = readUpTo;
    const markRead = (seq) => {
      unreadUpTo = Math.max(unreadUpTo, seq);
      if (document.visibilityState !== 'visible' || unreadUpTo <= readUpTo || !readToken) return;
      readUpTo = unreadUpTo;
      fetch(`${adminPath}/inbox/conversations/${encodeURIComponent(id)}/read`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', RequestVerificationToken: readToken },
        body: JSON.stringify({ seq: readUpTo }),
      }).catch(() => {});
    };
    document.addEventListener('visibilitychange', () => markRead(unreadUpTo));
    // The newest message is at the bottom: open there, and follow new ones unless the agent scrolled up to read.
    const atBottom = () => transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 40;
    transcript.scrollTop = transcript.scrollHeight;

    events.addEventListener('message', (event) => {
      const message = JSON.parse(event.data);
      if (seen.has(String(message.seq))) return;
      seen.add(String(message.seq));
      const item = document.createElement('li');
      item.className = `cf-msg cf-msg-${message.author}`;
      item.dataset.seq = message.seq;
      const author = document.createElement('span');
      author.className = 'cf-msg-author';
      author.textContent = message.author === 'agent' ? message.payload?.agentName || 'Agent' : labels[message.author] || message.author;
      const time = document.createElement('time');
      time.dateTime = message.createdUtc;
      time.textContent = new Date(message.createdUtc).toISOString().slice(11, 16);
      const text = document.createElement('p');
      text.className = 'cf-msg-text';
      text.textContent = message.text;
      item.append(author, ' ', time, text);
      const follow = atBottom();
      transcript.append(item);
      if (follow) transcript.scrollTop = transcript.scrollHeight;
      if (message.author === 'visitor') {
        typing.textContent = '';
        markRead(message.seq);
      }
    });
    events.addEventListener('typing', (event) => {
      const data = JSON.parse(event.data);
      if (data.author !== 'visitor') return;
      clearTimeout(typingTimer);
      typing.textContent = data.typing ? 'The visitor is typing…' : '';
      if (data.typing) typingTimer = setTimeout(() => { typing.textContent = ''; }, 8000);
    });
    events.addEventListener('rating', (event) => {
      const data = JSON.parse(event.data);
      const note = document.createElement('p');
      note.className = 'cf-rating-note';
      note.id = 'cf-rating';
      const label = document.createElement('strong');
      label.textContent = "Visitor's rating:";
      note.append(label, ` ${data.rating}`);
      if (data.comment) {
        const comment = document.createElement('span');
        comment.className = 'cf-pre';
        comment.textContent = data.comment;
        note.append(' — ', comment);
      }
      const current = document.getElementById('cf-rating');
      if (current) current.replaceWith(note);
      else typing.after(note);
    });
    // The visitor's widget read the thread up to `seq` (M1): "Seen" moves to the last agent reply at or before it.
    events.addEventListener('seen', (event) => {
      const upTo = Number(JSON.parse(event.data).seq) || 0;
      const read = Array.from(transcript.querySelectorAll('.cf-msg-agent[data-seq]')).filter((li) => Number(li.dataset.seq) <= upTo).pop();
      if (!read || read.querySelector('.cf-msg-seen')) return;
      transcript.querySelector('.cf-msg-seen')?.remove();
      const mark = document.createElement('span');
      mark.className = 'cf-msg-seen';
      mark.textContent = 'Seen';
      read.querySelector('time').after(' ', mark);
    });
    events.addEventListener('status', (event) => {
      // The stream opens with the current status: from here on, typing and new messages arrive.
      transcript.dataset.live = 'connected';
      const data = JSON.parse(event.data);
      if (status && data.status === 'closed') status.textContent = 'Closed';
    });

    const box = document.querySelector('[data-typing-url]');
    const form = box?.form;
    const token = form?.querySelector('input[name="__RequestVerificationToken"]')?.value;
    let lastSent = 0;
    let idle = null;
    const signal = (on) => fetch(box.dataset.typingUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', RequestVerificationToken: token },
      body: JSON.stringify({ typing: on }),
    }).catch(() => {});
    box?.addEventListener('input', () => {
      const now = Date.now();
      if (now - lastSent > 3000) {
        lastSent = now;
        signal(true);
      }
      clearTimeout(idle);
      idle = setTimeout(() => { lastSent = 0; signal(false); }, 4000);
    });
    form?.addEventListener('submit', () => { clearTimeout(idle); });
  }
})();
