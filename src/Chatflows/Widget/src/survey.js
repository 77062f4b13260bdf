// The satisfaction survey (O9), shown in the log when a conversation ends: a native radio group (arrow
// keys move, Space picks), an optional comment and a send button. Answered once; the server refuses a second.
import { request } from './http.js';
import { el, note } from './render.js';

const css = `
.cf-survey{align-self:stretch;display:flex;flex-direction:column;gap:8px;padding:12px;border:1px solid #e5e7eb;border-radius:12px;background:#fff}
.cf-survey fieldset{margin:0;padding:0;border:0}
.cf-survey legend{padding:0;margin-bottom:6px;font-weight:600}
.cf-rating{display:flex;gap:4px}
.cf-rating input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.cf-rating label{display:grid;place-items:center;min-width:40px;height:40px;padding:0 6px;border:1.5px solid #9ca3af;border-radius:10px;font-size:22px;line-height:1;color:#6b7280;cursor:pointer;user-select:none}
.cf-rating label.cf-on{border-color:var(--cf-focus);color:var(--cf-focus);background:#f3f4f6}
.cf-rating input:focus-visible+label{outline:3px solid var(--cf-focus);outline-offset:2px}
.cf-survey textarea{width:100%;min-height:60px;padding:8px 10px;border:1px solid #9ca3af;border-radius:10px;font:inherit;color:#111827;resize:vertical}
.cf-survey .cf-btn{align-self:flex-end}
.cf-end-actions{display:flex;flex-wrap:wrap;gap:6px;justify-content:center}
`;

/** Styles of the end-of-conversation state: survey form and its buttons. */
export function endSheet() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

let forms = 0;

/**
 * Appends the survey for the conversation to the panel's log. `survey` is the widget config's
 * chatflow.survey: { scale: 'stars'|'thumbs', question, commentPrompt, maxCommentLength }; an empty
 * commentPrompt means the chatflow asks for the rating only.
 */
export function showSurvey(panel, { survey, conversationId, base, headers, t, onRated }) {
  const id = `cf-survey-${++forms}`;
  const form = el('form', 'cf-survey');
  form.noValidate = true;
  const group = el('fieldset');
  group.append(el('legend', null, survey.question));
  const rating = el('div', 'cf-rating');
  const options = survey.scale === 'thumbs'
    ? [{ value: 5, face: '👍', name: t('thumbsUp') }, { value: 1, face: '👎', name: t('thumbsDown') }]
    : [1, 2, 3, 4, 5].map((n) => ({ value: n, face: '★', name: t('rateStar', { n }) }));
  const labels = [];
  for (const option of options) {
    const input = el('input');
    input.type = 'radio';
    input.name = `${id}-rating`;
    input.id = `${id}-${option.value}`;
    input.value = String(option.value);
    const label = el('label');
    label.htmlFor = input.id;
    label.append(el('span', null, option.face), el('span', 'cf-sr', option.name));
    label.firstChild.setAttribute('aria-hidden', 'true');
    labels.push({ label, value: option.value });
    input.addEventListener('change', () => paint(option.value));
    rating.append(input, label);
  }
  group.append(rating);

  const commentLabel = el('label', null, survey.commentPrompt);
  commentLabel.htmlFor = `${id}-comment`;
  const comment = el('textarea');
  comment.dir = 'auto';
  comment.id = `${id}-comment`;
  comment.maxLength = survey.maxCommentLength || 1000;
  const submit = el('button', 'cf-btn cf-btn-primary', t('sendRating'));
  submit.type = 'submit';
  form.append(group, ...(survey.commentPrompt ? [commentLabel, comment] : []), submit);

  // Stars fill up to the chosen one, thumbs light only the chosen one.
  function paint(value) {
    for (const item of labels) {
      item.label.classList.toggle('cf-on', survey.scale === 'thumbs' ? item.value === value : item.value <= value);
    }
  }

  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    const chosen = form.querySelector('input[type=radio]:checked');
    if (!chosen) {
      panel.announce(t('rateFirst'));
      form.querySelector('input[type=radio]').focus();
      return;
    }
    sending = true;
    const result = await request(`${base}/chatflows/api/conversations/${encodeURIComponent(conversationId)}/survey`, {
      method: 'POST', headers: headers(), body: { rating: Number(chosen.value), comment: comment.value.trim() || null },
    });
    sending = false;
    // 409: already answered (another tab, a retry after a lost answer) — thanks all the same.
    if (result.data || result.error?.status === 409) {
      const thanks = note(t('ratingThanks'));
      thanks.tabIndex = -1;
      form.replaceWith(thanks);
      thanks.focus();
      panel.announce(t('ratingThanks'));
      onRated?.(Number(chosen.value));
    } else {
      panel.announce(t('error'));
      form.append(note(t('error'), true));
    }
  });

  panel.append(form);
  return form;
}
