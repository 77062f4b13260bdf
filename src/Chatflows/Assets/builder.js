// The bot builder's small script (B4, B5, B7). The page works without it; with it, the editor is
// warned before leaving unsaved changes, "go to action" and the overview open an action in place
// (no reload, so nothing typed is lost), and the token picker inserts at the cursor.
(() => {
  const form = document.getElementById('cf-builder');
  if (!form) return;
  const note = document.getElementById('cf-dirty-note');
  let dirty = form.dataset.dirty === 'true';
  let submitting = false;

  const markDirty = () => {
    if (dirty) return;
    dirty = true;
    if (note) note.textContent = 'You have unsaved changes.';
  };
  form.addEventListener('input', markDirty);
  form.addEventListener('change', (event) => { if (!event.target.classList.contains('cf-token-select')) markDirty(); });
  form.addEventListener('submit', () => { submitting = true; });
  addEventListener('beforeunload', (event) => {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  function openAction(id) {
    const step = document.getElementById(`action-${id}`);
    if (!step) return false;
    step.open = true;
    step.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    step.querySelector('summary').focus({ preventScroll: true });
    history.replaceState(null, '', `#action-${id}`);
    return true;
  }

  // Go to action: an exact id, else the first action whose id, type or text contains the words.
  const goto = document.getElementById('cf-goto');
  goto?.addEventListener('submit', (event) => {
    const query = goto.elements.open.value.trim().toLowerCase();
    if (!query) { event.preventDefault(); return; }
    const steps = [...form.querySelectorAll('details.cf-step')];
    const hit = steps.find((s) => s.id === `action-${query}`) || steps.find((s) => s.dataset.search.includes(query));
    event.preventDefault();
    const box = goto.elements.open;
    if (hit) {
      openAction(hit.id.slice('action-'.length));
    } else {
      box.setCustomValidity('No action matches.');
      box.reportValidity();
      box.setCustomValidity('');
    }
  });

  // B5: the overview's boxes are links that also work without this script (they reload the page).
  document.querySelectorAll('.cf-overview-link').forEach((link) => {
    link.addEventListener('click', (event) => {
      if (openAction(link.dataset.action)) event.preventDefault();
    });
  });

  // B7: a picked token goes in at the cursor of the field the picker belongs to.
  form.querySelectorAll('.cf-token-select').forEach((select) => {
    select.addEventListener('change', () => {
      const field = document.getElementById(select.dataset.target);
      const token = select.value;
      select.value = '';
      if (!field || !token) return;
      const start = field.selectionStart ?? field.value.length;
      const end = field.selectionEnd ?? start;
      field.setRangeText(token, start, end, 'end');
      field.focus();
      markDirty();
    });
  });

  // After "+", reconnect or a branch change, show the action concerned.
  // A publish finding links to the field to fix (#field-{action}-{setting}): open its action and focus it.
  const field = location.hash.startsWith('#field-') && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (field) {
    field.closest('details.cf-step').open = true;
    field.scrollIntoView({ block: 'center' });
    field.querySelector('select, input:not([type=hidden]), textarea')?.focus({ preventScroll: true });
  } else if (form.dataset.open) openAction(form.dataset.open);
  else if (location.hash.startsWith('#action-')) openAction(decodeURIComponent(location.hash.slice('#action-'.length)));
})();
