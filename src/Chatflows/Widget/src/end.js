// The end state's own controls: "Download transcript" (transcript.js), "Email me the transcript" (issue 20)
// and "Delete this conversation" with a confirmation (issue 21). Lazily loaded with extras.js.
import { clearSession } from './continuity.js';
import { request } from './http.js';
import { el } from './render.js';
import { transcriptButton } from './transcript.js';

const CSS = `.cf-end-form{display:flex;flex-wrap:wrap;gap:6px;align-items:center;justify-content:center;width:100%}
.cf-end-form input{flex:1 1 12em;padding:8px 10px;border:1px solid #6b7280;border-radius:8px;font:inherit}
.cf-confirm{display:flex;flex-wrap:wrap;gap:6px;justify-content:center;width:100%}.cf-confirm p{width:100%;margin:0;text-align:center}
.cf-end-error{width:100%;margin:0;color:#b00020;text-align:center;font-size:14px}`;

/**
 * The buttons for the actions row; `restart` is the widget's "Start a new conversation", kept after a delete,
 * and `onDeleted` lets the widget forget the conversation.
 */
export function endButtons(options) {
  const { panel, t: tx, restart, onDeleted } = options;
  const root = panel.root.getRootNode();
  if (!root.cfEnd) {
    root.cfEnd = new CSSStyleSheet();
    root.cfEnd.replaceSync(CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, root.cfEnd];
  }
  const url = `${options.base}/chatflows/api/conversations/${encodeURIComponent(options.conversationId)}`;
  return [transcriptButton(options), mailButton(url, options, tx), deleteButton(url, options, tx, restart, onDeleted)];
}

// Sends to the address this conversation already gave; asks for one only when the server knows none.
function mailButton(url, { headers, panel }, tx) {
  const start = btn('cf-btn', tx('mailTranscript'));
  let shown = start;
  // null when it went out, '' when an address is needed, else what to tell the visitor.
  const send = async (email) => {
    const result = await request(`${url}/transcript`, { method: 'POST', headers: headers(), body: email ? { email } : {} });
    if (result.status === 202) {
      shown.replaceWith(el('p', 'cf-note', tx('mailSent')));
      panel.announce(tx('mailSent'));
      return null;
    }
    if (!result.error?.problem?.errors?.email) return tx('mailFailed');
    return email ? tx('mailWrong') : '';
  };
  start.addEventListener('click', async () => {
    const problem = await send();
    if (problem) panel.announce(problem);
    if (problem === '') start.replaceWith((shown = addressForm(send, tx)));
  });
  return start;
}

function addressForm(send, tx) {
  const form = el('form', 'cf-end-form');
  const label = el('label', null, tx('mailAddress'));
  const input = el('input');
  input.id = label.htmlFor = 'cf-transcript-email';
  Object.assign(input, { type: 'email', autocomplete: 'email', required: true });
  const error = el('p', 'cf-end-error');
  error.id = 'cf-transcript-error';
  error.hidden = true;
  const submit = btn('cf-btn cf-btn-primary', tx('mailSend'));
  submit.type = 'submit';
  form.append(label, input, submit, error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = await send(input.value.trim());
    if (problem === null) return;
    error.textContent = problem || tx('mailWrong');
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id);
    input.focus();
  });
  queueMicrotask(() => input.focus());
  return form;
}

// Two steps, so one slip of the finger erases nothing: the question and its answers replace the button.
function deleteButton(url, { headers, panel }, tx, restart, onDeleted) {
  const start = btn('cf-btn', tx('deleteConversation'));
  start.addEventListener('click', () => {
    const box = el('div', 'cf-confirm');
    box.setAttribute('role', 'group');
    const question = el('p', null, tx('deleteQuestion'));
    question.id = 'cf-delete-question';
    box.setAttribute('aria-labelledby', question.id);
    const yes = btn('cf-btn cf-btn-primary', tx('deleteYes'));
    const no = btn('cf-btn', tx('deleteNo'));
    box.append(question, yes, no);
    start.replaceWith(box);
    yes.focus();
    no.addEventListener('click', () => {
      box.replaceWith(start);
      start.focus();
    });
    yes.addEventListener('click', async () => {
      const result = await request(url, { method: 'DELETE', headers: headers() });
      if (result.error && result.error.status !== 404) return panel.announce(tx('deleteFailed'));
      clearSession();
      onDeleted();
      const actions = el('div', 'cf-end-actions');
      actions.append(restart);
      panel.clear();
      panel.append(el('p', 'cf-note', tx('deleted')));
      panel.append(actions);
      panel.announce(tx('deleted'));
      restart.focus();
    });
  });
  return start;
}

function btn(className, text) {
  const node = el('button', className, text);
  node.type = 'button';
  return node;
}
