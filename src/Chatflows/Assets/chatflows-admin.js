// Chatflow admin pages: warn before leaving a form with unsaved changes, and offer only the targeting
// operators that fit a rule's kind. Progressive: every form works without this file.
(() => {
  'use strict';

  for (const form of document.querySelectorAll('form[data-cf-dirty-warn]')) {
    let dirty = false;
    const mark = () => { dirty = true; };
    form.addEventListener('input', mark);
    form.addEventListener('change', mark);
    form.addEventListener('submit', () => { dirty = false; });
    window.addEventListener('beforeunload', (event) => {
      if (dirty) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  }

  const narrow = (rule) => {
    const kind = rule.querySelector('[data-cf-kind]');
    const operator = rule.querySelector('[data-cf-operator]');
    if (!kind || !operator) {
      return;
    }
    let firstAllowed = null;
    for (const option of operator.options) {
      const allowed = (option.dataset.kinds || '').split(' ').includes(kind.value);
      option.hidden = !allowed;
      option.disabled = !allowed;
      if (allowed && firstAllowed === null) {
        firstAllowed = option;
      }
    }
    if (operator.selectedOptions.length === 0 || operator.selectedOptions[0].disabled) {
      if (firstAllowed) {
        firstAllowed.selected = true;
      }
    }
  };

  for (const rule of document.querySelectorAll('[data-cf-rule]')) {
    narrow(rule);
    rule.querySelector('[data-cf-kind]')?.addEventListener('change', () => narrow(rule));
  }
})();
