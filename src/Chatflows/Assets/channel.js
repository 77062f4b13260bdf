// The channel page's small script (W1, W8, W9): the preview follows the form as the editor types,
// the contrast warning follows the accent colour, and the embed snippet copies with one click.
(() => {
  const preview = document.getElementById('cf-channel-preview');
  const accent = document.getElementById('AccentColor');
  const warning = document.getElementById('accent-contrast');
  const value = document.getElementById('accent-value');

  const luminance = (hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const againstWhite = (hex) => 1.05 / (luminance(hex) + 0.05);

  function paint() {
    const hex = /^#[0-9a-f]{6}$/i.test(accent?.value || '') ? accent.value : null;
    if (!hex || !preview) return;
    const l = luminance(hex);
    // The same choice as the widget: black or white text, whichever reads better on the accent.
    const text = (1.05 / (l + 0.05)) >= ((l + 0.05) / 0.05) ? '#ffffff' : '#111827';
    preview.style.setProperty('--cf-mock-accent', hex);
    preview.style.setProperty('--cf-mock-accent-text', text);
    if (value) value.textContent = hex;
    const ratio = againstWhite(hex);
    const minimum = Number(warning?.dataset.minimum || 3);
    if (warning) {
      warning.textContent = ratio < minimum
        ? `Low contrast: ${ratio.toFixed(1)}:1 against a white page. The launcher may be hard to see; choose a darker colour (at least 3:1).`
        : '';
    }
  }
  accent?.addEventListener('input', paint);
  paint();

  const bind = (inputId, targetId, fallback = '') => {
    const input = document.getElementById(inputId);
    const target = document.getElementById(targetId);
    input?.addEventListener('input', () => {
      if (target) target.textContent = input.value || fallback;
      const initials = document.getElementById('cf-mock-initials');
      if (inputId === 'HeadingName' && initials) initials.textContent = (input.value.trim()[0] || '?').toUpperCase();
    });
  };
  bind('HeadingName', 'cf-mock-name');
  bind('WelcomeMessage', 'cf-mock-welcome');

  // W8: desktop or mobile frame.
  document.querySelectorAll('[data-device]').forEach((button) => {
    button.addEventListener('click', () => {
      document.querySelectorAll('[data-device]').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
      preview?.classList.toggle('cf-device-mobile', button.dataset.device === 'mobile');
      preview?.classList.toggle('cf-device-desktop', button.dataset.device !== 'mobile');
    });
  });

  // W9: copy the snippet; where the clipboard API is refused, select it for Ctrl+C.
  const copy = document.getElementById('cf-copy-embed');
  const status = document.getElementById('cf-copy-status');
  copy?.addEventListener('click', async () => {
    const code = document.getElementById(copy.dataset.copy);
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = 'Copied.';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });

  // W5: office hours with "add range" and "remove range". Without this script the page offers one empty
  // row more per day; with it, empty rows go and the buttons add or remove exactly one. Names are renumbered
  // after every change, because the model binder reads Input.Hours[d][0], [1], … and stops at a gap.
  const hours = document.getElementById('cf-office-hours');
  const maxRanges = Number(hours?.dataset.maxRanges || 6);
  hours?.querySelectorAll('.cf-hours-day').forEach((day) => {
    const ranges = day.querySelector('.cf-hours-ranges');
    const d = day.dataset.day;
    const name = day.dataset.dayName;
    const add = document.createElement('button');
    add.type = 'button';
    add.className = 'cf-button cf-button-quiet cf-button-small cf-hours-add';
    add.textContent = 'Add range';
    add.setAttribute('aria-label', `Add a range on ${name}`);
    const closed = document.createElement('span');
    closed.className = 'cf-hint cf-hours-closed';
    closed.textContent = 'Closed';
    ranges.append(closed, add);

    const placeholder = document.createElement('input');
    placeholder.type = 'hidden';
    placeholder.name = `Input.Hours[${d}][0].Start`;
    const renumber = () => {
      const rows = [...ranges.querySelectorAll('.cf-hours-range')];
      rows.forEach((row, r) => {
        const [start, end] = row.querySelectorAll('input');
        const [startLabel, endLabel] = row.querySelectorAll('label');
        start.id = `h-${d}-${r}-start`;
        start.name = `Input.Hours[${d}][${r}].Start`;
        end.id = `h-${d}-${r}-end`;
        end.name = `Input.Hours[${d}][${r}].End`;
        startLabel.htmlFor = start.id;
        startLabel.textContent = `${name} range ${r + 1} from`;
        endLabel.htmlFor = end.id;
        endLabel.textContent = `${name} range ${r + 1} until`;
        row.querySelector('.cf-hours-remove')?.setAttribute('aria-label', `Remove ${name} range ${r + 1}`);
      });
      // A closed day still posts one empty range: without Input.Hours[d] the binder would stop there
      // and drop every later day.
      if (rows.length === 0 && !placeholder.isConnected) day.append(placeholder);
      if (rows.length > 0) placeholder.remove();
      closed.hidden = rows.length > 0;
      add.hidden = rows.length >= maxRanges;
    };

    const withRemove = (row) => {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'cf-button cf-button-quiet cf-button-small cf-hours-remove';
      remove.textContent = 'Remove';
      remove.addEventListener('click', () => {
        row.remove();
        renumber();
        add.focus();
      });
      row.append(remove);
      return row;
    };

    const template = ranges.querySelector('.cf-hours-range')?.cloneNode(true);
    ranges.querySelectorAll('.cf-hours-range').forEach((row) => {
      const [start, end] = row.querySelectorAll('input');
      if (!start.value && !end.value) row.remove();
      else withRemove(row);
    });
    add.addEventListener('click', () => {
      if (!template) return;
      const row = template.cloneNode(true);
      row.querySelectorAll('input').forEach((input) => { input.value = ''; });
      closed.before(withRemove(row));
      renumber();
      row.querySelector('input').focus();
    });
    renumber();
  });
})();
